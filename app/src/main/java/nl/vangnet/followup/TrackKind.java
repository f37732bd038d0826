package nl.vangnet.followup;

/** The follow-up tracks a dossier can be in; a safety assessment or an investigation starts one. */
public enum TrackKind {
    INVESTIGATION(TrackStatus.IN_PROGRESS),
    CONDITIONS_AND_FOLLOW_UP(TrackStatus.SETTING_CONDITIONS),
    HANDOVER(TrackStatus.IN_PROGRESS),
    RVDK_INVESTIGATION_REQUEST(TrackStatus.IN_PROGRESS),
    CRISIS_INTERVENTION(TrackStatus.IN_PROGRESS);

    private final TrackStatus initial;

    TrackKind(TrackStatus initial) {
        this.initial = initial;
    }

    public TrackStatus initialStatus() {
        return initial;
    }
}
