package nl.vangnet.followup;

import nl.vangnet.platform.BusinessRuleException;

/**
 * Where an AWARE application stands (message key {@code awareApplication.state.<STATE>}).
 *
 * <pre>
 * APPLIED --decide(approve)--> APPROVED --issue device--> ISSUED --return device--> RETURNED
 *         --decide(refuse)---> REFUSED
 * </pre>
 *
 * Each verb returns the next state, or refuses with the Dutch reason.
 */
public enum AwareState {
    APPLIED, REFUSED, APPROVED, ISSUED, RETURNED;

    /** Where an application stands after what was recorded: the committee's decision, the device issued and returned. */
    public static AwareState of(Boolean approved, boolean deviceIssued, boolean deviceReturned) {
        return approved == null ? APPLIED
                : !approved ? REFUSED
                : !deviceIssued ? APPROVED
                : !deviceReturned ? ISSUED : RETURNED;
    }

    /** The indication committee decides once, on an application. */
    public AwareState decide(boolean approve) {
        if (this != APPLIED) {
            throw new BusinessRuleException("De indicatiecommissie heeft over deze aanvraag al besloten.");
        }
        return approve ? APPROVED : REFUSED;
    }

    /** The device is issued once, after the committee approved. */
    public AwareState issueDevice() {
        if (this == ISSUED || this == RETURNED) {
            throw new BusinessRuleException("Het AWARE-kastje is al uitgegeven.");
        }
        if (this != APPROVED) {
            throw new BusinessRuleException("Een AWARE-kastje wordt pas uitgegeven na toekenning door de indicatiecommissie.");
        }
        return ISSUED;
    }

    /** The device comes back once, after it was issued. */
    public AwareState returnDevice() {
        if (this == RETURNED) {
            throw new BusinessRuleException("Het AWARE-kastje is al ingeleverd.");
        }
        if (this != ISSUED) {
            throw new BusinessRuleException("Er is geen AWARE-kastje uitgegeven.");
        }
        return RETURNED;
    }
}
