package nl.vangnet.intake;

import nl.vangnet.platform.BusinessRuleException;

/** A report is "te verifiëren" until its registered text was checked with the reporter. */
public enum ReportStatus {
    TO_VERIFY, AWAITING_ASSESSMENT, ASSESSED;

    /** Verifying with the reporter moves a report to the safety assessment; only once. */
    public ReportStatus verifyWithReporter() {
        if (this != TO_VERIFY) {
            throw new BusinessRuleException("Deze melding is al geverifieerd met de melder.");
        }
        return AWAITING_ASSESSMENT;
    }

    /** The safety assessment is done only on a verified report. */
    public ReportStatus assess() {
        if (this != AWAITING_ASSESSMENT) {
            throw new BusinessRuleException(this == TO_VERIFY
                    ? "Verifieer de melding eerst met de melder; pas dan volgt de veiligheidsbeoordeling."
                    : "De veiligheidsbeoordeling van deze melding is al bevestigd.");
        }
        return ASSESSED;
    }
}
