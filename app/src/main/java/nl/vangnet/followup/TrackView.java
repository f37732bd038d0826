package nl.vangnet.followup;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A follow-up track as a worker sees it: its kind, status and dates, and what belongs to its kind (the conversations
 * and conclusions of an investigation, the conditions and monitoring contacts, the handover). {@code acts} are the
 * business verbs its status allows now.
 */
public record TrackView(UUID id, UUID dossierId, TrackKind kind, TrackStatus status, String origin, LocalDate startedOn,
        LocalDate dueOn, LocalDate finishedOn, boolean overdue,
        String findings, LocalDate concludedOn, String stoppedEarlyReason, String nextStep, List<Conclusion> conclusions,
        List<Conversation> conversations, LocalDate reporterInformedOn, String reporterInformedHow, String reporterNotInformed,
        String handoverTo, String handoverParty, String handedOverWhat, String meetingOrganisation,
        String meetingContactPerson, LocalDate meetingHeldOn, List<Condition> conditions, List<MonitoringContact> monitoringContacts,
        LocalDate rvdkRequestedOn, String rvdkRequestNote, Set<TrackAct> acts) {

    public record Conclusion(
            @Schema(implementation = nl.vangnet.intake.ViolenceType.class) String violenceType,
            @Schema(implementation = Tracks.Outcome.class) String outcome) {
    }

    public record Conversation(UUID id, UUID personId, String name, String role, LocalDate plannedOn, LocalDate heldOn,
            String summary) {
    }

    public record Condition(UUID id, String description, String forWhom, String agreedWith, String partner) {
    }

    public record MonitoringContact(UUID id, int months, LocalDate dueOn, boolean overdue, LocalDate heldOn, String spokenWith,
            Boolean partnerSpoken, String followUp, String notes, List<Check> checks) {
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
