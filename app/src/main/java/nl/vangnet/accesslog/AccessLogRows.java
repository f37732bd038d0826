package nl.vangnet.accesslog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Turns a page of log entries into rows people can read, in a few queries for the whole page: actors' display names,
 * dossier references and person names. What the reader may not see (another team's dossier, a person outside the
 * dossier a teamleider reviews) is counted, not named.
 */
@Component
class AccessLogRows {

    private final JdbcClient jdbc;
    private final AccessLogLabels labels;

    AccessLogRows(JdbcClient jdbc, AccessLogLabels labels) {
        this.jdbc = jdbc;
        this.labels = labels;
    }

    /** Which dossiers (by team) and persons the reader may see named. */
    record Visibility(Predicate<UUID> team, Predicate<UUID> person) {
        static final Visibility ALL = new Visibility(t -> true, p -> true);
    }

    List<AccessLogRow> rows(List<AccessLogEntry> entries, Visibility visible) {
        Set<UUID> actors = new HashSet<>();
        Set<UUID> dossierIds = new HashSet<>();
        Set<UUID> personIds = new HashSet<>();
        for (AccessLogEntry e : entries) {
            if (e.actorId() != null) {
                actors.add(e.actorId());
            }
            dossierIds.addAll(e.dossierIds());
            e.personIds().stream().filter(visible.person()).forEach(personIds::add);
        }
        Map<UUID, String> names = displayNames(actors);
        Map<UUID, AccessLogLabels.DossierLabel> dossiers = labels.dossiers(dossierIds);
        Map<UUID, String> persons = labels.personNames(personIds);
        List<AccessLogRow> rows = new ArrayList<>(entries.size());
        for (AccessLogEntry e : entries) {
            List<String> refs = new ArrayList<>();
            for (UUID d : e.dossierIds()) {
                AccessLogLabels.DossierLabel label = dossiers.get(d);
                if (label != null && visible.team().test(label.teamId())) {
                    refs.add(label.reference());
                }
            }
            List<String> named = new ArrayList<>();
            for (UUID p : e.personIds()) {
                if (persons.containsKey(p)) {
                    named.add(persons.get(p));
                }
            }
            rows.add(new AccessLogRow(e.seq(), e.occurredAt(), names.getOrDefault(e.actorId(), e.actorName()),
                    e.actorName(), e.roleUsed(), e.action(), e.outcome(), refs.stream().sorted().toList(),
                    e.dossierIds().size() - refs.size(), named.stream().distinct().sorted().toList(),
                    e.personIds().size() - named.size(), e.reason(), e.clientIp(), emergency(e)));
        }
        return rows;
    }

    /** Granting an emergency access, and every access under one (its entries carry the grant as their reason). */
    static boolean emergency(AccessLogEntry e) {
        return e.action() == AccessAction.EMERGENCY_ACCESS || (e.reason() != null && e.reason().startsWith("Noodtoegang "));
    }

    private Map<UUID, String> displayNames(Collection<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("SELECT id, display_name FROM staff_name WHERE id IN (:ids)").param("ids", ids)
                    .query((RowCallbackHandler) rs -> names.put(rs.getObject(1, UUID.class), rs.getString(2)));
        }
        return names;
    }
}
