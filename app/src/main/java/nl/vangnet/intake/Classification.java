package nl.vangnet.intake;

/** Earlier involvement of Veilig Thuis with the persons of a report. */
public enum Classification {
    /** None of the persons is known. */
    FIRST_REPORT,
    /** A person is known from an earlier advice request or report (same BSN, or same surname and date of birth). */
    REPEAT_REPORT,
    /** A dossier of these persons is open (in assessment or in monitoring): the report joins it. */
    FOLLOW_UP_REPORT;

    public static Classification of(boolean joinsOpenDossier, boolean personKnownBefore) {
        if (joinsOpenDossier) {
            return FOLLOW_UP_REPORT;
        }
        return personKnownBefore ? REPEAT_REPORT : FIRST_REPORT;
    }
}
