package nl.vangnet.assessment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.vangnet.dossier.TimelineSources;
import nl.vangnet.dossier.TimelineSources.Entry;
import nl.vangnet.dossier.TimelineSources.Kind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The assessment's part of a dossier's timeline: each safety assessment started, offered for confirmation, returned
 * or confirmed with its decision, and the reporter and household informed (or not, with the reason).
 */
@Component
class AssessmentsOnTimeline implements TimelineSources {

    private final JdbcClient jdbc;

    AssessmentsOnTimeline(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Entry> timelineOf(UUID dossierId) {
        List<Entry> entries = new ArrayList<>();
        jdbc.sql("""
                SELECT report_id, status, decision, reasoning, returned_remark, created_at, completed_at, confirmed_at, updated_at
                FROM assessment WHERE dossier_id = :d""")
                .param("d", dossierId).query((rs, n) -> entries.addAll(assessment(rs))).list();
        jdbc.sql("""
                SELECT i.report_id, i.who, i.informed_at, i.how, i.withheld_reason, i.recorded_at
                FROM informing i JOIN assessment a ON a.report_id = i.report_id WHERE a.dossier_id = :d""")
                .param("d", dossierId).query((rs, n) -> entries.add(informing(rs))).list();
        return entries;
    }

    private static List<Entry> assessment(ResultSet rs) throws SQLException {
        String href = "/meldingen/" + rs.getObject("report_id", UUID.class) + "/beoordeling";
        List<Entry> entries = new ArrayList<>();
        entries.add(Entry.of(rs.getTimestamp("created_at").toInstant(), Kind.ASSESSMENT, "timeline.assessment.started",
                List.of(), List.of(), href, null));
        Timestamp completed = rs.getTimestamp("completed_at");
        if (completed != null) {
            entries.add(Entry.of(completed.toInstant(), Kind.ASSESSMENT, "timeline.assessment.completed", List.of(),
                    List.of(), href, null));
        }
        Timestamp confirmed = rs.getTimestamp("confirmed_at");
        if (confirmed != null) {
            entries.add(Entry.of(confirmed.toInstant(), Kind.ASSESSMENT,
                    "timeline.assessment.confirmed." + rs.getString("decision"), List.of(), List.of(), href,
                    rs.getString("reasoning")));
        }
        if (rs.getString("returned_remark") != null) {
            entries.add(Entry.of(rs.getTimestamp("updated_at").toInstant(), Kind.ASSESSMENT,
                    "timeline.assessment.returned", List.of(), List.of(), href, rs.getString("returned_remark")));
        }
        return entries;
    }

    private static Entry informing(ResultSet rs) throws SQLException {
        String href = "/meldingen/" + rs.getObject("report_id", UUID.class) + "/beoordeling";
        Timestamp informed = rs.getTimestamp("informed_at");
        String who = rs.getString("who");
        return informed != null
                ? Entry.of(informed.toInstant(), Kind.INFORMING, "timeline.informing.informed." + who, List.of(),
                        List.of(), href, rs.getString("how"))
                : Entry.of(rs.getTimestamp("recorded_at").toInstant(), Kind.INFORMING,
                        "timeline.informing.withheld." + who, List.of(), List.of(), href, rs.getString("withheld_reason"));
    }
}
