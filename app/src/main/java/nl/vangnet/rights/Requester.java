package nl.vangnet.rights;

/** Who asks: the person the data is about, or someone on their behalf (message key {@code rights.requester.<R>}). */
public enum Requester {
    SELF, PARENT_WITH_AUTHORITY, GUARDIAN, LEGAL_REPRESENTATIVE
}
