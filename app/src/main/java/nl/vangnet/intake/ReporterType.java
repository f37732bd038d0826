package nl.vangnet.intake;

/** A private person (particulier) or a professional (beroepsmatig). */
public enum ReporterType {
    PRIVATE, PROFESSIONAL
}
