package nl.vangnet.inforequest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.vangnet.platform.FreeText;

/**
 * An information request as the staff see it: the professional, the persons it is about, why, consent, the channel,
 * its due date and reminder, where its link stands, and every version of the text with its marked passages. The
 * {@code accessCode} is shown to the workers on the case while the link is usable, so they can give it by phone.
 */
public record InformationRequestView(UUID id, UUID dossierId, String dossierReference, String professionalName,
        String professionalOrganisation, Profession profession, String professionalEmail, String professionalPhone,
        List<Person> persons, @FreeText String purpose, Consent consent, @FreeText String withoutConsentReason,
        boolean personsKnow, @FreeText String personsReaction, RequestChannel channel, LocalDate dueOn,
        LocalDate reminderOn, boolean overdue, RequestStatus status, String accessCode, Instant linkExpiresAt,
        int wrongCodes, Instant mailSentAt, Instant mailFailedAt, String requestedBy, Instant requestedAt,
        UUID disclosureId, InformedPersons informedPersons, LocalDate informedOn, @FreeText String notInformedReason,
        List<Version> versions) {

    /** A person the request is about. */
    public record Person(UUID personId, String name, LocalDate dateOfBirth) {
    }

    /**
     * One text: who wrote it (the worker's phone record, or the professional), when; approved when the professional
     * approved it (their name as they typed it), with the passages they marked as not to be shown to the persons.
     */
    public record Version(UUID id, int number, @FreeText String text, String author, String writtenBy, Instant writtenAt,
            Instant approvedAt, String approvedByName, @FreeText List<Passage> passages) {

        /** The text in pieces with the marked passages apart, for showing them marked. */
        public List<SharedText.Segment> segments() {
            return SharedText.segments(text, passages);
        }
    }

    /** The latest approved version, if any. */
    public Version approved() {
        return versions.stream().filter(v -> v.approvedAt() != null).reduce((a, b) -> b).orElse(null);
    }

    /** The latest version, if any. */
    public Version latest() {
        return versions.isEmpty() ? null : versions.getLast();
    }
}
