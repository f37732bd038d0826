package nl.vangnet.platform;

/** Whether a database holds fictitious demo data or real data; a database is one or the other for good. */
public enum InstallationMode {
    DEMO, LIVE
}
