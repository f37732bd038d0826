package nl.vangnet.followup;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.vangnet.intake.ViolenceType;
import nl.vangnet.platform.FreeText;


/**
 * A follow-up track as a worker sees it: its kind, status and dates, and what belongs to its kind (the conversations
 * and conclusions of an investigation, the conditions and monitoring contacts, the handover). {@code acts} are the
 * business verbs its status allows now.
 */
public record TrackView(UUID id, UUID dossierId, TrackKind kind, TrackStatus status, String origin, LocalDate startedOn,
        LocalDate dueOn, LocalDate finishedOn, boolean overdue,
        @FreeText String findings, LocalDate concludedOn, @FreeText String stoppedEarlyReason, String nextStep, List<Conclusion> conclusions,
        @FreeText List<Conversation> conversations, LocalDate reporterInformedOn, @FreeText String reporterInformedHow,
        @FreeText String reporterNotInformed,
        String handoverTo, String handoverParty, @FreeText String handedOverWhat, String meetingOrganisation,
        String meetingContactPerson, LocalDate meetingHeldOn, @FreeText List<Condition> conditions, List<MonitoringContact> monitoringContacts,
        LocalDate rvdkRequestedOn, @FreeText String rvdkRequestNote, @FreeText Set<TrackAct> acts) {

    public record Conclusion(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, implementation = ViolenceType.class, example = "CHILD_ABUSE") String violenceType,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, implementation = Investigations.Outcome.class, example = "CONFIRMED") String outcome) {
    }

    /** A conversation of the plan: planned, held (with its summary) or cancelled (with the reason; stays listed). */
    public record Conversation(UUID id, UUID personId, String name, String role, LocalDate plannedOn, LocalDate heldOn,
            String summary, LocalDate cancelledOn, String cancelReason) {
    }

    public record Condition(UUID id, String description, String forWhom, String agreedWith, String partner) {
    }

    public record MonitoringContact(UUID id, int months, LocalDate dueOn, boolean overdue, LocalDate heldOn, @FreeText String spokenWith,
            Boolean partnerSpoken, String followUp, @FreeText String notes, @FreeText List<Check> checks) {
    }

    public record Check(UUID conditionId, boolean kept, boolean safetyImproved, String note) {
    }

    public boolean open() {
        return status.open();
    }

    public boolean reporterFeedbackRecorded() {
        return reporterInformedOn != null || reporterNotInformed != null;
    }
}
