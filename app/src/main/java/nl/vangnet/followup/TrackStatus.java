package nl.vangnet.followup;

/** Where a track stands; every status but {@link #FINISHED} keeps the dossier open. */
public enum TrackStatus {
    /** Investigation: conversations and findings. Handover, RvdK request, crisis: not yet done. */
    IN_PROGRESS,
    /** Investigation: concluded (or stopped early); the next step is still to be decided. */
    CONCLUDED,
    /** Conditions and follow-up: conditions being set, handover meeting not yet held. */
    SETTING_CONDITIONS,
    /** Conditions and follow-up: handed over; the monitoring contacts at 3 and 12 months follow. */
    MONITORING,
    FINISHED;

    public boolean open() {
        return this != FINISHED;
    }
}
