package nl.vangnet.accesslog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import nl.vangnet.dossier.DossierOpening;
import nl.vangnet.dossier.Dossiers;
import nl.vangnet.dossier.NewDossier;
import nl.vangnet.person.NewPerson;
import nl.vangnet.person.PersonRole;
import nl.vangnet.staff.StaffDirectory;
import nl.vangnet.staff.TestLogins;
import nl.vangnet.support.IntegrationTest;
import nl.vangnet.support.MutableClock;
import nl.vangnet.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

@IntegrationTest
class AccessLogIT {

    /** Verifying the chain does not look up persons. */
    private static final PersonIdentities NO_MERGED_PERSONS = person -> Set.of();

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired DataSource runtime;
    @Autowired @FlywayDataSource DataSource owner;
    @Autowired AccessLogStore store;
    @Autowired Dossiers dossiers;
    @Autowired DossierOpening opening;
    @Autowired StaffDirectory directory;
    @Autowired MutableClock clock;

    @Test
    void readingADossierWritesOneEntryWithWhoWhatWhenWhereAndTheRequestId() throws Exception {
        UUID dossier = firstDossierOf("demo-medewerker");
        long before = lastSeq();
        MvcResult result = mvc.perform(get("/api/v1/dossiers/" + dossier).header("Authorization", "Bearer demo-medewerker"))
                .andExpect(status().isOk()).andReturn();
        List<AccessLogEntry> entries = store.find(new AccessLogQuery(dossier, null, null, null, null, 10)).stream()
                .filter(e -> e.seq() > before).toList();
        assertThat(entries).hasSize(1);
        AccessLogEntry entry = entries.getFirst();
        assertThat(entry.action()).isEqualTo(AccessAction.READ);
        assertThat(entry.actorName()).isEqualTo("medewerker");
        assertThat(entry.actorKind()).isEqualTo("PERSON");
        assertThat(entry.roleUsed()).isEqualTo("CASE_WORKER");
        assertThat(entry.outcome()).isEqualTo(AccessOutcome.ALLOWED);
        assertThat(entry.dossierIds()).containsExactly(dossier);
        assertThat(entry.personIds()).isNotEmpty();
        assertThat(entry.clientIp()).isEqualTo("127.0.0.1");
        assertThat(entry.requestId()).isEqualTo(result.getResponse().getHeader("X-Request-ID"));
        assertThat(entry.occurredAt()).isEqualTo(clock.instant().truncatedTo(ChronoUnit.MICROS));
    }

    @Test
    void aDeniedAccessIsLoggedToo() throws Exception {
        UUID dossier = firstDossierOf("demo-medewerker");
        long before = lastSeq();
        mvc.perform(get("/api/v1/dossiers/" + dossier).header("Authorization", "Bearer demo-jurist"))
                .andExpect(status().isForbidden());
        List<AccessLogEntry> entries = store.find(new AccessLogQuery(dossier, null, null, null, null, 10)).stream()
                .filter(e -> e.seq() > before).toList();
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.outcome()).isEqualTo(AccessOutcome.DENIED);
            assertThat(e.actorName()).isEqualTo("jurist");
        });
    }

    @Test
    void readingTheLogIsItselfLogged() throws Exception {
        long before = lastSeq();
        mvc.perform(get("/api/v1/access-log").param("limit", "5").header("Authorization", "Bearer demo-fg"))
                .andExpect(status().isOk());
        assertThat(store.find(new AccessLogQuery(null, null, null, null, null, 5)))
                .anyMatch(e -> e.seq() > before && e.action() == AccessAction.ACCESS_LOG_READ && e.actorName().equals("fg"));
    }

    @Test
    void aTeamleiderReadsTheLogOfTheirTeamsDossierOnly() throws Exception {
        UUID dossier = firstDossierOf("demo-medewerker");
        mvc.perform(get("/api/v1/access-log").param("dossierId", dossier.toString())
                .header("Authorization", "Bearer demo-teamleider")).andExpect(status().isOk());
        mvc.perform(get("/api/v1/access-log").header("Authorization", "Bearer demo-teamleider"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("dossierId"));
        mvc.perform(get("/api/v1/access-log").param("dossierId", UUID.randomUUID().toString())
                .header("Authorization", "Bearer demo-teamleider")).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/access-log").param("dossierId", dossier.toString())
                .header("Authorization", "Bearer demo-medewerker")).andExpect(status().isForbidden());
    }

    @Test
    void theVerifyEndpointChecksTheWholeChainForTheFgOnly() throws Exception {
        mvc.perform(get("/api/v1/access-log/verify").header("Authorization", "Bearer demo-fg"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.valid").value(true))
                .andExpect(jsonPath("$.checked").isNumber());
        mvc.perform(get("/api/v1/access-log/verify").header("Authorization", "Bearer demo-teamleider"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theRuntimeRoleCanAppendAndReadButNeverChangeTheLog() throws SQLException {
        try (Connection c = runtime.getConnection(); Statement s = c.createStatement()) {
            assertThat(c.getMetaData().getUserName()).isEqualTo("vangnet_app");
            s.executeQuery("SELECT count(*) FROM access_log_entry").close();
            for (String sql : List.of("UPDATE access_log_entry SET reason = 'x' WHERE seq = 1",
                    "DELETE FROM access_log_entry WHERE seq = 1", "TRUNCATE access_log_entry",
                    "ALTER TABLE access_log_entry DISABLE TRIGGER USER", "DROP TABLE access_log_entry")) {
                assertThatThrownBy(() -> s.execute(sql)).as(sql).isInstanceOf(SQLException.class)
                        .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isIn("42501"));
            }
        }
    }

    @Test
    void anEditedEntryIsDetected() throws SQLException {
        assertTampering("UPDATE access_log_entry SET actor_name = 'iemand-anders' WHERE seq = 2", 2);
    }

    @Test
    void aDeletedEntryIsDetected() throws SQLException {
        assertTampering("DELETE FROM access_log_entry WHERE seq = 2", 2);
    }

    @Test
    void anEntryRemovedFromTheEndIsDetected() throws SQLException {
        long last = lastSeq();
        assertTampering("DELETE FROM access_log_entry WHERE seq = (SELECT max(seq) FROM access_log_entry)", last);
    }

    @Test
    void anInsertedEntryIsDetectedEvenWhenItsOwnHashIsRight() throws SQLException {
        try (Connection c = owner.getConnection()) {
            c.setAutoCommit(false);
            try {
                execute(c, "ALTER TABLE access_log_entry DISABLE TRIGGER USER");
                execute(c, "UPDATE access_log_entry SET seq = seq + 1000000000 WHERE seq >= 3");
                execute(c, "UPDATE access_log_entry SET seq = seq - 1000000000 + 1 WHERE seq >= 1000000000");
                JdbcClient tx = JdbcClient.create(new SingleConnectionDataSource(c, true));
                AccessLogEntry previous = tx.sql("SELECT * FROM access_log_entry WHERE seq = 2")
                        .query((rs, n) -> rs.getString("hash")).single() instanceof String hash
                        ? forged(3, hash) : null;
                tx.sql("""
                        INSERT INTO access_log_entry (seq, occurred_at, actor_name, actor_kind, action, outcome, prev_hash, hash)
                        VALUES (:seq, :at, :name, 'PERSON', 'READ', 'ALLOWED', :prev, :hash)""")
                        .param("seq", previous.seq()).param("at", Timestamp.from(previous.occurredAt()))
                        .param("name", previous.actorName()).param("prev", previous.prevHash()).param("hash", previous.hash())
                        .update();
                ChainVerification result = new AccessLogStore(tx, NO_MERGED_PERSONS).verify();
                assertThat(result.valid()).isFalse();
                assertThat(result.firstBrokenEntry()).isEqualTo(4);
            } finally {
                c.rollback();
            }
        }
    }

    @Test
    void reorderedEntriesAreDetected() throws SQLException {
        assertTampering("""
                UPDATE access_log_entry SET seq = CASE seq WHEN 2 THEN 3 WHEN 3 THEN 2 END + 1000000000 WHERE seq IN (2, 3);
                UPDATE access_log_entry SET seq = seq - 1000000000 WHERE seq > 1000000000""", 2);
    }

    @Test
    void concurrentWritersProduceOneUnbrokenChain() throws Exception {
        long before = lastSeq();
        int threads = 8;
        int perThread = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                for (int i = 0; i < perThread; i++) {
                    try {
                        mvc.perform(get("/api/v1/dossiers").header("Authorization", "Bearer demo-teamleider"))
                                .andExpect(status().isOk());
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        assertThat(lastSeq() - before).isEqualTo((long) threads * perThread);
        assertThat(store.verify()).isEqualTo(new ChainVerification(true, lastSeq(), null));
    }

    @Test
    void whenTheEntryCannotBeWrittenTheAccessFailsAndLeavesNothingBehind() throws SQLException {
        long dossiersBefore = jdbc.sql("SELECT count(*) FROM dossier").query(Long.class).single();
        long logBefore = lastSeq();
        execute(owner, "REVOKE INSERT ON access_log_entry FROM vangnet_app");
        try {
            SecurityContextHolder.getContext().setAuthentication(TestLogins.authentication(directory, clock, "medewerker"));
            UUID team = directory.findByUsername("medewerker").orElseThrow().teamIds().iterator().next();
            assertThatThrownBy(() -> opening.register(new NewDossier(team, LocalDate.now(clock), List.of(
                    new NewPerson(PersonRole.CHILD, null, "Proef", null, "Kind", LocalDate.of(2015, 1, 1), null)),
                    Set.of()))).isInstanceOf(RuntimeException.class);
        } finally {
            SecurityContextHolder.clearContext();
            execute(owner, "GRANT INSERT ON access_log_entry TO vangnet_app");
        }
        assertThat(jdbc.sql("SELECT count(*) FROM dossier").query(Long.class).single()).isEqualTo(dossiersBefore);
        assertThat(lastSeq()).isEqualTo(logBefore);
    }

    @Test
    void anAllowedAccessOutsideAReadWriteTransactionIsRefused() {
        assertThatThrownBy(() -> new AccessLog(store, clock).allowed(AccessAction.READ, null, Set.of(), Set.of(), null))
                .isInstanceOf(IllegalStateException.class);
    }

    private AccessLogEntry forged(long seq, String prevHash) {
        AccessLogEntry draft = new AccessLogEntry(0, clock.instant().truncatedTo(ChronoUnit.MICROS),
                null, "vervalser", "PERSON", null, null, AccessAction.READ, List.of(), List.of(), null, null,
                AccessOutcome.ALLOWED, null, null, null);
        return draft.chainedTo(seq, prevHash);
    }

    private void assertTampering(String sql, long expectedFirstBroken) throws SQLException {
        try (Connection c = owner.getConnection()) {
            c.setAutoCommit(false);
            try {
                execute(c, "ALTER TABLE access_log_entry DISABLE TRIGGER USER");
                execute(c, sql);
                ChainVerification result = new AccessLogStore(JdbcClient.create(new SingleConnectionDataSource(c, true)), NO_MERGED_PERSONS).verify();
                assertThat(result.valid()).isFalse();
                assertThat(result.firstBrokenEntry()).isEqualTo(expectedFirstBroken);
            } finally {
                c.rollback();
            }
        }
        assertThat(store.verify().valid()).as("the real chain is untouched").isTrue();
    }

    @Test
    void searchingTheLogByAPersonAlsoFindsTheEntriesUnderTheIdsOfDuplicatesMergedIntoThem() throws Exception {
        UUID duplicate = registeredChild();
        UUID kept = registeredChild();
        assertThat(store.find(new AccessLogQuery(null, kept, null, null, null, 100)))
                .isNotEmpty().noneMatch(e -> e.personIds().contains(duplicate));
        // As V15 records a duplicate record of a BSN merged into the kept person; the log keeps naming the old id.
        jdbc.sql("INSERT INTO person_merged (merged_id, person_id, merged_at) VALUES (:m, :p, now())")
                .param("m", duplicate).param("p", kept).update();
        assertThat(store.find(new AccessLogQuery(null, kept, null, null, null, 100)))
                .anyMatch(e -> e.personIds().contains(duplicate)).anyMatch(e -> e.personIds().contains(kept));
    }

    private UUID registeredChild() throws Exception {
        String report = mvc.perform(MockMvcRequestBuilders.post("/api/v1/reports")
                        .header("Authorization", "Bearer demo-medewerker").contentType(MediaType.APPLICATION_JSON)
                        .content(TestData.exampleReport(TestData.randomBsn(),
                                TestData.uniqueSurname("Samengevoegd"))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return UUID.fromString(JsonPath.<List<String>>read(report, "$.persons[?(@.role == 'CHILD')].personId").getFirst());
    }

    private UUID firstDossierOf(String token) throws Exception {
        String json = mvc.perform(get("/api/v1/dossiers").header("Authorization", "Bearer " + token))
                .andReturn().getResponse().getContentAsString();
        return UUID.fromString(JsonPath.read(json, "$[0].id"));
    }

    private long lastSeq() {
        return jdbc.sql("SELECT last_seq FROM access_log_head").query(Long.class).single();
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static void execute(DataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection()) {
            execute(c, sql);
        }
    }
}
