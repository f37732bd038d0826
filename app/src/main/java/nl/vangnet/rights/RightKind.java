package nl.vangnet.rights;

/** What a person asks for (message key {@code rights.kind.<KIND>}; the Dutch word here is the decision letter's). */
public enum RightKind {
    INSPECTION("inzage in uw gegevens"),
    COPY("een afschrift van uw gegevens"),
    CORRECTION("correctie van uw gegevens"),
    OWN_STATEMENT("het toevoegen van een eigen verklaring"),
    DESTRUCTION("vernietiging van uw gegevens"),
    RESTRICTION("beperking van de verwerking van uw gegevens"),
    OBJECTION("bezwaar tegen de verwerking van uw gegevens"),
    COMPLAINT("uw klacht over de verwerking van uw gegevens");

    private final String dutch;

    RightKind(String dutch) {
        this.dutch = dutch;
    }

    /** What was asked, as the letter says it ("uw verzoek om ..."). */
    public String dutch() {
        return dutch;
    }
}
