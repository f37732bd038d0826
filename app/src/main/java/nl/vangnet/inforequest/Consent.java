package nl.vangnet.inforequest;

/** Whether the persons the request is about consented; anything but {@code ALL_CONSENTED} needs the reason why sharing is necessary. */
public enum Consent {
    ALL_CONSENTED, PARTLY_CONSENTED, NOT_ASKED, REFUSED
}
