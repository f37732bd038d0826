package nl.vangnet.rights;

import java.time.LocalDate;
import java.util.UUID;
import nl.vangnet.calendar.Deadline;
import nl.vangnet.platform.FreeText;

/**
 * A rights request as its page and the API show it: what, about whom, by whom, how the identity was checked, the
 * period (due, overdue, the one extension and how the requester was told) and the decision with its letter.
 */
public record RightsRequestView(UUID id, RightKind kind, UUID personId, String personName, UUID dossierId,
        String dossierReference, Requester requester, String requesterName, boolean personConsented,
        boolean personIncapacitated, Integer ageOnReceipt, String admittedByRule, IdentityCheck identityCheck,
        IdentityCheck.DocumentType idDocumentType, String identityCheckedBy, LocalDate receivedOn, @FreeText String text,
        RightsRequestStatus status, LocalDate firstDueOn, LocalDate dueOn, Deadline.Status deadline, boolean overdue,
        @FreeText String extensionReason, LocalDate requesterToldOn, IdentityCheck.Told requesterToldHow,
        LocalDate decidedOn, @FreeText String decisionReasons, String decidedBy, UUID letterDocumentId, String takenInBy) {

    /** The period may still be extended: once, while open and the first month runs (the service checks the day). */
    public boolean extendable() {
        return status == RightsRequestStatus.RECEIVED;
    }

    /** One line of the FG's work list. */
    public record Row(UUID id, RightKind kind, RightsRequestStatus status, UUID personId, String personName,
            UUID dossierId, String dossierReference, Requester requester, LocalDate receivedOn, LocalDate dueOn,
            boolean extended, boolean overdue, LocalDate decidedOn) {
    }
}
