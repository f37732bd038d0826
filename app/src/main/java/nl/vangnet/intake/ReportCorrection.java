package nl.vangnet.intake;

import java.time.Instant;
import java.util.UUID;
import nl.vangnet.platform.FreeText;

/**
 * One field of a report corrected: the earlier and the new value, who, when and why. A correction of the concern
 * ({@code field} "concern") has no earlier value: the reporter's text stays, the correction is shown beside it.
 */
public record ReportCorrection(UUID changeId, Instant correctedAt, String correctedBy, String field,
        @FreeText String oldValue, @FreeText String newValue, @FreeText String reason) {

    @Override
    public String toString() {
        return "ReportCorrection[" + field + "]";
    }
}
