package nl.vangnet.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/** Dates and times as Dutch staff read them, in Dutch time; used by the pages as {@code @fmt}. */
@Component("fmt")
public class Formats {

    public static final ZoneId AMSTERDAM = DutchTime.ZONE;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

    public String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(AMSTERDAM));
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(AMSTERDAM));
    }

    /** A due moment as the API gives it (an ISO date, or an ISO date-time for acute work), as a date or date-time. */
    public String due(String iso) {
        if (iso == null || iso.isBlank()) {
            return "";
        }
        return iso.contains("T") ? dateTime(OffsetDateTime.parse(iso).toInstant()) : date(LocalDate.parse(iso));
    }
}
