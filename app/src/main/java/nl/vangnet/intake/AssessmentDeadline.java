package nl.vangnet.intake;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import nl.vangnet.calendar.Deadline;
import nl.vangnet.calendar.WorkingDays;
import nl.vangnet.platform.DutchTime;

/**
 * The statutory deadline of the safety assessment: 5 working days after the report was received (counting from
 * the day after); an acute report within 24 hours.
 */
public record AssessmentDeadline(LocalDate dueOn, Instant dueAt) {

    public static final int WORKING_DAYS = 5;
    public static final Duration ACUTE = Duration.ofHours(24);
    static final ZoneId NL = DutchTime.ZONE;
    /** The safety assessment's period: not extended, not suspended. */
    public static final Deadline.Kind KIND = new Deadline.Kind("SAFETY_ASSESSMENT",
            "Wmo 2015 en het Handelingsprotocol Veilig Thuis: binnen 5 werkdagen na ontvangst, acuut binnen 24 uur", false);

    public static AssessmentDeadline of(Instant receivedAt, boolean acute, WorkingDays calendar) {
        if (acute) {
            Instant due = receivedAt.plus(ACUTE);
            return new AssessmentDeadline(LocalDate.ofInstant(due, NL), due);
        }
        return new AssessmentDeadline(calendar.afterWorkingDays(LocalDate.ofInstant(receivedAt, NL), WORKING_DAYS), null);
    }

    /** This deadline as a statutory period from the day the report was received, done on the day it was assessed. */
    public Deadline period(LocalDate receivedOn, LocalDate assessedOn) {
        return Deadline.of(KIND, receivedOn, dueAt != null ? Deadline.Due.at(dueAt) : Deadline.Due.on(dueOn)).doneOn(assessedOn);
    }

    /** ISO date, or an ISO date-time (Dutch offset) for an acute report. */
    public String iso() {
        return dueAt != null ? dueAt.atZone(NL).toOffsetDateTime().toString() : dueOn.toString();
    }
}
