package nl.vangnet.dossier;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import nl.vangnet.accesslog.AccessAction;
import nl.vangnet.accesslog.AccessLog;
import nl.vangnet.platform.Checks;
import nl.vangnet.platform.FreeText;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The timeline of a dossier: everything every module holds about it ({@link TimelineSources}), newest first,
 * filtered by kind and person, for whoever may open the dossier (free text only for who may read it); one access-log
 * entry per request.
 */
@Service
public class Timeline {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final Dossiers dossiers;
    private final AccessLog accessLog;
    private final ObjectProvider<TimelineSources> sources;
    private final MessageSource messages;

    Timeline(Dossiers dossiers, AccessLog accessLog, ObjectProvider<TimelineSources> sources, MessageSource messages) {
        this.dossiers = dossiers;
        this.accessLog = accessLog;
        this.sources = sources;
        this.messages = messages;
    }

    /**
     * One line of the timeline: when, what kind, its Dutch title, the persons it is about (empty: the household), where
     * to read more, and its free text (null for administrative access).
     */
    public record Item(Instant at, boolean dateOnly, TimelineSources.Kind kind, String title, List<UUID> personIds,
            String href, @FreeText String text) {
    }

    /**
     * The dossier's timeline, newest first. {@code kind} (a {@link TimelineSources.Kind}) and {@code personId} are
     * optional filters; a person filter keeps what is about that person and what is about the whole household.
     */
    @Transactional
    public List<Item> of(UUID dossierId, String kind, String personId) {
        DossierAccess access = dossiers.requireAccess(dossierId, AccessAction.READ);
        Checks v = new Checks();
        TimelineSources.Kind onlyKind = v.enumValue("kind", kind, TimelineSources.Kind.class,
                "Kies een soort uit de lijst.", false);
        UUID onlyPerson = v.id("personId", personId, null, "Kies een betrokkene uit de lijst.");
        List<UUID> persons = dossiers.personIdsOf(dossierId);
        if (onlyPerson != null && !persons.contains(onlyPerson)) {
            v.reject("personId", "Deze persoon is geen betrokkene in dit dossier.");
        }
        v.throwIfInvalid();
        List<Item> items = sources.orderedStream().flatMap(s -> s.timelineOf(dossierId).stream())
                .filter(e -> onlyKind == null || e.kind() == onlyKind)
                .filter(e -> onlyPerson == null || e.personIds().isEmpty() || e.personIds().contains(onlyPerson))
                .sorted(Comparator.comparing(TimelineSources.Entry::at).reversed())
                .map(e -> new Item(e.at(), e.dateOnly(), e.kind(), title(e), e.personIds(), e.href(), e.text()))
                .toList();
        accessLog.allowed(AccessAction.READ, access.role(), Set.of(dossierId),
                onlyPerson == null ? persons : List.of(onlyPerson), access.logReason());
        return access.present(items);
    }

    private String title(TimelineSources.Entry e) {
        return messages.getMessage(e.titleKey(), e.titleArgs().toArray(), e.titleKey(), DUTCH);
    }
}
