package nl.vangnet.followup;

import nl.vangnet.platform.BusinessRuleException;

/**
 * Where a temporary restraining order stands: it runs from its start until its end (10 days, extendable by the mayor
 * to at most 28), then it has ended.
 *
 * <pre>
 * RUNNING --extend--> RUNNING --(end reached)--> ENDED
 * RUNNING, ENDED --record Veilig Thuis's part--> same
 * </pre>
 */
public enum RestrainingOrderState {
    RUNNING, ENDED;

    public static RestrainingOrderState of(boolean ended) {
        return ended ? ENDED : RUNNING;
    }

    /** The mayor extends a running order; after its end an extension can no longer be decided. */
    public RestrainingOrderState extend() {
        if (this != RUNNING) {
            throw new BusinessRuleException("Dit huisverbod is al afgelopen; een verlenging moet vóór het einde worden besloten.");
        }
        return RUNNING;
    }

    /** Veilig Thuis records the help started, the contacts and the lasting decisions, during the order and after. */
    public RestrainingOrderState recordPart() {
        return this;
    }
}
