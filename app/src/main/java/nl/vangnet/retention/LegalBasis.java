package nl.vangnet.retention;

/** Why a dossier is destroyed; the articles as DOMAIN.md names them. */
public enum LegalBasis {
    /** The retention period ended: 20 years after the dossier's last change. */
    RETENTION_EXPIRED("Wmo 2015 art. 5.3.4: bewaartermijn van twintig jaar na de laatste wijziging verstreken"),
    /** A granted written request of a person in the dossier. */
    REQUEST("Wmo 2015 art. 5.3.2-5.3.5 (AVG): vernietiging op schriftelijk verzoek van een betrokkene, binnen drie "
            + "maanden na ontvangst van het verzoek");

    private final String text;

    LegalBasis(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
