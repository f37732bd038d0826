package nl.vangnet.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.vangnet.platform.BusinessRuleException;
import nl.vangnet.platform.DutchTime;

/**
 * One shape for every statutory period (after Open Zaak's planned end, extension and suspension): what kind of period
 * on which legal basis, from when, the planned due, every extension (with its reason, who decided and when), every
 * suspension where the law allows one, and whether it is open, overdue, met or missed, from the injected clock.
 *
 * <p>A due is a day (the period ends at the end of that day, Dutch time) or, for periods in hours or ending at a
 * moment, an instant. The current due is the planned one as moved by the extensions and suspensions, in the order
 * they were recorded.
 *
 * @param doneOn the day the work was done (null while open)
 */
public record Deadline(Kind kind, LocalDate start, Due planned, Due due, List<Extension> extensions,
        List<Suspension> suspensions, LocalDate doneOn) {

    static final ZoneId NL = DutchTime.ZONE;

    /**
     * A kind of statutory period, declared by the module that owns it.
     *
     * @param suspendable whether the law allows suspending it (opschorting)
     */
    public record Kind(String name, String legalBasis, boolean suspendable) {
    }

    /** A due day, or a due moment (then {@link #on} is its day in Dutch time). */
    public record Due(LocalDate on, Instant at) {

        public static Due on(LocalDate day) {
            return new Due(day, null);
        }

        public static Due at(Instant moment) {
            return new Due(LocalDate.ofInstant(moment, NL), moment);
        }

        boolean isAfter(Due other) {
            return at != null && other.at != null ? at.isAfter(other.at) : on.isAfter(other.on);
        }
    }

    /** An extension: the due moved from {@code from} to {@code to}, for a reason, decided by whom and when. */
    public record Extension(Due from, Due to, String reason, UUID decidedBy, Instant decidedAt) {
    }

    /** A suspension from {@code from} up to (not including) {@code until}: the due moves on by those days. */
    public record Suspension(LocalDate from, LocalDate until, String reason, UUID decidedBy, Instant decidedAt) {

        public long days() {
            return ChronoUnit.DAYS.between(from, until);
        }
    }

    public enum Status {
        /** Not done, the due not yet passed. */
        OPEN,
        /** Not done, the due passed. */
        OVERDUE,
        /** Done on or before the due. */
        MET,
        /** Done after the due. */
        MISSED
    }

    public Deadline {
        extensions = List.copyOf(extensions);
        suspensions = List.copyOf(suspensions);
    }

    /** A period that starts on {@code start} and is planned to end on {@code planned}. */
    public static Deadline of(Kind kind, LocalDate start, Due planned) {
        return new Deadline(kind, start, planned, planned, List.of(), List.of(), null);
    }

    /** The period as it stands after the extensions recorded before (each moving the due to its {@code to}). */
    public static Deadline of(Kind kind, LocalDate start, Due planned, List<Extension> extensions) {
        Due due = extensions.isEmpty() ? planned : extensions.getLast().to();
        return new Deadline(kind, start, planned, due, extensions, List.of(), null);
    }

    /** The same period, done on {@code day} (null: still open). */
    public Deadline doneOn(LocalDate day) {
        return new Deadline(kind, start, planned, due, extensions, suspensions, day);
    }

    /**
     * Extends the period to {@code to}: only while it is open, only to a later due, with a reason; records who
     * decided and when.
     */
    public Deadline extend(Due to, String reason, UUID decidedBy, Instant decidedAt) {
        if (doneOn != null) {
            throw new BusinessRuleException("Deze termijn is al afgerond en kan niet meer worden verlengd.");
        }
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("reason", "Geef de reden van de verlenging.");
        }
        if (!to.isAfter(due)) {
            throw new BusinessRuleException("Een verlenging legt het einde van de termijn later dan het nu is.");
        }
        List<Extension> more = new ArrayList<>(extensions);
        more.add(new Extension(due, to, reason.strip(), decidedBy, decidedAt));
        return new Deadline(kind, start, planned, to, more, suspensions, doneOn);
    }

    /**
     * Suspends the period where its law allows it: the due moves on by the suspended days, and a due day that then
     * falls on a non-working day moves to the next working day (Atw art. 1).
     */
    public Deadline suspend(Suspension suspension, WorkingDays calendar) {
        if (!kind.suspendable()) {
            throw new BusinessRuleException("Deze termijn kan volgens de wet niet worden opgeschort.");
        }
        if (doneOn != null) {
            throw new BusinessRuleException("Deze termijn is al afgerond en kan niet meer worden opgeschort.");
        }
        if (suspension.reason() == null || suspension.reason().isBlank()) {
            throw new BusinessRuleException("reason", "Geef de reden van de opschorting.");
        }
        if (!suspension.until().isAfter(suspension.from())) {
            throw new BusinessRuleException("until", "Een opschorting eindigt na haar begin.");
        }
        Due moved = due.at() != null
                ? Due.at(due.at().atZone(NL).plusDays(suspension.days()).toInstant())
                : Due.on(calendar.periodEnd(due.on().plusDays(suspension.days())));
        List<Suspension> more = new ArrayList<>(suspensions);
        more.add(suspension);
        return new Deadline(kind, start, planned, moved, extensions, more, doneOn);
    }

    /** Open, overdue, met or missed, today (Dutch time) by the injected clock. */
    public Status status(Clock clock) {
        if (doneOn != null) {
            return doneOn.isAfter(due.on()) ? Status.MISSED : Status.MET;
        }
        return passed(clock) ? Status.OVERDUE : Status.OPEN;
    }

    /** Not done while its due has passed. */
    public boolean overdue(Clock clock) {
        return status(clock) == Status.OVERDUE;
    }

    /** The due has passed: after the due day, or after the due moment. */
    public boolean passed(Clock clock) {
        return due.at() != null ? clock.instant().isAfter(due.at()) : DutchTime.today(clock).isAfter(due.on());
    }

    /** The period has run out: the due day is over, or the due moment has come. */
    public boolean reached(Clock clock) {
        return due.at() != null ? !due.at().isAfter(clock.instant()) : DutchTime.today(clock).isAfter(due.on());
    }
}
