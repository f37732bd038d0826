package nl.vangnet.intake;

/** Whether the persons concerned know about the report. */
public enum PersonsAware {
    YES, NO, PARTLY, UNKNOWN
}
