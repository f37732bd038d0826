package nl.vangnet.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A temporary restraining order lasts calendar days in Dutch local time: imposed at 18:00, it ends at 18:00 on the
 * last day, also when summer or winter time starts in between (DOMAIN.md; the Wet tijdelijk huisverbod counts days).
 */
class RestrainingOrderPeriodTest {

    static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    @ParameterizedTest(name = "imposed {0}, {1} days: ends {2} Dutch time")
    @CsvSource({
            // start (Dutch time),  days, end (Dutch time)
            "2026-10-20T18:00,      10,   2026-10-30T18:00",   // winter time starts 25 October
            "2027-03-20T18:00,      10,   2027-03-30T18:00",   // summer time starts 28 March
            "2027-03-20T18:00,      28,   2027-04-17T18:00",
            "2026-11-23T09:30,      10,   2026-12-03T09:30",   // no change of time
            "2027-10-30T02:30,      1,    2027-10-31T02:30"})  // ends in the hour that occurs twice: the first one
    void anOrderEndsAtTheSameClockTimeOnItsLastDay(LocalDateTime start, long days, LocalDateTime end) {
        Instant from = start.atZone(NL).toInstant();
        Instant to = RestrainingOrders.endAfter(from, days);
        assertThat(LocalDateTime.ofInstant(to, NL)).isEqualTo(end);
        assertThat(RestrainingOrders.daysBetween(from, to)).isEqualTo(days);
    }
}
