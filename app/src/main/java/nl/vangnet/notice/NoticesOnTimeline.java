package nl.vangnet.notice;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.vangnet.dossier.TimelineSources;
import nl.vangnet.dossier.TimelineSources.Entry;
import nl.vangnet.dossier.TimelineSources.Kind;
import nl.vangnet.platform.Formats;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The notices' part of a dossier's timeline: each notice falling due, extended (with its reason) and done. */
@Component
class NoticesOnTimeline implements TimelineSources {

    private final JdbcClient jdbc;
    private final Formats fmt;

    NoticesOnTimeline(JdbcClient jdbc, Formats fmt) {
        this.jdbc = jdbc;
        this.fmt = fmt;
    }

    @Override
    public List<Entry> timelineOf(UUID dossierId) {
        List<Entry> entries = new ArrayList<>();
        jdbc.sql("SELECT id, kind, due_on, done_at, note, created_at FROM dossier_task WHERE dossier_id = :d")
                .param("d", dossierId).query((rs, n) -> {
                    String href = "/kennisgevingen/" + rs.getObject("id", UUID.class);
                    String kind = rs.getString("kind");
                    entries.add(Entry.of(rs.getTimestamp("created_at").toInstant(), Kind.NOTICE, "timeline.notice.due." + kind,
                            List.of(date(rs.getObject("due_on", LocalDate.class))), List.of(), href, null));
                    Timestamp done = rs.getTimestamp("done_at");
                    if (done != null) {
                        entries.add(Entry.of(done.toInstant(), Kind.NOTICE, "timeline.notice.done." + kind, List.of(),
                                List.of(), href, rs.getString("note")));
                    }
                    return kind;
                }).list();
        jdbc.sql("""
                SELECT t.id, t.kind, e.new_due_on, e.reason, e.extended_at
                FROM dossier_task_extension e JOIN dossier_task t ON t.id = e.task_id WHERE t.dossier_id = :d""")
                .param("d", dossierId).query((rs, n) -> entries.add(Entry.of(rs.getTimestamp("extended_at").toInstant(),
                        Kind.NOTICE, "timeline.notice.extended." + rs.getString("kind"),
                        List.of(date(rs.getObject("new_due_on", LocalDate.class))), List.of(),
                        "/kennisgevingen/" + rs.getObject("id", UUID.class), rs.getString("reason")))).list();
        return entries;
    }

    private String date(LocalDate date) {
        return fmt.date(date);
    }
}
