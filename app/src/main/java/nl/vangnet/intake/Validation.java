package nl.vangnet.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import nl.vangnet.platform.ApiProblems.InvalidParam;
import nl.vangnet.platform.InvalidInputException;

/** Collects every problem of an input with its field name, then refuses the input as a whole. */
final class Validation {

    private final List<InvalidParam> problems = new ArrayList<>();

    void reject(String field, String dutchReason) {
        problems.add(new InvalidParam(field, dutchReason));
    }

    boolean ok(String field) {
        return problems.stream().noneMatch(p -> p.name().equals(field));
    }

    void throwIfInvalid() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    String required(String field, String value, String dutchReason) {
        if (value == null || value.isBlank()) {
            reject(field, dutchReason);
            return null;
        }
        return value.strip();
    }

    String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    String max(String field, String value, int length) {
        if (value != null && value.length() > length) {
            reject(field, "Ten hoogste " + length + " tekens.");
        }
        return value;
    }

    <E extends Enum<E>> E enumValue(String field, String value, Class<E> type, String dutchReason, boolean required) {
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

    Instant instant(String field, String value, Instant now) {
        if (value == null || value.isBlank()) {
            reject(field, "Vul in wanneer het contact binnenkwam.");
            return null;
        }
        try {
            Instant at = OffsetDateTime.parse(value.strip()).toInstant();
            if (at.isAfter(now.plusSeconds(60))) {
                reject(field, "Het tijdstip van binnenkomst ligt in de toekomst.");
            }
            return at;
        } catch (DateTimeParseException e) {
            reject(field, "Geef datum en tijd met tijdzone, bijvoorbeeld 2026-04-30T10:15:00+02:00.");
            return null;
        }
    }

    LocalDate date(String field, String value, LocalDate today) {
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

    static String postcode(String value) {
        return value == null ? null : value.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    }

    <T, R> List<R> each(List<T> items, Function<Integer, Function<T, R>> mapper) {
        List<R> out = new ArrayList<>();
        if (items != null) {
            for (int i = 0; i < items.size(); i++) {
                out.add(mapper.apply(i).apply(items.get(i)));
            }
        }
        return out;
    }
}
