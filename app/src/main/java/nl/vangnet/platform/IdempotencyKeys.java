package nl.vangnet.platform;

/**
 * What an Idempotency-Key is, in one place for the header filter, the API's stored answers and the intake's own keys
 * (also sent by the forms): 1 to {@value #MAX} visible ASCII characters, no spaces (for example a UUID), as the
 * OpenAPI document and the database (V18) state it. A blank key is no key.
 */
public final class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";
    public static final int MAX = 200;

    private IdempotencyKeys() {
    }

    /** Why this key is refused, in Dutch; null when it is a valid key or blank. */
    public static String problem(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String key = value.strip();
        if (key.length() > MAX || key.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
            return "Een Idempotency-Key is 1 tot " + MAX + " zichtbare ASCII-tekens zonder spaties (bijvoorbeeld een UUID).";
        }
        return null;
    }
}
