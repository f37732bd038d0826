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

    /** The longest free text anywhere (a concern, a summary, findings): about ten pages. */
    public static final int MAX_TEXT = 20_000;
    /** A name, a function, an organisation, a short answer (who, how). */
    public static final int MAX_SHORT_TEXT = 200;
    /** A reason, a remark, a note, a question: a paragraph. */
    public static final int MAX_REMARK = 5_000;
    /** A code or number: a postcode, a house number, a municipality code, a BSN. */
    public static final int MAX_CODE = 20;
    /** No date before this one is plausible (a date of birth, a contact, an event). */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
    /** A planned date (a call back, a conversation, a review) lies at most this many years ahead of today. */
    public static final int MAX_YEARS_AHEAD = 2;
    /** Dates outside these years are refused wherever a date is read, before any rule about the field. */
    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2199;
    /** The ranges of dates as the OpenAPI states them (in Dutch, as the API's other texts). */
    public static final String DATE_OF_BIRTH_RANGE = "jjjj-mm-dd; niet voor 1900-01-01 en niet in de toekomst.";
    public static final String PAST_DATE_RANGE = "jjjj-mm-dd; niet voor 1900-01-01 en niet in de toekomst.";
    public static final String PLANNED_DATE_RANGE = "jjjj-mm-dd; van een jaar terug tot ten hoogste " + MAX_YEARS_AHEAD
            + " jaar na vandaag.";
    public static final String DATE_RANGE = "jjjj-mm-dd; jaar " + FIRST_YEAR + " tot en met " + LAST_YEAR + ".";
    public static final String MOMENT_RANGE = "Datum en tijd met tijdzone (ISO 8601), bijvoorbeeld 2026-04-30T10:15:00+02:00; jaar "
            + FIRST_YEAR + " tot en met " + LAST_YEAR + ".";

    private static final String DATE_FORMAT = "Geef een datum als jjjj-mm-dd, in de jaren " + FIRST_YEAR + " tot en met "
            + LAST_YEAR + ".";

    private final List<InvalidParam> problems = new ArrayList<>();

    /**
     * What is wrong with a text, in Dutch, or null: a control character (NUL, which PostgreSQL refuses, or any other
     * C0 or C1 character but tab and line breaks) or more than {@code max} characters.
     */
    public static String textProblem(String value, int max) {
        if (value == null) {
            return null;
        }
        if (value.length() > max) {
            return "Ten hoogste " + max + " tekens.";
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f)) {
                return "Bevat een ongeldig (stuur)teken.";
            }
        }
        return null;
    }

    /** An ISO date (jjjj-mm-dd) with a plausible year; throws {@link DateTimeParseException} for anything else. */
    public static LocalDate parseDate(String value) {
        LocalDate date = LocalDate.parse(value.strip());
        return plausibleYear(date.getYear(), value, date);
    }

    /** An ISO moment with offset and a plausible year; throws {@link DateTimeParseException} for anything else. */
    public static Instant parseInstant(String value) {
        OffsetDateTime at = OffsetDateTime.parse(value.strip());
        return plausibleYear(at.getYear(), value, at).toInstant();
    }

    /** Refuses a date given as a typed parameter (a filter, a period) outside the plausible years. */
    public static LocalDate plausible(String field, LocalDate date) {
        if (date != null && (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR)) {
            throw refusal(field, "Geef een datum tussen " + FIRST_YEAR + " en " + LAST_YEAR + ".");
        }
        return date;
    }

    /**
     * The refusal of an input with one problem at its field, for a check that stops before anything else is read
     * ({@code throw Checks.refusal(field, reason)}).
     */
    public static InvalidInputException refusal(String field, String dutchReason) {
        Checks v = new Checks();
        v.reject(field, dutchReason);
        return new InvalidInputException(v.problems);
    }

    private static <T> T plausibleYear(int year, String value, T parsed) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new DateTimeParseException("year out of range", "", 0);
        }
        return parsed;
    }

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
        return text(field, value.strip(), MAX_TEXT);
    }

    /** An optional text of at most {@code max} characters without control characters, stripped; blank is null. */
    public String text(String field, String value, int max) {
        String stripped = optional(value);
        String problem = textProblem(stripped, max);
        if (problem != null && ok(field)) {
            reject(field, problem);
        }
        return stripped;
    }

    public String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String max(String field, String value, int length) {
        String problem = textProblem(value, length);
        if (problem != null && ok(field)) {
            reject(field, problem);
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
            Instant at = parseInstant(value);
            if (at.isAfter(now.plusSeconds(60))) {
                reject(field, future);
            }
            return at;
        } catch (DateTimeParseException e) {
            reject(field, "Geef datum en tijd met tijdzone, bijvoorbeeld 2026-04-30T10:15:00+02:00, in de jaren "
                    + FIRST_YEAR + " tot en met " + LAST_YEAR + ".");
            return null;
        }
    }

    /** An optional date that has passed (or is today), not before {@link #EARLIEST_DATE}. */
    public LocalDate date(String field, String value, LocalDate today) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            LocalDate date = parseDate(value);
            if (date.isAfter(today)) {
                reject(field, "Deze datum ligt in de toekomst.");
            } else if (date.isBefore(EARLIEST_DATE)) {
                reject(field, "Deze datum ligt voor 1900.");
            }
            return date;
        } catch (DateTimeParseException e) {
            reject(field, DATE_FORMAT);
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

    /** A required date in any direction (a planned date, a review date), with a plausible year. */
    public LocalDate anyDate(String field, String value, String missing) {
        return anyDate(field, value, missing, DATE_FORMAT);
    }

    /** As {@link #anyDate(String, String, String)}, with the field's own reason for a date it cannot read. */
    public LocalDate anyDate(String field, String value, String missing, String unreadable) {
        if (value == null || value.isBlank()) {
            if (missing != null) {
                reject(field, missing);
            }
            return null;
        }
        try {
            return parseDate(value);
        } catch (DateTimeParseException e) {
            reject(field, unreadable);
            return null;
        }
    }

    /**
     * A moment with time zone in any direction, with a plausible year; {@code missing} null makes it optional,
     * {@code unreadable} is the field's reason for a moment it cannot read.
     */
    public Instant moment(String field, String value, String missing, String unreadable) {
        if (value == null || value.isBlank()) {
            if (missing != null) {
                reject(field, missing);
            }
            return null;
        }
        try {
            return parseInstant(value);
        } catch (DateTimeParseException e) {
            reject(field, unreadable);
            return null;
        }
    }

    /**
     * A planned date (a call back, a conversation, a review): from a year back (a late entry) to at most
     * {@link #MAX_YEARS_AHEAD} years after today; {@code missing} null makes it optional.
     */
    public LocalDate plannedDate(String field, String value, LocalDate today, String missing) {
        LocalDate date = anyDate(field, value, missing);
        if (date != null && date.isAfter(today.plusYears(MAX_YEARS_AHEAD))) {
            reject(field, "Deze datum ligt meer dan " + MAX_YEARS_AHEAD + " jaar vooruit.");
        } else if (date != null && date.isBefore(today.minusYears(1))) {
            reject(field, "Deze datum ligt meer dan een jaar terug.");
        }
        return date;
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
        return id(field, value, missing, "Dit is geen geldig kenmerk.");
    }

    /** As {@link #id(String, String, String)}, with the field's own reason for text that is no id. */
    public UUID id(String field, String value, String missing, String invalid) {
        if (value == null || value.isBlank()) {
            if (missing != null) {
                reject(field, missing);
            }
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            reject(field, invalid);
            return null;
        }
    }

    public static String postcode(String value) {
        return value == null ? null : value.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    }

    /** Maps each item; an empty item ({@code null} in a JSON array) is refused at its place, not mapped. */
    public <T, R> List<R> each(List<T> items, Function<Integer, Function<T, R>> mapper) {
        return each("", items, mapper);
    }

    /** As {@link #each(List, Function)}, naming a refused empty item {@code field[i]}. */
    public <T, R> List<R> each(String field, List<T> items, Function<Integer, Function<T, R>> mapper) {
        List<R> out = new ArrayList<>();
        if (items != null) {
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i) == null) {
                    reject(field + "[" + i + "]", "Een leeg element is niet toegestaan.");
                    continue;
                }
                out.add(mapper.apply(i).apply(items.get(i)));
            }
        }
        return out;
    }

    /** True, with each empty item refused as {@code field[i]}, when the list holds {@code null}. */
    public boolean nullItems(String field, List<?> items) {
        boolean any = false;
        if (items != null) {
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i) == null) {
                    reject(field + "[" + i + "]", "Een leeg element is niet toegestaan.");
                    any = true;
                }
            }
        }
        return any;
    }
}
