package nl.vangnet.assessment;

import nl.vangnet.platform.BusinessRuleException;

/**
 * Where a safety assessment stands. The worker drafts it and completes it for the named gedragswetenschapper, who
 * confirms it (the decision takes effect) or returns it to draft with a remark.
 *
 * <pre>
 * DRAFT --save--> DRAFT --complete--> AWAITING_CONFIRMATION --confirm--> CONFIRMED
 *                   ^                          |
 *                   +-------return to draft----+
 * </pre>
 *
 * Each verb returns the next status, or refuses with the Dutch reason.
 */
public enum AssessmentStatus {
    DRAFT, AWAITING_CONFIRMATION, CONFIRMED;

    /** A new assessment starts as a draft. */
    public static final AssessmentStatus INITIAL = DRAFT;

    /** Saving the draft: only while it is a draft. */
    public AssessmentStatus save() {
        requireDraft();
        return DRAFT;
    }

    /** Completing the draft sends it to the gedragswetenschapper for confirmation. */
    public AssessmentStatus complete() {
        requireDraft();
        return AWAITING_CONFIRMATION;
    }

    /** The gedragswetenschapper confirms: the decision takes effect. */
    public AssessmentStatus confirm() {
        requireAwaitingConfirmation();
        return CONFIRMED;
    }

    /** The gedragswetenschapper returns it with a remark: back to draft. */
    public AssessmentStatus returnToDraft() {
        requireAwaitingConfirmation();
        return DRAFT;
    }

    private void requireDraft() {
        if (this == AWAITING_CONFIRMATION) {
            throw new BusinessRuleException("De beoordeling wacht op bevestiging en kan nu niet worden gewijzigd.");
        }
        if (this == CONFIRMED) {
            throw new BusinessRuleException("De veiligheidsbeoordeling van deze melding is al bevestigd.");
        }
    }

    private void requireAwaitingConfirmation() {
        if (this != AWAITING_CONFIRMATION) {
            throw new BusinessRuleException("Deze beoordeling wacht niet op bevestiging.");
        }
    }
}
