package nl.vangnet.inforequest;

/** Whether the professional informed the involved persons of sharing: before, afterwards (urgent), or not (safety). */
public enum InformedPersons {
    BEFORE, AFTERWARDS, NOT_INFORMED
}
