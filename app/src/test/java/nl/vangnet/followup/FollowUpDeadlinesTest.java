package nl.vangnet.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import nl.vangnet.assessment.Decision;
import nl.vangnet.calendar.WorkingDays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The follow-up deadlines after the Algemene termijnenwet: a period ending on a weekend or holiday moves on. */
class FollowUpDeadlinesTest {

    static final WorkingDays CALENDAR = new WorkingDays(Set.of(LocalDate.of(2026, 1, 2), LocalDate.of(2026, 5, 15),
            LocalDate.of(2027, 5, 7)));

    @ParameterizedTest(name = "meeting {0} + {1} months: due {2}")
    @CsvSource({
            // The example: 28 February 2027 is a Sunday, so the 3-month contact is due Monday 1 March.
            "2026-11-30, 3, 2027-03-01",
            "2026-11-30, 12, 2027-11-30",
            // A month without the day: 31 August + 3 months is 30 November (a Monday).
            "2026-08-31, 3, 2026-11-30",
            // Leap day: 29 February 2028 + 12 months is 28 February 2029 (a Wednesday).
            "2028-02-29, 12, 2029-02-28",
            // Ends on eerste Kerstdag (Friday), then tweede Kerstdag (Saturday) and Sunday: Monday 28 December.
            "2026-09-25, 3, 2026-12-28",
            // Ends on Koningsdag 2027 (Tuesday 27 April): Wednesday.
            "2027-01-27, 3, 2027-04-28",
            // Ends on 7 May 2027, a decree day after Bevrijdingsdag: Monday 10 May.
            "2026-05-07, 12, 2027-05-10",
            // Ends on Nieuwjaarsdag 2027 (Friday): Monday 4 January.
            "2026-10-01, 3, 2027-01-04"})
    void aMonitoringContactIsDueMonthsAfterTheHandoverMeetingOnAWorkingDay(LocalDate meeting, int months, LocalDate due) {
        assertThat(CALENDAR.afterMonths(meeting, months)).isEqualTo(due);
        assertThat(CALENDAR.isWorkingDay(due)).isTrue();
    }

    @ParameterizedTest(name = "decided {0}: investigation due {1}")
    @CsvSource({
            "2026-11-23, 2027-02-01",
            // 16 October + 10 weeks is eerste Kerstdag 2026: Monday 28 December.
            "2026-10-16, 2026-12-28",
            // 19 February 2027 + 10 weeks is 30 April 2027 (Friday, a working day).
            "2027-02-19, 2027-04-30",
            // 24 February 2027 + 10 weeks is Bevrijdingsdag (Wednesday 5 May 2027), then Hemelvaartsdag (Thursday 6 May),
            // the decree day of Friday 7 May and the weekend: Monday 10 May.
            "2027-02-24, 2027-05-10"})
    void anInvestigationIsDueTenWeeksAfterTheDecisionOnAWorkingDay(LocalDate decided, LocalDate due) {
        assertThat(Decision.INVESTIGATION.firstDeadline(decided, CALENDAR)).isEqualTo(due);
    }
}
