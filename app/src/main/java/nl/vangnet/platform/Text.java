package nl.vangnet.platform;

/** Small text rules shared by the forms and the API. */
public final class Text {

    private Text() {
    }

    /** Typed text without surrounding white space, or null when nothing was typed. */
    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
