package nl.vangnet.exchange;

/**
 * The index a VIR signal goes to: the province of Flevoland keeps its own, ESAR; every other province the Verwijsindex
 * risicojongeren (VIR). Decided by the province of the municipality where the child's household lives.
 */
public enum SignalIndex {
    VIR("Verwijsindex risicojongeren (VIR)"),
    ESAR("ESAR (verwijsindex Flevoland)");

    private final String recipient;

    SignalIndex(String recipient) {
        this.recipient = recipient;
    }

    /** The organisation the signal is registered as sent to. */
    public String recipient() {
        return recipient;
    }

    /** Flevoland signals to ESAR; any other (or an unknown) province to the VIR. */
    public static SignalIndex forProvince(String province) {
        return province != null && province.strip().equalsIgnoreCase("Flevoland") ? ESAR : VIR;
    }
}
