package nl.vangnet.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.UUID;
import nl.vangnet.platform.ApiProblems.InvalidParam;

/**
 * Collects every problem of an input with its field name and a Dutch reason, then refuses the input as a whole (the
 * API answers with all of them, a form shows each at its field).
 */
public final class Checks {

    private final List<InvalidParam> problems = new ArrayList<>();

    public void reject(String field, String dutchReason) {
        problems.add(new InvalidParam(field, dutchReason));
    }

    public boolean ok(String field) {
        return problems.stream().noneMatch(p -> p.name().equals(field));
    }

    public void throwIfInvalid() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    public String required(String field, String value, String dutchReason) {
        if (value == null || value.isBlank()) {
            reject(field, dutchReason);
            return null;
        }
        return value.strip();
    }

    public String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String max(String field, String value, int length) {
        if (value != null && value.length() > length) {
            reject(field, "Ten hoogste " + length + " tekens.");
        }
        return value;
    }

    public <E extends Enum<E>> E enumValue(String field, String value, Class<E> type, String dutchReason, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                reject(field, dutchReason);
            }
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            reject(field, dutchReason);
            return null;
        }
    }

    /** When a contact came in: required, with time zone, not in the future. */
    public Instant instant(String field, String value, Instant now) {
        return instant(field, value, now, "Vul in wanneer het contact binnenkwam.", "Het tijdstip van binnenkomst ligt in de toekomst.");
    }

    /** A moment with time zone that has passed; {@code missing} null makes it optional. */
    public Instant instant(String field, String value, Instant now, String missing, String future) {
        if (value == null || value.isBlank()) {
            if (missing != null) {
                reject(field, missing);
            }
            return null;
        }
        try {
            Instant at = OffsetDateTime.parse(value.strip()).toInstant();
            if (at.isAfter(now.plusSeconds(60))) {
                reject(field, future);
            }
            return at;
        } catch (DateTimeParseException e) {
            reject(field, "Geef datum en tijd met tijdzone, bijvoorbeeld 2026-04-30T10:15:00+02:00.");
            return null;
        }
    }

    /** An optional date that has passed (or is today). */
    public LocalDate date(String field, String value, LocalDate today) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.strip());
            if (date.isAfter(today)) {
                reject(field, "Deze datum ligt in de toekomst.");
            }
            return date;
        } catch (DateTimeParseException e) {
            reject(field, "Geef een datum als jjjj-mm-dd.");
            return null;
        }
    }

    /** A required date that has passed (or is today). */
    public LocalDate pastDate(String field, String value, LocalDate today, String missing) {
        if (value == null || value.isBlank()) {
            reject(field, missing);
            return null;
        }
        return date(field, value, today);
    }

    /** A required date in any direction (a planned date, a review date). */
    public LocalDate anyDate(String field, String value, String missing) {
        if (value == null || value.isBlank()) {
            if (missing != null) {
                reject(field, missing);
            }
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            reject(field, "Geef een datum als jjjj-mm-dd.");
            return null;
        }
    }

    /** A required yes or no. */
    public Boolean yesNo(String field, Boolean value, String missing) {
        if (value == null) {
            reject(field, missing);
        }
        return value;
    }

    /** An id given as text; {@code missing} null makes it optional. */
    public UUID id(String field, String value, String missing) {
        if (value == null || value.isBlank()) {
            if (missing != null) {
                reject(field, missing);
            }
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            reject(field, "Dit is geen geldig kenmerk.");
            return null;
        }
    }

    public static String postcode(String value) {
        return value == null ? null : value.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    }

    public <T, R> List<R> each(List<T> items, Function<Integer, Function<T, R>> mapper) {
        List<R> out = new ArrayList<>();
        if (items != null) {
            for (int i = 0; i < items.size(); i++) {
                out.add(mapper.apply(i).apply(items.get(i)));
            }
        }
        return out;
    }
}
