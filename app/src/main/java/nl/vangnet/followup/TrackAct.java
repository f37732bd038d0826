package nl.vangnet.followup;

/** The business verbs on a follow-up track; {@link TrackStateMachine} says in which state each is allowed. */
public enum TrackAct {
    PLAN_CONVERSATION("Een gesprek plannen"),
    RECORD_CONVERSATION("Een gevoerd gesprek vastleggen"),
    RECORD_FINDINGS("Bevindingen vastleggen"),
    CONCLUDE("Een conclusie vastleggen"),
    STOP_EARLY("Het onderzoek voortijdig stoppen"),
    DECIDE_NEXT_STEP("De vervolgstap na het onderzoek kiezen"),
    INFORM_REPORTER("De terugkoppeling aan de melder vastleggen"),
    SET_CONDITION("Een veiligheidsvoorwaarde vastleggen"),
    HOLD_HANDOVER_MEETING("Het overdrachtsgesprek vastleggen"),
    RECORD_MONITORING_CONTACT("Een monitoringscontact vastleggen"),
    RECORD_FINAL_MONITORING_CONTACT("Het monitoringscontact na 12 maanden vastleggen"),
    HAND_OVER("De overdracht vastleggen"),
    REQUEST_RVDK_INVESTIGATION("Het verzoek tot onderzoek aan de Raad voor de Kinderbescherming vastleggen"),
    FOLLOW_UP_CRISIS("De opvolging van de crisisinterventie vastleggen");

    private final String dutch;

    TrackAct(String dutch) {
        this.dutch = dutch;
    }

    public String dutch() {
        return dutch;
    }
}
