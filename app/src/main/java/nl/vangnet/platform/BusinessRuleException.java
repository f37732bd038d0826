package nl.vangnet.platform;

/**
 * A request that is well-formed but breaks a rule of the domain (a transition in the wrong state, a duplicate name).
 * The message is Dutch and shown to the user; {@link #field()} names the input it is about, if one.
 */
public class BusinessRuleException extends RuntimeException {

    private final String field;

    public BusinessRuleException(String dutchMessage) {
        this(null, dutchMessage);
    }

    public BusinessRuleException(String field, String dutchMessage) {
        super(dutchMessage);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
