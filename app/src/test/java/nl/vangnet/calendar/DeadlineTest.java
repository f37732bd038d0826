package nl.vangnet.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.vangnet.platform.BusinessRuleException;
import org.junit.jupiter.api.Test;

/** The one shape of a statutory period, with a fixed clock: Monday 23 November 2026, 12:00 Dutch time. */
class DeadlineTest {

    static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
    static final Clock CLOCK = Clock.fixed(LocalDateTime.of(2026, 11, 23, 12, 0).atZone(NL).toInstant(), NL);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final WorkingDays CALENDAR = new WorkingDays(Set.of());
    static final Deadline.Kind NOTICE = new Deadline.Kind("NOTICE", "Wmo 2015 art. 5.3.1", false);
    static final Deadline.Kind SUSPENDABLE = new Deadline.Kind("DECISION", "Awb art. 4:15", true);
    static final UUID WORKER = UUID.randomUUID();

    static Deadline dueOn(LocalDate due) {
        return Deadline.of(NOTICE, due.minusWeeks(4), Deadline.Due.on(due));
    }

    @Test
    void aPeriodIsOpenUntilTheEndOfItsDueDay() {
        assertThat(dueOn(TODAY).status(CLOCK)).isEqualTo(Deadline.Status.OPEN);
        assertThat(dueOn(TODAY.plusDays(1)).status(CLOCK)).isEqualTo(Deadline.Status.OPEN);
    }

    @Test
    void aPeriodNotDoneAfterItsDueDayIsOverdue() {
        assertThat(dueOn(TODAY.minusDays(1)).status(CLOCK)).isEqualTo(Deadline.Status.OVERDUE);
        assertThat(dueOn(TODAY.minusDays(1)).overdue(CLOCK)).isTrue();
    }

    @Test
    void aPeriodDoneBeforeOrOnItsDueDayIsMet() {
        assertThat(dueOn(TODAY).doneOn(TODAY).status(CLOCK)).isEqualTo(Deadline.Status.MET);
        assertThat(dueOn(TODAY).doneOn(TODAY.minusDays(3)).status(CLOCK)).isEqualTo(Deadline.Status.MET);
        assertThat(dueOn(TODAY.minusDays(5)).doneOn(TODAY.minusDays(5)).overdue(CLOCK)).isFalse();
    }

    @Test
    void aPeriodDoneAfterItsDueDayIsMissed() {
        assertThat(dueOn(TODAY.minusDays(1)).doneOn(TODAY).status(CLOCK)).isEqualTo(Deadline.Status.MISSED);
    }

    @Test
    void aPeriodEndingAtAMomentHasPassedOnlyAfterThatMoment() {
        Instant now = CLOCK.instant();
        Deadline atNow = Deadline.of(NOTICE, TODAY, Deadline.Due.at(now));
        assertThat(atNow.status(CLOCK)).isEqualTo(Deadline.Status.OPEN);
        assertThat(atNow.reached(CLOCK)).isTrue();
        assertThat(Deadline.of(NOTICE, TODAY, Deadline.Due.at(now.minusSeconds(1))).status(CLOCK)).isEqualTo(Deadline.Status.OVERDUE);
        assertThat(Deadline.of(NOTICE, TODAY, Deadline.Due.at(now.plusSeconds(1))).reached(CLOCK)).isFalse();
        assertThat(Deadline.Due.at(now).on()).isEqualTo(TODAY);
    }

    @Test
    void anExtensionMovesTheDueAndRecordsItsReasonWhoDecidedAndWhen() {
        Deadline extended = dueOn(TODAY.minusDays(1)).extend(Deadline.Due.on(TODAY.plusWeeks(2)), "  Adres onbekend ", WORKER,
                CLOCK.instant());
        assertThat(extended.due()).isEqualTo(Deadline.Due.on(TODAY.plusWeeks(2)));
        assertThat(extended.planned()).isEqualTo(Deadline.Due.on(TODAY.minusDays(1)));
        assertThat(extended.status(CLOCK)).isEqualTo(Deadline.Status.OPEN);
        assertThat(extended.extensions()).singleElement().satisfies(e -> {
            assertThat(e.from()).isEqualTo(Deadline.Due.on(TODAY.minusDays(1)));
            assertThat(e.to()).isEqualTo(Deadline.Due.on(TODAY.plusWeeks(2)));
            assertThat(e.reason()).isEqualTo("Adres onbekend");
            assertThat(e.decidedBy()).isEqualTo(WORKER);
            assertThat(e.decidedAt()).isEqualTo(CLOCK.instant());
        });
    }

    @Test
    void aPeriodAsItStandsIsDueAtItsLastExtension() {
        Deadline.Extension first = new Deadline.Extension(Deadline.Due.on(TODAY), Deadline.Due.on(TODAY.plusWeeks(2)), "a", WORKER,
                CLOCK.instant());
        Deadline.Extension second = new Deadline.Extension(first.to(), Deadline.Due.on(TODAY.plusWeeks(4)), "b", WORKER,
                CLOCK.instant());
        assertThat(Deadline.of(NOTICE, TODAY, Deadline.Due.on(TODAY), List.of(first, second)).due())
                .isEqualTo(Deadline.Due.on(TODAY.plusWeeks(4)));
    }

    @Test
    void anExtensionNeedsAReasonALaterDueAndAnOpenPeriod() {
        Deadline due = dueOn(TODAY);
        assertThatThrownBy(() -> due.extend(Deadline.Due.on(TODAY.plusDays(1)), " ", WORKER, CLOCK.instant()))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.field()).isEqualTo("reason"));
        assertThatThrownBy(() -> due.extend(Deadline.Due.on(TODAY), "reden", WORKER, CLOCK.instant()))
                .isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> due.doneOn(TODAY).extend(Deadline.Due.on(TODAY.plusDays(1)), "reden", WORKER, CLOCK.instant()))
                .isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void aSuspensionAddsTheSuspendedDaysThenTheAtwEndRule() {
        // Due Friday 27 November; suspended 1-8 December (7 days): Friday 4 December.
        Deadline due = Deadline.of(SUSPENDABLE, TODAY, Deadline.Due.on(LocalDate.of(2026, 11, 27)));
        Deadline suspended = due.suspend(new Deadline.Suspension(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 8),
                "Wachten op informatie", WORKER, CLOCK.instant()), CALENDAR);
        assertThat(suspended.due().on()).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(suspended.suspensions()).singleElement().satisfies(s -> assertThat(s.days()).isEqualTo(7));
        // Suspended 2 more days: Sunday 6 December, so Monday 7 December.
        assertThat(suspended.suspend(new Deadline.Suspension(LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 12), "Ziekte",
                WORKER, CLOCK.instant()), CALENDAR).due().on()).isEqualTo(LocalDate.of(2026, 12, 7));
    }

    @Test
    void onlyAPeriodWhoseLawAllowsItCanBeSuspended() {
        assertThatThrownBy(() -> dueOn(TODAY).suspend(new Deadline.Suspension(TODAY, TODAY.plusDays(2), "reden", WORKER,
                CLOCK.instant()), CALENDAR))
                .isInstanceOf(BusinessRuleException.class).hasMessage("Deze termijn kan volgens de wet niet worden opgeschort.");
    }

    @Test
    void aPeriodEndingAtAMomentIsSuspendedByCalendarDaysInDutchTime() {
        // 24 October 2026 18:00 + 3 days across the end of summer time: 27 October 18:00.
        Instant end = LocalDateTime.of(2026, 10, 24, 18, 0).atZone(NL).toInstant();
        Deadline suspended = Deadline.of(SUSPENDABLE, TODAY, Deadline.Due.at(end)).suspend(new Deadline.Suspension(
                LocalDate.of(2026, 10, 20), LocalDate.of(2026, 10, 23), "reden", WORKER, CLOCK.instant()), CALENDAR);
        assertThat(LocalDateTime.ofInstant(suspended.due().at(), NL)).isEqualTo(LocalDateTime.of(2026, 10, 27, 18, 0));
    }
}
