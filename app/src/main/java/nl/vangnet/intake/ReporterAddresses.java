package nl.vangnet.intake;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Who reported on a dossier, as far as a letter to them needs: name and organisation, never what they reported. The
 * caller has checked (and logs) the access to the dossier.
 */
@Service
public class ReporterAddresses {

    /** The reporter of the dossier's latest report. */
    public record Reporter(UUID reportId, ReporterType type, String name, String organisation, boolean anonymous,
            Boolean closelyInvolved) {
    }

    private final JdbcClient jdbc;

    ReporterAddresses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The reporter of the latest report of the dossier that names a reporter (not an ex officio report). */
    public Optional<Reporter> latestOf(UUID dossierId) {
        return jdbc.sql("""
                SELECT id, reporter_type, reporter_name, reporter_organisation, reporter_anonymous, reporter_closely_involved
                FROM report WHERE dossier_id = :d AND reporter_type IS NOT NULL ORDER BY received_at DESC LIMIT 1""")
                .param("d", dossierId)
                .query((rs, n) -> new Reporter(rs.getObject(1, UUID.class), ReporterType.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getString(4), rs.getBoolean(5), (Boolean) rs.getObject(6)))
                .optional();
    }
}
