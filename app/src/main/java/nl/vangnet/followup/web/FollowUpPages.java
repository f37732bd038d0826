package nl.vangnet.followup.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.vangnet.dossier.DossierView;
import nl.vangnet.platform.DutchTime;

/**
 * What the follow-up pages share: the browser's date-and-time input read as Dutch time, the messages of the one
 * refused form on a page with several, and the dossier's persons to choose from.
 */
final class FollowUpPages {

    /** What a datetime-local input holds and shows. */
    static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    /** What a person types where the browser offers a plain text field instead. */
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("d-M-yyyy H:mm");

    private FollowUpPages() {
    }

    /**
     * A datetime-local value (or {@code dd-mm-jjjj uu:mm}), read in Europe/Amsterdam, as the services take it: ISO with
     * its offset. Blank stays blank; anything else is passed on unchanged, for the service to refuse.
     */
    static String toOffset(String typed) {
        LocalDateTime local = parse(typed);
        return local == null ? typed : local.atZone(DutchTime.ZONE).toOffsetDateTime().toString();
    }

    /** Whether something was typed that is no date and time (the service's message then asks for its API format). */
    static boolean malformed(String typed) {
        return typed != null && !typed.isBlank() && parse(typed) == null;
    }

    /** Now in Dutch time, as a datetime-local input shows it. */
    static String now(Clock clock) {
        return LocalDateTime.ofInstant(clock.instant(), DutchTime.ZONE).format(INPUT);
    }

    /** A moment as a datetime-local input shows it. */
    static String forInput(Instant instant) {
        return instant == null ? "" : LocalDateTime.ofInstant(instant, DutchTime.ZONE).format(INPUT);
    }

    /**
     * The refused form's messages, keyed by the ids of its fields on the page: a form per listed item gives its fields
     * the suffix {@code -<item id>}, so that every id on the page stays unique.
     */
    static Map<String, String> errors(Map<String, String> byField, String suffix) {
        Map<String, String> errors = new LinkedHashMap<>();
        byField.forEach((field, message) -> errors.putIfAbsent(field + suffix, message));
        return errors;
    }

    /** The service words a malformed date and time for the API; the page asks for what its field takes. */
    static void dateTimeFormat(Map<String, String> errors, String field, String typed, String message) {
        if (errors.containsKey(field) && malformed(typed)) {
            errors.put(field, message);
        }
    }

    /** The dossier's persons, each once (a person can hold two roles in one household). */
    static List<DossierView.InvolvedPerson> persons(DossierView dossier) {
        Map<UUID, DossierView.InvolvedPerson> persons = new LinkedHashMap<>();
        dossier.persons().forEach(p -> persons.putIfAbsent(p.personId(), p));
        return List.copyOf(persons.values());
    }

    /** Person id to full name, for showing who an order or application is about. */
    static Map<UUID, String> names(DossierView dossier) {
        Map<UUID, String> names = new LinkedHashMap<>();
        dossier.persons().forEach(p -> names.putIfAbsent(p.personId(), p.fullName()));
        return names;
    }

    private static LocalDateTime parse(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(typed.strip());
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(typed.strip(), TYPED);
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }
}
