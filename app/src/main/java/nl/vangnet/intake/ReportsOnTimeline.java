package nl.vangnet.intake;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import nl.vangnet.dossier.TimelineSources;
import nl.vangnet.dossier.TimelineSources.Entry;
import nl.vangnet.dossier.TimelineSources.Kind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Intake's part of a dossier's timeline: each report received, verified with the reporter, and the reporter told. */
@Component
class ReportsOnTimeline implements TimelineSources {

    private final JdbcClient jdbc;

    ReportsOnTimeline(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Entry> timelineOf(UUID dossierId) {
        return jdbc.sql("""
                SELECT r.id, r.reference, r.received_at, r.concern, r.verified_at, r.verification_changes,
                       r.treatment_informed_at, r.treatment_informed_how,
                       ARRAY(SELECT p.person_id FROM report_person p WHERE p.report_id = r.id) AS persons
                FROM report r WHERE r.dossier_id = :d""")
                .param("d", dossierId).query(ReportsOnTimeline::entries).list().stream().flatMap(List::stream).toList();
    }

    private static List<Entry> entries(ResultSet rs, int n) throws SQLException {
        String reference = rs.getString("reference");
        String href = "/meldingen/" + rs.getObject("id", UUID.class);
        List<UUID> persons = Arrays.asList((UUID[]) rs.getArray("persons").getArray());
        List<Entry> entries = new ArrayList<>();
        entries.add(Entry.of(rs.getTimestamp("received_at").toInstant(), Kind.REPORT, "timeline.report.received",
                List.of(reference), persons, href,
                rs.getString("concern")));
        Timestamp verified = rs.getTimestamp("verified_at");
        if (verified != null) {
            entries.add(Entry.of(verified.toInstant(), Kind.VERIFICATION, "timeline.report.verified", List.of(reference),
                    persons, href, rs.getString("verification_changes")));
        }
        Timestamp informed = rs.getTimestamp("treatment_informed_at");
        if (informed != null) {
            entries.add(Entry.of(informed.toInstant(), Kind.INFORMING, "timeline.report.reporterInformed",
                    List.of(reference), List.of(), href, rs.getString("treatment_informed_how")));
        }
        return entries;
    }
}
