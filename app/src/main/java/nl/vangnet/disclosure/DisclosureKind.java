package nl.vangnet.disclosure;

/** Which exchange a disclosure was part of; {@code OTHER} is one registered by hand. */
public enum DisclosureKind {
    OTHER, HANDOVER, RVDK_REQUEST, BW_NOTICE, INFORMATION_REQUEST, VIR_SIGNAL, BILLING_EXPORT, REGION_TRANSFER
}
