package nl.vangnet.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.vangnet.platform.DutchTime;
import nl.vangnet.platform.FreeText;

/**
 * What happened in a dossier, for its timeline ({@link Timeline}): every module that holds something about a dossier
 * (reports, assessments, notices, tracks, later the journal, documents and letters) implements this, so the
 * dependency points from it to the dossier, not back.
 *
 * <p>To add a source: a {@code @Component} in your module implementing {@link #timelineOf}, reading only your own
 * tables, answering one {@link Entry} per event (a thing created, done, changed). The caller has already checked and
 * logged the access, filters by kind and person, sorts, and takes the free text out for who may not read it: do none
 * of that yourself. Put free text in {@link Entry#text()} only; the title's arguments are references, dates and
 * names of kinds, never what someone said or wrote.
 */
public interface TimelineSources {

    /** Everything this module holds about the dossier, in any order. */
    List<Entry> timelineOf(UUID dossierId);

    /** What an entry is about, for the filter on the timeline. */
    enum Kind {
        REPORT, VERIFICATION, INFORMING, ASSESSMENT, NOTICE, TRACK, CONVERSATION, MONITORING, RESTRAINING_ORDER, AWARE,
        CRISIS_INTERVENTION, JOURNAL, DOCUMENT, LETTER
    }

    /**
     * One event: when it happened ({@code dateOnly} when only its day is known), its kind, a short Dutch title as a
     * message key with its arguments ({@code "timeline.report.received"}, {@code ["M-2026-000001"]}), the persons of
     * the dossier it is about (empty: the whole household), where to read more (a page path, or null) and the free
     * text that goes with it (or null), which administrative access never sees.
     */
    record Entry(Instant at, boolean dateOnly, Kind kind, String titleKey, List<String> titleArgs, List<UUID> personIds,
            String href, @FreeText String text) {

        public Entry {
            titleArgs = titleArgs == null ? List.of() : List.copyOf(titleArgs);
            personIds = personIds == null ? List.of() : List.copyOf(personIds);
        }

        /** An event at a moment. */
        public static Entry of(Instant at, Kind kind, String titleKey, List<String> titleArgs, List<UUID> personIds,
                String href, String text) {
            return new Entry(at, false, kind, titleKey, titleArgs, personIds, href, text);
        }

        /** An event of which only the day is known (placed at the start of that day, Dutch time). */
        public static Entry on(LocalDate day, Kind kind, String titleKey, List<String> titleArgs, List<UUID> personIds,
                String href, String text) {
            return new Entry(day.atStartOfDay(DutchTime.ZONE).toInstant(), true, kind, titleKey, titleArgs, personIds,
                    href, text);
        }
    }
}
