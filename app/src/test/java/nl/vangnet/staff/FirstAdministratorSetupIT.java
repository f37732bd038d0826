package nl.vangnet.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import nl.vangnet.platform.Installation;
import nl.vangnet.platform.InstallationMode;
import nl.vangnet.support.MutableClock;
import nl.vangnet.support.TestClockConfiguration;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** A fresh live installation: no default password, no demo credentials, a one-time setup for the first admin. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FirstAdministratorSetupIT {

    @Autowired MockMvc mvc;
    @Autowired FirstAdministratorSetup setup;
    @Autowired StaffDirectory directory;
    @Autowired Installation installation;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired MutableClock clock;

    @Test
    @Order(1)
    void aFreshLiveDatabaseHasNoUsersNoDemoBannerAndNoDemoCredentials() throws Exception {
        assertThat(installation.mode()).isEqualTo(InstallationMode.LIVE);
        assertThat(directory.hasPersons()).isFalse();
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("fictieve gegevens"))));
        mvc.perform(post("/login").with(csrf()).param("username", "medewerker").param("password", "vangnet-demo"))
                .andExpect(content().string(Matchers.containsString("Gebruikersnaam of wachtwoord onjuist")));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer demo-fg")).andExpect(status().isUnauthorized());
        mvc.perform(get("/setup")).andExpect(status().isOk());
    }

    @Test
    @Order(2)
    void aWrongSetupTokenIsRefusedAndKeepsWhatWasTyped() throws Exception {
        mvc.perform(post("/setup").with(csrf()).param("token", "geraden").param("username", "beheerder")
                        .param("displayName", "Bea Beheer").param("password", "een-lange-zin-als-wachtwoord"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("setup-token is onjuist")))
                .andExpect(content().string(Matchers.containsString("value=\"Bea Beheer\"")));
        assertThat(directory.hasPersons()).isFalse();
    }

    @Test
    @Order(3)
    void theSetupTokenCreatesTheFirstAdministratorOnceAndThenSetupCloses() throws Exception {
        String token = transactions.execute(s -> setup.newSetupToken());
        mvc.perform(post("/setup").with(csrf()).param("token", token).param("username", "beheerder")
                        .param("displayName", "Bea Beheer").param("password", "een-lange-zin-als-wachtwoord"))
                .andExpect(redirectedUrl("/login?ingericht"));
        StaffUser admin = directory.findByUsername("beheerder").orElseThrow();
        assertThat(admin.roles()).containsExactly(Role.APPLICATION_ADMIN);
        assertThat(admin.totpEnrolled()).isFalse();
        mvc.perform(get("/setup")).andExpect(redirectedUrl("/login"));
        assertThatThrownBy(() -> setup.createFirstAdministrator(token, "tweede", "Tweede", "een-lange-zin-als-wachtwoord"))
                .hasMessageContaining("setup-token is onjuist");
        // The administrator logs in and must link an authenticator first.
        mvc.perform(post("/login").with(csrf()).param("username", "beheerder").param("password", "een-lange-zin-als-wachtwoord"))
                .andExpect(redirectedUrl("/login/koppelen"));
    }

    @Test
    @Order(4)
    void anExpiredSetupTokenIsRefused() {
        jdbc.sql("DELETE FROM staff_user_role").update();
        jdbc.sql("DELETE FROM staff_user_team").update();
        jdbc.sql("DELETE FROM staff_user").update();
        String token = transactions.execute(s -> setup.newSetupToken());
        clock.advance(FirstAdministratorSetup.TOKEN_VALIDITY.plusSeconds(1));
        assertThatThrownBy(() -> setup.createFirstAdministrator(token, "laat", "Te Laat", "een-lange-zin-als-wachtwoord"))
                .hasMessageContaining("verlopen");
    }

    @Test
    @Order(5)
    void theDemoProfileRefusesALiveDatabase() {
        MockEnvironment demo = new MockEnvironment();
        demo.setActiveProfiles("demo");
        Installation asDemo = new Installation(jdbc, Clock.systemUTC(), demo);
        assertThatThrownBy(() -> transactions.executeWithoutResult(s -> asDemo.claim(true)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("demo profile refuses");
    }
}
