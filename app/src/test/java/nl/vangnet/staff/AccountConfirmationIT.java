package nl.vangnet.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.vangnet.support.IntegrationTest;
import nl.vangnet.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Sensitive changes of one's own account need proof that it is the account's owner at the keyboard: the current
 * password to change the password; the password and a fresh second-factor code to create an API token. And the
 * password step is throttled per client address as well as per username.
 */
@IntegrationTest
class AccountConfirmationIT {

    static final String PASSWORD = "juist-wachtwoord-42";

    @Autowired MockMvc mvc;
    @Autowired StaffDirectory directory;
    @Autowired SecondFactor secondFactor;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;

    @Test
    void changingThePasswordNeedsTheCurrentOneAndAWrongOneChangesNothing() throws Exception {
        StaffUser user = newUser();
        String before = passwordHash(user);
        mvc.perform(post("/mijn/wachtwoord").with(as(user)).with(csrf()).param("currentPassword", "niet-mijn-wachtwoord-1")
                        .param("newPassword", "een-nieuw-lang-wachtwoord").param("repeatPassword", "een-nieuw-lang-wachtwoord"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Het huidige wachtwoord is onjuist.")))
                .andExpect(content().string(containsString("id=\"currentPassword-fout\"")));
        mvc.perform(post("/mijn/wachtwoord").with(as(user)).with(csrf())
                        .param("newPassword", "een-nieuw-lang-wachtwoord").param("repeatPassword", "een-nieuw-lang-wachtwoord"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Het huidige wachtwoord is onjuist.")));
        assertThat(passwordHash(user)).as("a refused change changes nothing").isEqualTo(before);

        mvc.perform(post("/mijn/wachtwoord").with(as(user)).with(csrf()).param("currentPassword", PASSWORD)
                        .param("newPassword", "een-nieuw-lang-wachtwoord").param("repeatPassword", "een-nieuw-lang-wachtwoord"))
                .andExpect(redirectedUrl("/werkvoorraad"));
        assertThat(passwordHash(user)).isNotEqualTo(before);
    }

    @Test
    void creatingATokenNeedsThePasswordAndAFreshSecondFactorCode() throws Exception {
        StaffUser user = newUser();
        String secret = secondFactor.newSecret();
        directory.enrolSecondFactor(user.id(), secret, secondFactor.currentStep() - 10);

        createToken(user, null, null).andExpect(status().isOk())
                .andExpect(content().string(containsString("Het huidige wachtwoord is onjuist.")));
        createToken(user, "niet-mijn-wachtwoord-1", TestLogins.nextCode(secondFactor, clock, secret))
                .andExpect(content().string(containsString("Het huidige wachtwoord is onjuist.")))
                .andExpect(content().string(containsString("value=\"script\"")));
        createToken(user, PASSWORD, TestLogins.wrongCode(secondFactor, secret))
                .andExpect(content().string(containsString("De code is onjuist of al gebruikt.")))
                .andExpect(content().string(containsString("id=\"code-fout\"")));
        createToken(user, PASSWORD, "").andExpect(content().string(containsString("De code is onjuist of al gebruikt.")));
        assertThat(tokenCount(user)).as("a refused request stores nothing").isZero();

        String code = TestLogins.nextCode(secondFactor, clock, secret);
        createToken(user, PASSWORD, code).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"nieuw-token\">vn_")));
        assertThat(tokenCount(user)).isEqualTo(1);
        // The same code again is a replay, refused even though it is still within its 30 seconds.
        createToken(user, PASSWORD, code).andExpect(content().string(containsString("De code is onjuist of al gebruikt.")));
        assertThat(tokenCount(user)).isEqualTo(1);
    }

    @Test
    void beheerConfirmsWithItsOwnPasswordAndCodeBeforeCreatingAServiceAccountToken() throws Exception {
        StaffUser service = directory.createServiceAccount("svc-" + UUID.randomUUID().toString().substring(0, 8),
                "Koppeling", EnumSet.of(Role.SECRETARIAT));
        RequestPostProcessor admin = authentication(TestLogins.authentication(directory, clock, "applicatiebeheer"));
        mvc.perform(post("/beheer/gebruikers/" + service.id() + "/tokens").with(admin).with(csrf())
                        .param("name", "koppeling").param("days", "365"))
                .andExpect(content().string(containsString("Het huidige wachtwoord is onjuist.")));
        assertThat(tokenCount(service)).isZero();
        mvc.perform(post("/beheer/gebruikers/" + service.id() + "/tokens").with(admin).with(csrf())
                        .param("name", "koppeling").param("days", "365").param("currentPassword", TestLogins.DEMO_PASSWORD)
                        .param("code", TestLogins.nextCode(secondFactor, clock, TestLogins.DEMO_SECRET)))
                .andExpect(content().string(containsString("<code class=\"secret\">vn_")));
        assertThat(tokenCount(service)).isEqualTo(1);
    }

    @Test
    void manyUsernamesFromOneAddressAreThrottledWhileAnotherAddressIsNot() throws Exception {
        StaffUser user = newUser();
        String sprayer = randomAddress();
        String colleague = randomAddress();
        for (int i = 0; i < 30; i++) {
            login("onbekend-" + UUID.randomUUID().toString().substring(0, 8), "Zomer2026!wachtwoord", sprayer);
        }
        login(user.username(), PASSWORD, sprayer).andExpect(status().isOk())
                .andExpect(content().string(containsString("Te veel mislukte pogingen")));
        login(user.username(), PASSWORD, colleague).andExpect(redirectedUrl("/login/koppelen"));
    }

    private ResultActions login(String username, String password, String address) throws Exception {
        return mvc.perform(post("/login").session(new MockHttpSession()).with(csrf()).with(from(address))
                .param("username", username).param("password", password));
    }

    private ResultActions createToken(StaffUser user, String password, String code) throws Exception {
        var request = post("/mijn/tokens").with(as(user)).with(csrf()).param("name", "script").param("days", "30");
        if (password != null) {
            request.param("currentPassword", password);
        }
        if (code != null) {
            request.param("code", code);
        }
        return mvc.perform(request);
    }

    private RequestPostProcessor as(StaffUser user) {
        return authentication(TestLogins.authentication(directory, clock, user.username()));
    }

    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    /** An address in 10.0.0.0/8 that no other test uses. */
    static String randomAddress() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + (1 + r.nextInt(254));
    }

    private StaffUser newUser() {
        String username = "konto-" + UUID.randomUUID().toString().substring(0, 8);
        return directory.createPerson(new StaffDirectory.NewStaffMember(username, "Test " + username, PASSWORD,
                EnumSet.of(Role.CASE_WORKER), Set.copyOf(directory.findByUsername("medewerker").orElseThrow().teamIds()),
                false));
    }

    private String passwordHash(StaffUser user) {
        return jdbc.sql("SELECT password_hash FROM staff_user WHERE id = :id").param("id", user.id()).query(String.class)
                .single();
    }

    private long tokenCount(StaffUser user) {
        return jdbc.sql("SELECT count(*) FROM api_token WHERE user_id = :id").param("id", user.id()).query(Long.class)
                .single();
    }
}
