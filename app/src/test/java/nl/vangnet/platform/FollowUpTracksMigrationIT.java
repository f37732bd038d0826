package nl.vangnet.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V13 moves the dossier's single track of V9 into follow-up tracks and gives dossiers closed before it a reason and a
 * retention end: run against a database as version 12 left it, with data in it.
 */
class FollowUpTracksMigrationIT {

    @Test
    void aVersion12DatabaseKeepsItsTracksAndItsClosedDossiersGetARetentionEnd() throws Exception {
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().start()) {
            try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE ROLE vangnet_app LOGIN PASSWORD 'app-secret'");
            }
            flyway(server, "12").migrate();
            try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("INSERT INTO team (id, name, created_at) VALUES ('00000000-0000-0000-0000-000000000001', 'Team', now())");
                s.execute("""
                        INSERT INTO dossier (id, reference, team_id, status, opened_on, closed_on, created_at, updated_at)
                        VALUES ('00000000-0000-0000-0000-00000000000a', 'VT-2020-1', '00000000-0000-0000-0000-000000000001',
                                'CLOSED', date '2020-01-06', date '2020-05-04', timestamptz '2020-01-06 10:00+01', timestamptz '2020-05-04 10:00+02')""");
                s.execute("""
                        INSERT INTO dossier (id, reference, team_id, status, opened_on, created_at, updated_at, track, track_started_on, track_due)
                        VALUES ('00000000-0000-0000-0000-00000000000b', 'VT-2026-2', '00000000-0000-0000-0000-000000000001',
                                'OPEN', date '2026-10-16', timestamptz '2026-10-16 10:00+02', timestamptz '2026-10-16 10:00+02',
                                'INVESTIGATION', date '2026-10-16', date '2026-12-28')""");
            }
            flyway(server, "latest").migrate();
            try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                ResultSet closed = s.executeQuery("SELECT closed_reason, retention_until FROM dossier WHERE reference = 'VT-2020-1'");
                assertThat(closed.next()).isTrue();
                assertThat(closed.getString(1)).isNotBlank();
                assertThat(closed.getString(2)).isEqualTo("2040-05-04");
                ResultSet track = s.executeQuery("""
                        SELECT t.kind, t.status, t.started_on, t.due_on FROM follow_up_track t JOIN dossier d ON d.id = t.dossier_id
                        WHERE d.reference = 'VT-2026-2'""");
                assertThat(track.next()).isTrue();
                assertThat(track.getString(1)).isEqualTo("INVESTIGATION");
                assertThat(track.getString(2)).isEqualTo("IN_PROGRESS");
                assertThat(track.getString(3)).isEqualTo("2026-10-16");
                assertThat(track.getString(4)).isEqualTo("2026-12-28");
            }
        }
    }

    private static Flyway flyway(EmbeddedPostgres server, String target) {
        return Flyway.configure().dataSource(server.getPostgresDatabase()).locations("classpath:db/migration")
                .placeholders(Map.of("appRole", "vangnet_app")).target(target).load();
    }
}
