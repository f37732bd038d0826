package nl.vangnet.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import java.time.Clock;
import nl.vangnet.support.IntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class InstallationIT {

    @Autowired Installation installation;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired MockMvc mvc;

    @Test
    void theDemoShowsItsBannerOnTheLoginPage() throws Exception {
        assertThat(installation.mode()).isEqualTo(InstallationMode.DEMO);
        mvc.perform(get("/login")).andExpect(content().string(Matchers.containsString("demo — fictieve gegevens")));
    }

    @Test
    void theLiveApplicationRefusesADemoDatabase() {
        Installation live = new Installation(jdbc, Clock.systemUTC(), new MockEnvironment());
        assertThatThrownBy(() -> transactions.executeWithoutResult(s -> live.claim(true)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("demo data with published passwords");
    }
}
