package nl.vangnet.intake;

import java.util.UUID;

/** The report's text was checked with the reporter: it now awaits the safety assessment. */
public record ReportVerified(UUID reportId, UUID dossierId) {
}
