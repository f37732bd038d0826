package nl.vangnet.platform;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Dates as Dutch law and staff count them: in the Netherlands' time zone, from the injected clock. */
public final class DutchTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private DutchTime() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }
}
