package nl.vangnet.dossier;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import nl.vangnet.person.Person;
import nl.vangnet.person.PersonRole;
import nl.vangnet.platform.DutchTime;

/**
 * A dossier as an entitled worker sees it, with every follow-up track and the due dates that matter most: the
 * running investigation's, the monitoring contacts still due, and the end of a running restraining order.
 */
public record DossierView(UUID id, String reference, DossierStatus status, LocalDate openedOn, LocalDate closedOn,
        String closedReason, LocalDate retentionUntil, UUID teamId, String teamName, List<InvolvedPerson> persons,
        List<String> assignedWorkers, List<DossierTracks.Track> tracks, LocalDate investigationDue,
        List<LocalDate> monitoringContactsDue, OffsetDateTime restrainingOrderEnd) {

    static DossierView of(UUID id, String reference, DossierStatus status, LocalDate openedOn, LocalDate closedOn,
            String closedReason, LocalDate retentionUntil, UUID teamId, String teamName, List<InvolvedPerson> persons,
            List<String> assignedWorkers, List<DossierTracks.Track> tracks) {
        LocalDate investigationDue = tracks.stream().filter(t -> t.open() && "INVESTIGATION".equals(t.kind()))
                .map(DossierTracks.Track::dueOn).findFirst().orElse(null);
        List<LocalDate> contactsDue = tracks.stream().filter(t -> t.open() && "CONDITIONS_AND_FOLLOW_UP".equals(t.kind()))
                .flatMap(t -> t.contactsDue().stream()).sorted().toList();
        OffsetDateTime orderEnd = tracks.stream().filter(t -> t.open() && "RESTRAINING_ORDER".equals(t.kind()))
                .map(DossierTracks.Track::endsAt).max(Comparator.naturalOrder())
                .map(end -> end.atZone(DutchTime.ZONE).toOffsetDateTime()).orElse(null);
        return new DossierView(id, reference, status, openedOn, closedOn, closedReason, retentionUntil, teamId, teamName,
                persons, assignedWorkers, tracks, investigationDue, contactsDue, orderEnd);
    }

    public record InvolvedPerson(UUID personId, PersonRole role, String surname, String surnamePrefix,
            String givenNames, LocalDate dateOfBirth, String bsn, boolean restricted) {

        /** The person with their role; {@code restricted}: the processing of their data is restricted (AVG art. 18). */
        public static InvolvedPerson of(Person person, PersonRole role, boolean restricted) {
            return new InvolvedPerson(person.id(), role, person.surname(), person.surnamePrefix(), person.givenNames(),
                    person.dateOfBirth(), person.bsn(), restricted);
        }

        public String fullName() {
            return Person.fullName(givenNames, surnamePrefix, surname);
        }

        /** The full names of these of the persons, in the order of {@code ids}, for a line "about whom". */
        public static String namesOf(List<InvolvedPerson> persons, List<UUID> ids) {
            return String.join(", ", ids.stream().map(id -> persons.stream().filter(p -> p.personId().equals(id))
                    .findFirst().map(InvolvedPerson::fullName).orElse(null)).toList());
        }
    }
}
