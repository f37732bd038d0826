package nl.vangnet.accesslog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import nl.vangnet.staff.StaffDirectory;
import nl.vangnet.staff.TestLogins;
import nl.vangnet.support.IntegrationTest;
import nl.vangnet.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.test.web.servlet.MockMvc;

/** The daily check raises an alert on a broken chain; the FG sees it on every page until it is resolved. */
@IntegrationTest
class IntegrityAlertIT {

    /** Verifying the chain does not look up persons. */
    private static final PersonIdentities NO_MERGED_PERSONS = person -> Set.of();

    @Autowired MockMvc mvc;
    @Autowired @FlywayDataSource DataSource owner;
    @Autowired AccessLog accessLog;
    @Autowired DossierTeams dossierTeams;
    @Autowired AccessLogRows rows;
    @Autowired AccessLogLabels labels;
    @Autowired JdbcClient jdbc;
    @Autowired StaffDirectory directory;
    @Autowired MutableClock clock;

    @Test
    void theDailyCheckRaisesAnAlertWhenTheChainIsBroken() throws Exception {
        try (Connection c = owner.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("ALTER TABLE access_log_entry DISABLE TRIGGER USER");
                s.execute("UPDATE access_log_entry SET reason = 'gewijzigd' WHERE seq = 1");
                JdbcClient tx = JdbcClient.create(new SingleConnectionDataSource(c, true));
                new AccessLogReview(new AccessLogStore(tx, NO_MERGED_PERSONS), accessLog, dossierTeams, rows, labels, tx, clock)
                        .dailyCheck();
                assertThat(tx.sql("SELECT detail FROM integrity_alert WHERE resolved_at IS NULL").query(String.class).list())
                        .anySatisfy(d -> assertThat(d).contains("verbroken bij regel 1"));
                assertThat(tx.sql("SELECT valid FROM access_log_check ORDER BY checked_at DESC LIMIT 1").query(Boolean.class).single())
                        .isFalse();
            } finally {
                c.rollback();
            }
        }
    }

    @Test
    void theFgSeesAnOpenAlertOnEveryPageUntilItIsResolved() throws Exception {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO integrity_alert (id, raised_at, kind, detail) VALUES (:id, now(), 'ACCESS_LOG_CHAIN', 'Testmelding keten')")
                .param("id", id).update();
        var fg = authentication(TestLogins.authentication(directory, clock, "fg"));
        var worker = authentication(TestLogins.authentication(directory, clock, "medewerker"));
        mvc.perform(get("/werkvoorraad").with(fg)).andExpect(content().string(containsString("Testmelding keten")));
        mvc.perform(get("/werkvoorraad").with(worker)).andExpect(content().string(not(containsString("Testmelding keten"))));
        mvc.perform(post("/toegangslog/meldingen/" + id + "/afgehandeld").with(fg).with(csrf()));
        mvc.perform(get("/werkvoorraad").with(fg)).andExpect(content().string(not(containsString("Testmelding keten"))));
    }

    @Test
    void theFgChecksTheChainFromTheAccessLogPage() throws Exception {
        var fg = authentication(TestLogins.authentication(directory, clock, "fg"));
        var flash = mvc.perform(post("/toegangslog/controle").with(fg).with(csrf())).andReturn().getFlashMap();
        assertThat(((ChainVerification) flash.get("verification")).valid()).isTrue();
        mvc.perform(get("/toegangslog").with(fg)).andExpect(content().string(containsString("Toegangslog")))
                .andExpect(content().string(containsString("ACCESS_LOG_VERIFY")));
    }
}
