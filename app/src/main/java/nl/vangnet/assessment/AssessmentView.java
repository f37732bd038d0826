package nl.vangnet.assessment;

import nl.vangnet.platform.FreeText;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public record AssessmentView(UUID id, UUID reportId, UUID dossierId, AssessmentStatus status, List<Source> sources,
        Boolean acuteUnsafety, @FreeText String acuteDescription, Boolean structuralUnsafety,
        @FreeText String structuralDescription, List<String> riskFactors, @FreeText String riskNotes, Decision decision, String handoverTo, String handoverParty,
        @FreeText String reasoning, String confirmer, Instant completedAt, String completedBy, Instant confirmedAt,
        String confirmedBy, LocalDate assessedOn, @FreeText String returnedRemark, List<Informing> informing) {

    public record Source(String source, LocalDate gatheredOn, @FreeText String summary, boolean careInvolved, String careBy) {
    }

    public record Informing(String who, Instant informedAt, String how, @FreeText String withheldReason, String recordedBy) {
    }
}
