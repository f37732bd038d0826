package nl.vangnet.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public record AssessmentView(UUID id, UUID reportId, UUID dossierId, String status, List<Source> sources,
        Boolean acuteUnsafety, String acuteDescription, Boolean structuralUnsafety, String structuralDescription,
        List<String> riskFactors, String riskNotes, Decision decision, String handoverTo, String handoverParty,
        String reasoning, String confirmer, Instant completedAt, String completedBy, Instant confirmedAt,
        String confirmedBy, LocalDate assessedOn, String returnedRemark, List<Informing> informing) {

    public record Source(String source, LocalDate gatheredOn, String summary, boolean careInvolved, String careBy) {
    }

    public record Informing(String who, Instant informedAt, String how, String withheldReason, String recordedBy) {
    }
}
