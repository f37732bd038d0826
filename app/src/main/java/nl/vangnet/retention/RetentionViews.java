package nl.vangnet.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the FG's retention list shows: the open destruction lists and the destructions done. No content, no names. */
public final class RetentionViews {

    private RetentionViews() {
    }

    public record Due(List<DestructionList> lists, List<Record> destroyed) {
    }

    public record DestructionList(UUID id, LegalBasis basis, LocalDate drawnUpOn, String status, String decidedBy,
            Instant decidedAt, String rejectionReason, List<Item> items) {
    }

    public record Item(UUID dossierId, String reference, LocalDate retentionUntil, LocalDate dueOn, boolean overdue,
            boolean onHold, String takenOffReason, LocalDate destroyedOn) {
    }

    public record Record(String reference, LocalDate destroyedOn, LegalBasis legalBasis, String legalBasisText,
            String approvedBy, Instant approvedAt, int personsDestroyed, int personsKept) {
    }
}
