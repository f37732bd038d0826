package nl.vangnet.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDaysTest {

    /** The decree days DOMAIN.md names. */
    static final WorkingDays CALENDAR = new WorkingDays(Set.of(LocalDate.of(2026, 1, 2), LocalDate.of(2026, 5, 15),
            LocalDate.of(2027, 5, 7), LocalDate.of(2028, 4, 28), LocalDate.of(2028, 5, 26)));

    @ParameterizedTest(name = "Easter {0} is {1}")
    @CsvSource({"2000, 2000-04-23", "2019, 2019-04-21", "2024, 2024-03-31", "2025, 2025-04-20", "2026, 2026-04-05",
            "2027, 2027-03-28", "2028, 2028-04-16", "2029, 2029-04-01", "2030, 2030-04-21", "2031, 2031-04-13",
            "2032, 2032-03-28", "2033, 2033-04-17", "2035, 2035-03-25", "2038, 2038-04-25", "2285, 2285-03-22"})
    void easterSundayFollowsTheGregorianComputus(int year, LocalDate easter) {
        assertThat(AtwHolidays.easterSunday(year)).isEqualTo(easter);
    }

    @ParameterizedTest(name = "{0} is a holiday: {1}")
    @CsvSource({"2026-01-01, Nieuwjaarsdag", "2026-04-03, Goede Vrijdag", "2026-04-06, Tweede Paasdag",
            "2026-04-27, Koningsdag", "2026-05-05, Bevrijdingsdag", "2026-05-14, Hemelvaartsdag",
            "2026-05-25, Tweede Pinksterdag", "2026-12-25, Eerste Kerstdag", "2026-12-26, Tweede Kerstdag",
            "2027-05-05, Bevrijdingsdag", "2029-05-05, Bevrijdingsdag", "2024-03-29, Goede Vrijdag",
            "2027-03-26, Goede Vrijdag"})
    void theAtwArticle3HolidaysAreNotWorkingDays(LocalDate day, String name) {
        assertThat(AtwHolidays.of(day.getYear())).containsEntry(day, name);
        assertThat(CALENDAR.isWorkingDay(day)).isFalse();
    }

    @ParameterizedTest(name = "Koningsdag {0} is on {1}")
    @CsvSource({"2014, 2014-04-26", "2025, 2025-04-26", "2026, 2026-04-27", "2031, 2031-04-26", "2036, 2036-04-26",
            "2030, 2030-04-27"})
    void koningsdagOnASundayMovesToThe26th(int year, LocalDate day) {
        assertThat(AtwHolidays.kingsDay(year)).isEqualTo(day);
        assertThat(CALENDAR.isHoliday(LocalDate.of(year, Month.APRIL, 27))).isEqualTo(day.getDayOfMonth() == 27);
    }

    @Test
    void forEveryYearTheMovableHolidaysFallOnTheirWeekdays() {
        for (int year = 1990; year <= 2150; year++) {
            LocalDate easter = AtwHolidays.easterSunday(year);
            assertThat(easter.getDayOfWeek()).as("Easter %d", year).isEqualTo(DayOfWeek.SUNDAY);
            assertThat(easter).isBetween(LocalDate.of(year, 3, 22), LocalDate.of(year, 4, 25));
            Map<LocalDate, String> days = AtwHolidays.of(year);
            assertThat(String.join(" en ", days.values()).split(" en ")).hasSize(9);
            days.forEach((day, names) -> {
                for (String name : names.split(" en ")) {
                    switch (name) {
                        case "Goede Vrijdag" -> assertThat(day.getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
                        case "Tweede Paasdag", "Tweede Pinksterdag" -> assertThat(day.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
                        case "Hemelvaartsdag" -> assertThat(day.getDayOfWeek()).isEqualTo(DayOfWeek.THURSDAY);
                        case "Koningsdag" -> assertThat(day.getDayOfWeek()).isNotEqualTo(DayOfWeek.SUNDAY);
                        default -> { }
                    }
                }
            });
        }
    }

    @Test
    void twoHolidaysOnOneDateKeepBothNames() {
        assertThat(AtwHolidays.of(2016)).containsEntry(LocalDate.of(2016, 5, 5), "Bevrijdingsdag en Hemelvaartsdag");
    }

    @ParameterizedTest(name = "a decree day {0} is no working day")
    @CsvSource({"2026-01-02", "2026-05-15", "2027-05-07", "2028-04-28", "2028-05-26"})
    void aDayEquatedWithAHolidayByDecreeIsNoWorkingDay(LocalDate day) {
        assertThat(CALENDAR.isWorkingDay(day)).isFalse();
        assertThat(new WorkingDays(Set.of()).isWorkingDay(day)).isTrue();
    }

    @ParameterizedTest(name = "{1} working days after {0} is {2}")
    @CsvSource({
            "2026-11-23, 5, 2026-11-30",   // Monday: plain week
            "2026-11-20, 5, 2026-11-27",   // a Friday report: counting starts on the Saturday, skips the weekend
            "2026-11-21, 5, 2026-11-27",   // received on a Saturday
            "2026-04-01, 5, 2026-04-10",   // Goede Vrijdag and Tweede Paasdag
            "2026-04-24, 5, 2026-05-04",   // Koningsdag (Monday 27 April)
            "2026-04-30, 5, 2026-05-08",   // 5 mei on a Tuesday
            "2026-05-11, 5, 2026-05-20",   // Hemelvaartsdag and the decree day after it
            "2026-05-20, 5, 2026-05-28",   // Tweede Pinksterdag
            "2026-12-23, 5, 2026-12-31",   // Christmas
            "2026-12-24, 1, 2026-12-28",
            "2026-12-29, 5, 2027-01-06",   // year end and Nieuwjaarsdag
            "2025-12-29, 5, 2026-01-07",   // year end with the decree day 2 January 2026
            "2025-04-25, 1, 2025-04-28",   // Koningsdag 2025 fell on Saturday 26 April (Sunday the 27th)
            "2028-04-26, 3, 2028-05-03",   // Koningsdag 2028 on Thursday, decree day Friday 28 April
            "2026-11-23, 0, 2026-11-23"})
    void nWorkingDaysAfterADayCountFromTheDayAfter(LocalDate start, int n, LocalDate expected) {
        assertThat(CALENDAR.afterWorkingDays(start, n)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} plus {1} months ends on {2}")
    @CsvSource({
            "2026-11-30, 3, 2027-03-01",   // 28 February 2027 is a Sunday
            "2026-11-30, 12, 2027-11-30",
            "2027-01-31, 1, 2027-03-01",   // 28 February 2027 (Sunday) -> Monday
            "2028-01-31, 1, 2028-02-29",   // leap year
            "2026-02-05, 3, 2026-05-06",   // 5 May 2026 is a holiday
            "2026-09-26, 3, 2026-12-28"})  // 26 December, Tweede Kerstdag (Saturday)
    void aPeriodInMonthsThatEndsOnANonWorkingDayEndsOnTheNextWorkingDay(LocalDate start, int months, LocalDate end) {
        assertThat(CALENDAR.afterMonths(start, months)).isEqualTo(end);
    }

    @ParameterizedTest(name = "{0} plus {1} weeks ends on {2}")
    @CsvSource({"2026-12-15, 10, 2027-02-23", "2026-10-16, 10, 2026-12-28", "2026-02-23, 10, 2026-05-04",
            "2026-03-06, 10, 2026-05-15-not-used"})
    void aPeriodInWeeksFollowsTheSameEndRule(LocalDate start, int weeks, String end) {
        if (end.endsWith("not-used")) {
            // 6 March + 10 weeks = Friday 15 May 2026, a decree day: the period ends Monday 18 May.
            assertThat(CALENDAR.afterWeeks(start, weeks)).isEqualTo(LocalDate.of(2026, 5, 18));
            return;
        }
        assertThat(CALENDAR.afterWeeks(start, weeks)).isEqualTo(LocalDate.parse(end));
    }

    @ParameterizedTest(name = "{0} plus {1} days ends on {2}")
    @CsvSource({"2026-04-25, 10, 2026-05-06", "2026-12-22, 10, 2027-01-04", "2026-11-20, 10, 2026-11-30"})
    void aPeriodInDaysFollowsTheSameEndRule(LocalDate start, int days, LocalDate end) {
        assertThat(CALENDAR.afterDays(start, days)).isEqualTo(end);
    }

    @Test
    void workingDaysBetweenCountsLikeAfterWorkingDays() {
        LocalDate start = LocalDate.of(2026, 12, 20);
        for (int n = 0; n < 40; n++) {
            LocalDate end = CALENDAR.afterWorkingDays(start, n);
            assertThat(CALENDAR.workingDaysBetween(start, end)).isEqualTo(n);
        }
        assertThat(CALENDAR.workingDaysBetween(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 23))).isEqualTo(-5);
    }
}
