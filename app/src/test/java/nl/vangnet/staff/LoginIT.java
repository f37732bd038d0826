package nl.vangnet.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.vangnet.support.IntegrationTest;
import nl.vangnet.support.MutableClock;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@IntegrationTest
class LoginIT {

    @Autowired MockMvc mvc;
    @Autowired StaffDirectory directory;
    @Autowired SecondFactor secondFactor;
    @Autowired MutableClock clock;
    @Autowired Environment environment;

    @Test
    void aPasswordAloneReachesNoPageWithPersonalData() throws Exception {
        MockHttpSession session = new MockHttpSession();
        passwordStep(session, "medewerker", TestLogins.DEMO_PASSWORD).andExpect(redirectedUrl("/login/code"));
        mvc.perform(get("/werkvoorraad").session(session)).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/dossiers").session(session)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void passwordAndAuthenticatorCodeOpenTheWorkList() throws Exception {
        MockHttpSession session = loginAs("medewerker");
        mvc.perform(get("/werkvoorraad").session(session)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("VT-")));
    }

    @Test
    void aWrongAuthenticatorCodeIsRefused() throws Exception {
        MockHttpSession session = new MockHttpSession();
        passwordStep(session, "jurist", TestLogins.DEMO_PASSWORD).andExpect(redirectedUrl("/login/code"));
        mvc.perform(post("/login/code").session(session).with(csrf()).param("code", TestLogins.wrongCode(secondFactor, TestLogins.DEMO_SECRET)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("De code is onjuist of verlopen")));
        mvc.perform(get("/werkvoorraad").session(session)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void aCodeCannotBeUsedTwice() throws Exception {
        String code = TestLogins.nextCode(secondFactor, clock, TestLogins.DEMO_SECRET);
        MockHttpSession first = new MockHttpSession();
        passwordStep(first, "vertrouwensarts", TestLogins.DEMO_PASSWORD);
        mvc.perform(post("/login/code").session(first).with(csrf()).param("code", code))
                .andExpect(redirectedUrl("/werkvoorraad"));
        MockHttpSession second = new MockHttpSession();
        passwordStep(second, "vertrouwensarts", TestLogins.DEMO_PASSWORD);
        mvc.perform(post("/login/code").session(second).with(csrf()).param("code", code))
                .andExpect(content().string(Matchers.containsString("De code is onjuist of verlopen")));
    }

    @Test
    void anUnknownUserAndAWrongPasswordGetTheSameAnswer() throws Exception {
        String unknown = mvc.perform(post("/login").with(csrf()).param("username", "bestaat-niet-" + UUID.randomUUID())
                .param("password", "iets-anders-123")).andReturn().getResponse().getContentAsString();
        String wrong = mvc.perform(post("/login").with(csrf()).param("username", "secretariaat")
                .param("password", "fout-wachtwoord-1")).andReturn().getResponse().getContentAsString();
        assertThat(errorOf(unknown)).isEqualTo(errorOf(wrong)).contains("Gebruikersnaam of wachtwoord onjuist");
    }

    @Test
    void repeatedFailuresAreThrottledForKnownAndUnknownUsersAlike() throws Exception {
        StaffUser user = newUser(EnumSet.of(Role.CASE_WORKER));
        String unknown = "onbekend-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS; i++) {
            passwordStep(new MockHttpSession(), user.username(), "fout-wachtwoord-" + i);
            passwordStep(new MockHttpSession(), unknown, "fout-wachtwoord-" + i);
        }
        // Even the right password is refused while the lock lasts, and the answer says when to try again.
        String known = passwordStep(new MockHttpSession(), user.username(), "juist-wachtwoord-42")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String other = passwordStep(new MockHttpSession(), unknown, "juist-wachtwoord-42")
                .andReturn().getResponse().getContentAsString();
        assertThat(errorOf(known)).contains("Te veel mislukte pogingen").isEqualTo(errorOf(other));

        clock.advance(LoginThrottle.lockFor(LoginThrottle.FREE_ATTEMPTS).plusSeconds(1));
        passwordStep(new MockHttpSession(), user.username(), "juist-wachtwoord-42")
                .andExpect(redirectedUrl("/login/koppelen"));
    }

    @Test
    void theSessionIdChangesAtLogin() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String before = session.getId();
        passwordStep(session, "crisisdienst", TestLogins.DEMO_PASSWORD);
        String afterPassword = session.getId();
        mvc.perform(post("/login/code").session(session).with(csrf())
                .param("code", TestLogins.nextCode(secondFactor, clock, TestLogins.DEMO_SECRET)))
                .andExpect(redirectedUrl("/werkvoorraad"));
        assertThat(afterPassword).isNotEqualTo(before);
        assertThat(session.getId()).isNotEqualTo(afterPassword);
    }

    @Test
    void logoutEndsTheSessionOnTheServer() throws Exception {
        MockHttpSession session = loginAs("teamleider");
        mvc.perform(post("/logout").session(session).with(csrf())).andExpect(redirectedUrl("/login?afgemeld"));
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void aSessionEndsAfterTwelveHoursEvenWhenActive() throws Exception {
        MockHttpSession session = loginAs("gedragswetenschapper");
        clock.advance(Duration.ofHours(11));
        mvc.perform(get("/werkvoorraad").session(session)).andExpect(status().isOk());
        clock.advance(Duration.ofHours(1).plusMinutes(1));
        mvc.perform(get("/werkvoorraad").session(session)).andExpect(redirectedUrl("/login?verlopen"));
    }

    @Test
    void theIdleTimeoutIsThirtyMinutes() {
        assertThat(environment.getProperty("server.servlet.session.timeout")).isEqualTo("30m");
    }

    @Test
    void theFirstLoginEnrolsTheAuthenticatorByQrCodeAndAsksForANewPassword() throws Exception {
        StaffUser user = newUser(EnumSet.of(Role.CASE_WORKER));
        MockHttpSession session = new MockHttpSession();
        passwordStep(session, user.username(), "juist-wachtwoord-42").andExpect(redirectedUrl("/login/koppelen"));
        String page = mvc.perform(get("/login/koppelen").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("src=\"data:image/png;base64,");
        String code = TestLogins.nextCode(secondFactor, clock, enrolmentSecret(session));
        mvc.perform(post("/login/koppelen").session(session).with(csrf()).param("code", code))
                .andExpect(redirectedUrl("/werkvoorraad"));
        // A password set by beheer must be replaced before anything else.
        mvc.perform(get("/werkvoorraad").session(session)).andExpect(redirectedUrl("/mijn/wachtwoord"));
        mvc.perform(post("/mijn/wachtwoord").session(session).with(csrf()).param("currentPassword", "juist-wachtwoord-42")
                .param("newPassword", "kort")
                .param("repeatPassword", "kort")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("ten minste 12 tekens")));
        mvc.perform(post("/mijn/wachtwoord").session(session).with(csrf()).param("currentPassword", "juist-wachtwoord-42")
                .param("newPassword", "een-lange-zin-als-wachtwoord").param("repeatPassword", "een-lange-zin-als-wachtwoord"))
                .andExpect(redirectedUrl("/werkvoorraad"));
        mvc.perform(get("/werkvoorraad").session(session)).andExpect(status().isOk());
        assertThat(directory.findById(user.id()).orElseThrow().totpEnrolled()).isTrue();
    }

    @Test
    void disablingAUserEndsTheirSessionsAtOnce() throws Exception {
        StaffUser user = newUser(EnumSet.of(Role.CASE_WORKER));
        MockHttpSession session = enrolAndLogin(user);
        mvc.perform(get("/werkvoorraad").session(session)).andExpect(status().isOk());
        directory.disable(user.id(), directory.findByUsername("applicatiebeheer").orElseThrow().id());
        mvc.perform(get("/werkvoorraad").session(session)).andExpect(redirectedUrl("/login?verlopen"));
        passwordStep(new MockHttpSession(), user.username(), "een-ander-wachtwoord-7")
                .andExpect(content().string(Matchers.containsString("Gebruikersnaam of wachtwoord onjuist")));
    }

    @Test
    void resettingTheSecondFactorEndsSessionsAndAsksForANewEnrolment() throws Exception {
        StaffUser user = newUser(EnumSet.of(Role.CASE_WORKER));
        MockHttpSession session = enrolAndLogin(user);
        directory.resetSecondFactor(user.id());
        mvc.perform(get("/werkvoorraad").session(session)).andExpect(redirectedUrl("/login?verlopen"));
        passwordStep(new MockHttpSession(), user.username(), "een-ander-wachtwoord-7")
                .andExpect(redirectedUrl("/login/koppelen"));
    }

    @Test
    void aPostWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/login").param("username", "medewerker").param("password", TestLogins.DEMO_PASSWORD))
                .andExpect(status().isForbidden());
    }

    MockHttpSession loginAs(String username) throws Exception {
        MockHttpSession session = new MockHttpSession();
        passwordStep(session, username, TestLogins.DEMO_PASSWORD).andExpect(redirectedUrl("/login/code"));
        mvc.perform(post("/login/code").session(session).with(csrf())
                .param("code", TestLogins.nextCode(secondFactor, clock, TestLogins.DEMO_SECRET)))
                .andExpect(redirectedUrl("/werkvoorraad"));
        return session;
    }

    private MockHttpSession enrolAndLogin(StaffUser user) throws Exception {
        MockHttpSession session = new MockHttpSession();
        passwordStep(session, user.username(), "juist-wachtwoord-42").andExpect(redirectedUrl("/login/koppelen"));
        String secret = enrolmentSecret(session);
        mvc.perform(post("/login/koppelen").session(session).with(csrf())
                .param("code", TestLogins.nextCode(secondFactor, clock, secret))).andExpect(redirectedUrl("/werkvoorraad"));
        directory.changePassword(user.id(), "een-ander-wachtwoord-7");
        return session;
    }

    private StaffUser newUser(Set<Role> roles) {
        String username = "test-" + UUID.randomUUID().toString().substring(0, 8);
        return directory.createPerson(new StaffDirectory.NewStaffMember(username, "Test " + username,
                "juist-wachtwoord-42", roles, Set.copyOf(directory.findByUsername("medewerker").orElseThrow().teamIds()), true));
    }

    private ResultActions passwordStep(MockHttpSession session, String username,
            String password) throws Exception {
        // Each from its own address, so that these tests' failures never add up to the per-address throttle.
        return mvc.perform(post("/login").session(session).with(csrf())
                .with(AccountConfirmationIT.from(AccountConfirmationIT.randomAddress()))
                .param("username", username).param("password", password));
    }

    private static String errorOf(String html) {
        Matcher m = Pattern.compile("<div class=\"error-summary\"[^>]*>\\s*<p>([^<]*)</p>").matcher(html);
        return m.find() ? m.group(1).strip() : "";
    }

    private String enrolmentSecret(MockHttpSession session) throws Exception {
        String page = mvc.perform(get("/login/koppelen").session(session)).andReturn().getResponse().getContentAsString();
        Matcher secret = Pattern.compile("<code class=\"secret\">([A-Z2-7 ]+)</code>").matcher(page);
        assertThat(secret.find()).as("the enrolment page shows the secret").isTrue();
        return secret.group(1).replace(" ", "");
    }
}
