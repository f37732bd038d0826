package nl.vangnet.journal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.vangnet.dossier.TimelineSources;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Every journal entry on the dossier's timeline: its kind of contact as title, its summary as (free) text. */
@Component
class JournalOnTimeline implements TimelineSources {

    private final JdbcClient jdbc;

    JournalOnTimeline(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Entry> timelineOf(UUID dossierId) {
        Map<UUID, List<UUID>> persons = new HashMap<>();
        jdbc.sql("""
                SELECT p.entry_id, p.person_id FROM journal_entry_person p JOIN journal_entry e ON e.id = p.entry_id
                WHERE e.dossier_id = :d AND NOT e.whole_household""")
                .param("d", dossierId)
                .query((rs, n) -> persons.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                        .add(rs.getObject(2, UUID.class)))
                .list();
        return jdbc.sql("SELECT id, occurred_at, kind, summary, corrects_id FROM journal_entry WHERE dossier_id = :d")
                .param("d", dossierId)
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    String title = rs.getObject("corrects_id") != null ? "timeline.journal.correction"
                            : "timeline.journal." + rs.getString("kind");
                    return Entry.of(rs.getTimestamp("occurred_at").toInstant(), Kind.JOURNAL, title, List.of(),
                            persons.getOrDefault(id, List.of()), "/dossiers/" + dossierId + "/journaal",
                            rs.getString("summary"));
                })
                .list();
    }
}
