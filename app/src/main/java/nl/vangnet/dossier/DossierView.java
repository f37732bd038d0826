package nl.vangnet.dossier;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A dossier as an entitled worker sees it. */
public record DossierView(UUID id, String reference, DossierStatus status, LocalDate openedOn, LocalDate closedOn,
        UUID teamId, String teamName, List<InvolvedPerson> persons, List<String> assignedWorkers, String track,
        LocalDate trackDue) {

    public record InvolvedPerson(UUID personId, PersonRole role, String surname, String surnamePrefix,
            String givenNames, LocalDate dateOfBirth, String bsn) {

        public String fullName() {
            StringBuilder sb = new StringBuilder();
            if (givenNames != null && !givenNames.isBlank()) {
                sb.append(givenNames).append(' ');
            }
            if (surnamePrefix != null && !surnamePrefix.isBlank()) {
                sb.append(surnamePrefix).append(' ');
            }
            return sb.append(surname).toString();
        }
    }
}
