package nl.vangnet.disclosure;

/** What kind of data a disclosure sent: the register names each item, so the FG can answer what left, about whom. */
public enum DataItem {
    NAME, DATE_OF_BIRTH, BSN, ADDRESS, CONTACT_DETAILS,
    /** That there is a concern, and why information is needed (an information request). */
    CONCERN,
    REPORT, ASSESSMENT, FOLLOW_UP, JOURNAL, DOCUMENTS,
    /** The services Veilig Thuis delivered (billing control). */
    SERVICES_DELIVERED,
    /** Veilig Thuis's own name and contact details (a VIR signal). */
    VEILIG_THUIS_CONTACT,
    /** The date of a signal (a VIR signal). */
    SIGNAL_DATE
}
