package nl.vangnet.assessment;

import java.time.LocalDate;
import nl.vangnet.calendar.WorkingDays;

/** The follow-up decision of the safety assessment; each moves the dossier to its track. */
public enum Decision {
    HANDOVER, CONDITIONS_AND_FOLLOW_UP, INVESTIGATION, RVDK_INVESTIGATION_REQUEST, CRISIS_INTERVENTION, CLOSE_NO_UNSAFETY;

    public static final int INVESTIGATION_WEEKS = 10;

    /** The track's first deadline: an investigation is due 10 weeks after the decision (Atw end rule). */
    public LocalDate firstDeadline(LocalDate decidedOn, WorkingDays calendar) {
        return this == INVESTIGATION ? calendar.afterWeeks(decidedOn, INVESTIGATION_WEEKS) : null;
    }
}
