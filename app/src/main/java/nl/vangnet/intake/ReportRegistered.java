package nl.vangnet.intake;

import java.time.LocalDate;
import java.util.UUID;

/** A report was registered; the safety assessment is due on {@code assessmentDue}. */
public record ReportRegistered(UUID reportId, UUID dossierId, boolean acute, LocalDate assessmentDue) {
}
