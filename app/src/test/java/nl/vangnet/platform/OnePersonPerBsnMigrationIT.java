package nl.vangnet.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V15 makes a BSN unique to one person: run against a database as version 13 left it, holding three records of the
 * same BSN (made by concurrent reports) referenced from every kind of row, the duplicates are merged into the oldest.
 */
class OnePersonPerBsnMigrationIT {

    static final String TEAM = "00000000-0000-0000-0000-000000000001";
    static final String USER = "00000000-0000-0000-0000-000000000002";
    static final String D1 = "00000000-0000-0000-0000-0000000000d1";
    static final String D2 = "00000000-0000-0000-0000-0000000000d2";
    static final String OLDEST = "00000000-0000-0000-0000-00000000000a";
    static final String SECOND = "00000000-0000-0000-0000-00000000000b";
    static final String THIRD = "00000000-0000-0000-0000-00000000000c";
    static final String FATHER = "00000000-0000-0000-0000-00000000000f";
    static final String OTHER_BSN = "00000000-0000-0000-0000-0000000000e1";

    @Test
    void duplicatePersonsOfOneBsnAreMergedIntoTheOldestWithEveryReferenceAndTheBsnBecomesUnique() throws Exception {
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().start()) {
            try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE ROLE vangnet_app LOGIN PASSWORD 'app-secret'");
            }
            flyway(server, "13").migrate();
            try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("INSERT INTO team (id, name, created_at) VALUES ('" + TEAM + "', 'Team', now())");
                s.execute("INSERT INTO staff_user (id, username, display_name, kind, created_at) VALUES ('" + USER
                        + "', 'medewerker', 'Medewerker', 'PERSON', now())");
                // The oldest record lacks the given names that a later duplicate has.
                s.execute("""
                        INSERT INTO person (id, bsn, surname, given_names, date_of_birth, created_at) VALUES
                          ('%s', '111222333', 'Kind', NULL, date '2017-03-01', timestamptz '2026-11-01 10:00:00+01'),
                          ('%s', '111222333', 'Kind', 'Sem', date '2017-03-01', timestamptz '2026-11-01 10:00:00.5+01'),
                          ('%s', '111222333', 'Kind', 'Semmie', date '2017-03-01', timestamptz '2026-11-01 10:00:00.7+01'),
                          ('%s', NULL, 'Vader', 'Piet', date '1985-06-12', timestamptz '2026-11-01 10:00+01'),
                          ('%s', '123456782', 'Ander', 'Anna', date '2000-01-01', timestamptz '2026-11-01 10:00+01')"""
                        .formatted(OLDEST, SECOND, THIRD, FATHER, OTHER_BSN));
                for (String d : new String[] {D1, D2}) {
                    s.execute("""
                            INSERT INTO dossier (id, reference, team_id, status, opened_on, created_at, updated_at)
                            VALUES ('%s', 'VT-%s', '%s', 'OPEN', date '2026-11-01', now(), now())""".formatted(d, d, TEAM));
                }
                s.execute("""
                        INSERT INTO dossier_person (dossier_id, person_id, role) VALUES
                          ('%1$s', '%3$s', 'CHILD'), ('%1$s', '%4$s', 'CHILD'), ('%1$s', '%6$s', 'ALLEGED_PERPETRATOR'),
                          ('%2$s', '%5$s', 'CHILD'), ('%2$s', '%7$s', 'OTHER')"""
                        .formatted(D1, D2, OLDEST, SECOND, THIRD, FATHER, OTHER_BSN));
                s.execute("""
                        INSERT INTO report (id, reference, dossier_id, team_id, ex_officio, channel, received_at, reporter_type,
                            reporter_anonymous, concern, violence_types, persons_aware, acute, status, classification,
                            earlier_dossier_ids, assessment_due_on, created_by, created_at)
                        VALUES ('00000000-0000-0000-0000-0000000000a1', 'M-1', '%s', '%s', false, 'PHONE', now(), 'PRIVATE',
                            false, 'Zorg', '{CHILD_ABUSE}', 'UNKNOWN', false, 'TO_VERIFY', 'FIRST_REPORT', '{}',
                            date '2026-11-06', '%s', now())""".formatted(D1, TEAM, USER));
                s.execute("""
                        INSERT INTO report_person (report_id, person_id, role) VALUES
                          ('00000000-0000-0000-0000-0000000000a1', '%s', 'CHILD'),
                          ('00000000-0000-0000-0000-0000000000a1', '%s', 'CHILD')""".formatted(OLDEST, THIRD));
                s.execute("""
                        INSERT INTO advice_request (id, reference, team_id, channel, received_at, seeker_name,
                            seeker_name_made_up, seeker_type, concern, violence_types, created_by, created_at)
                        VALUES ('00000000-0000-0000-0000-0000000000b1', 'A-1', '%s', 'PHONE', now(), 'Buurvrouw', false,
                            'PRIVATE', 'Zorg', '{CHILD_ABUSE}', '%s', now())""".formatted(TEAM, USER));
                s.execute("""
                        INSERT INTO advice_request_person (advice_request_id, person_id, role)
                        VALUES ('00000000-0000-0000-0000-0000000000b1', '%s', 'CHILD')""".formatted(SECOND));
                s.execute("""
                        INSERT INTO restraining_order (id, dossier_id, starts_at, ends_at, ordered_out_person_id,
                            protected_person_ids, child_abuse_reason, registered_by, registered_at)
                        VALUES ('00000000-0000-0000-0000-0000000000c1', '%s', now(), now() + interval '10 days', '%s',
                            '{%s,%s,%s}', false, '%s', now())""".formatted(D1, FATHER, SECOND, OTHER_BSN, OLDEST, USER));
                s.execute("""
                        INSERT INTO aware_application (id, dossier_id, victim_id, perpetrator_id, fear_description, applied_on,
                            created_by, created_at)
                        VALUES ('00000000-0000-0000-0000-0000000000c2', '%s', '%s', '%s', 'Angst', date '2026-11-02', '%s', now())"""
                        .formatted(D1, THIRD, FATHER, USER));
                s.execute("""
                        INSERT INTO follow_up_track (id, dossier_id, kind, status, origin, started_on, created_at, updated_at)
                        VALUES ('00000000-0000-0000-0000-0000000000c3', '%s', 'INVESTIGATION', 'IN_PROGRESS', 'ASSESSMENT',
                            date '2026-11-02', now(), now())""".formatted(D1));
                s.execute("""
                        INSERT INTO investigation_conversation (id, track_id, person_id, role, planned_on, created_at)
                        VALUES ('00000000-0000-0000-0000-0000000000c4', '00000000-0000-0000-0000-0000000000c3', '%s', 'CHILD',
                            date '2026-11-03', now())""".formatted(SECOND));
            }
            flyway(server, "latest").migrate();
            try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                assertThat(column(s, "SELECT id::text || ' ' || given_names FROM person WHERE bsn = '111222333'"))
                        .isEqualTo(OLDEST + " Sem");
                assertThat(column(s, "SELECT count(*) FROM person")).isEqualTo("3");
                assertThat(column(s, "SELECT string_agg(merged_id::text || '>' || person_id::text, ',' ORDER BY merged_id) FROM person_merged"))
                        .isEqualTo(SECOND + ">" + OLDEST + "," + THIRD + ">" + OLDEST);
                assertThat(column(s, "SELECT string_agg(dossier_id::text || ' ' || role, ',' ORDER BY dossier_id) FROM dossier_person WHERE person_id = '" + OLDEST + "'"))
                        .isEqualTo(D1 + " CHILD," + D2 + " CHILD");
                assertThat(column(s, "SELECT count(*) FROM dossier_person")).isEqualTo("4");
                assertThat(column(s, "SELECT string_agg(person_id::text, ',') FROM report_person")).isEqualTo(OLDEST);
                assertThat(column(s, "SELECT string_agg(person_id::text, ',') FROM advice_request_person")).isEqualTo(OLDEST);
                assertThat(column(s, "SELECT ordered_out_person_id::text || ' ' || protected_person_ids::text FROM restraining_order"))
                        .isEqualTo(FATHER + " {" + OLDEST + "," + OTHER_BSN + "}");
                assertThat(column(s, "SELECT victim_id::text || ' ' || perpetrator_id::text FROM aware_application"))
                        .isEqualTo(OLDEST + " " + FATHER);
                assertThat(column(s, "SELECT person_id::text FROM investigation_conversation")).isEqualTo(OLDEST);
                assertThatThrownBy(() -> s.execute("INSERT INTO person (id, bsn, surname, created_at) VALUES "
                        + "('00000000-0000-0000-0000-0000000000ff', '111222333', 'Kind', now())"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("person_bsn");
            }
        }
    }

    private static String column(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }

    private static Flyway flyway(EmbeddedPostgres server, String target) {
        return Flyway.configure().dataSource(server.getPostgresDatabase()).locations("classpath:db/migration")
                .placeholders(Map.of("appRole", "vangnet_app")).target(target).load();
    }
}
