package nl.vangnet.document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.vangnet.dossier.TimelineSources;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every document on the dossier's timeline: uploaded, or a letter the application made (kind LETTER). The file name
 * can tell what a document is about, so it is the entry's free text, never its title. About all persons of the
 * dossier when it was stored means about the household.
 */
@Component
class DocumentsOnTimeline implements TimelineSources {

    private final JdbcClient jdbc;

    DocumentsOnTimeline(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Entry> timelineOf(UUID dossierId) {
        Map<UUID, List<UUID>> persons = new HashMap<>();
        jdbc.sql("""
                SELECT p.document_id, p.person_id FROM document_person p JOIN document d ON d.id = p.document_id
                WHERE d.dossier_id = :d""")
                .param("d", dossierId)
                .query((rs, n) -> persons.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                        .add(rs.getObject(2, UUID.class)))
                .list();
        return jdbc.sql("SELECT id, kind, file_name, stored_at FROM document WHERE dossier_id = :d")
                .param("d", dossierId)
                .query((rs, n) -> {
                    boolean letter = "LETTER".equals(rs.getString("kind"));
                    return Entry.of(rs.getTimestamp("stored_at").toInstant(), letter ? Kind.LETTER : Kind.DOCUMENT,
                            letter ? "timeline.document.letter" : "timeline.document.added", List.of(),
                            persons.getOrDefault(rs.getObject("id", UUID.class), List.of()),
                            "/dossiers/" + dossierId + "/documenten", rs.getString("file_name"));
                })
                .list();
    }
}
