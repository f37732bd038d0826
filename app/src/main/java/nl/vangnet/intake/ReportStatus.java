package nl.vangnet.intake;

import nl.vangnet.platform.BusinessRuleException;

/** A report is "te verifiëren" until its registered text was checked with the reporter. */
public enum ReportStatus {
    TO_VERIFY, AWAITING_ASSESSMENT;

    /** Verifying with the reporter moves a report to the safety assessment; only once. */
    public ReportStatus verifyWithReporter() {
        if (this != TO_VERIFY) {
            throw new BusinessRuleException("Deze melding is al geverifieerd met de melder.");
        }
        return AWAITING_ASSESSMENT;
    }
}
