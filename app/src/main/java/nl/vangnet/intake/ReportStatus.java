package nl.vangnet.intake;

import nl.vangnet.platform.BusinessRuleException;

/** A report is "te verifiëren" until its registered text was checked with the reporter. */
public enum ReportStatus {
    TO_VERIFY, AWAITING_ASSESSMENT, ASSESSED,
    /** Went, unassessed, to the Veilig Thuis region where the household lives; that region assesses it. */
    TRANSFERRED;

    private static final String TRANSFERRED_REASON = "Deze melding is overgedragen aan de Veilig Thuis-regio waar het huishouden woont; die handelt haar af.";

    /** Verifying with the reporter moves a report to the safety assessment; only once. */
    public ReportStatus verifyWithReporter() {
        if (this != TO_VERIFY) {
            throw new BusinessRuleException(this == TRANSFERRED ? TRANSFERRED_REASON : "Deze melding is al geverifieerd met de melder.");
        }
        return AWAITING_ASSESSMENT;
    }

    /** The safety assessment is done only on a verified report. */
    public ReportStatus assess() {
        if (this != AWAITING_ASSESSMENT) {
            throw new BusinessRuleException(this == TO_VERIFY
                    ? "Verifieer de melding eerst met de melder; pas dan volgt de veiligheidsbeoordeling."
                    : this == TRANSFERRED ? TRANSFERRED_REASON : "De veiligheidsbeoordeling van deze melding is al bevestigd.");
        }
        return ASSESSED;
    }

    /**
     * The household lives in another region: a report not yet assessed goes with the dossier and is assessed there.
     * An assessed report stays assessed; a transferred one cannot go twice.
     */
    public ReportStatus transferToOtherRegion() {
        if (this == ASSESSED || this == TRANSFERRED) {
            throw new BusinessRuleException(this == ASSESSED
                    ? "Deze melding is hier al beoordeeld; de beoordeling gaat als onderdeel van het dossier mee."
                    : TRANSFERRED_REASON);
        }
        return TRANSFERRED;
    }
}
