package nl.vangnet.inforequest;

/** Why a passage must not be shown to the involved persons. */
public enum PassageReason {
    OWN_SAFETY, OTHERS_SAFETY
}
