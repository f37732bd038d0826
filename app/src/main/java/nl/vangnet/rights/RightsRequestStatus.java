package nl.vangnet.rights;

import nl.vangnet.platform.BusinessRuleException;

/**
 * Where a rights request stands (message key {@code rights.status.<STATUS>}).
 *
 * <pre>
 * RECEIVED --extend--> EXTENDED
 * RECEIVED, EXTENDED --grant--> GRANTED, --grantPartly--> PARTLY_GRANTED, --refuse--> REFUSED
 * RECEIVED, EXTENDED --withdraw--> WITHDRAWN
 * </pre>
 *
 * The period is extended once; a request is decided once. Each verb returns the next state, or refuses with the Dutch
 * reason.
 */
public enum RightsRequestStatus {
    RECEIVED, EXTENDED, GRANTED, PARTLY_GRANTED, REFUSED, WITHDRAWN;

    /** Still to be decided. */
    public boolean open() {
        return this == RECEIVED || this == EXTENDED;
    }

    /** The period is extended once, while the request is open. */
    public RightsRequestStatus extend() {
        if (this == EXTENDED) {
            throw new BusinessRuleException("De termijn van dit verzoek is al eens verlengd; de wet staat één verlenging "
                    + "toe, met twee maanden.");
        }
        requireOpen("de termijn kan niet meer worden verlengd");
        return EXTENDED;
    }

    public RightsRequestStatus grant() {
        requireOpen("er kan niet opnieuw worden beslist");
        return GRANTED;
    }

    public RightsRequestStatus grantPartly() {
        requireOpen("er kan niet opnieuw worden beslist");
        return PARTLY_GRANTED;
    }

    public RightsRequestStatus refuse() {
        requireOpen("er kan niet opnieuw worden beslist");
        return REFUSED;
    }

    /** The requester withdraws an open request. */
    public RightsRequestStatus withdraw() {
        requireOpen("het kan niet meer worden ingetrokken");
        return WITHDRAWN;
    }

    /** The decision this outcome names: GRANTED, PARTLY_GRANTED or REFUSED. */
    public RightsRequestStatus decide(RightsRequestStatus outcome) {
        return switch (outcome) {
            case GRANTED -> grant();
            case PARTLY_GRANTED -> grantPartly();
            case REFUSED -> refuse();
            default -> throw new IllegalArgumentException("Not a decision: " + outcome);
        };
    }

    private void requireOpen(String consequence) {
        if (this == WITHDRAWN) {
            throw new BusinessRuleException("Dit verzoek is ingetrokken; " + consequence + ".");
        }
        if (!open()) {
            throw new BusinessRuleException("Over dit verzoek is al beslist; " + consequence + ".");
        }
    }
}
