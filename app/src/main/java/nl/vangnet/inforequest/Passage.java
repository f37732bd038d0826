package nl.vangnet.inforequest;

import java.time.Instant;
import java.util.UUID;

/**
 * A passage of a version the professional marked as not to be shown to the involved persons: its place in the text
 * ({@code start} inclusive, {@code end} exclusive), the reason and explanation, and whether Veilig Thuis decided later
 * to share it (who, when, why).
 */
public record Passage(UUID id, int start, int end, String text, PassageReason reason, String explanation, boolean shared,
        Instant shareDecidedAt, String shareDecidedBy, String shareReason) {
}
