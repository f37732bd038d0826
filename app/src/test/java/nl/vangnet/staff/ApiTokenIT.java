package nl.vangnet.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.vangnet.platform.BusinessRuleException;
import nl.vangnet.support.IntegrationTest;
import nl.vangnet.support.MutableClock;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class ApiTokenIT {

    @Autowired MockMvc mvc;
    @Autowired ApiTokens tokens;
    @Autowired StaffDirectory directory;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired SecondFactor secondFactor;

    @Test
    void meAnswersTheCallersUsernameNameRolesAndTeams() throws Exception {
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer demo-fg"))
                .andExpect(status().isOk())
                .andExpect(header().string("API-Version", "1.0.0"))
                .andExpect(jsonPath("$.username").value("fg"))
                .andExpect(jsonPath("$.displayName").value("Fatima FG"))
                .andExpect(jsonPath("$.roles[0]").value("DATA_PROTECTION_OFFICER"))
                .andExpect(jsonPath("$.teams[0].name").value("Team Utrecht-Stad"));
    }

    @Test
    void withoutATokenTheApiAnswers401AsAProblem() throws Exception {
        mvc.perform(get("/api/v1/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("API-Version", "1.0.0"))
                .andExpect(header().string("WWW-Authenticate", "Bearer realm=\"vangnet\""))
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("token")));
    }

    @Test
    void anInvalidTokenIs401() throws Exception {
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer vn_bestaatniet"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value("Het token is ongeldig, verlopen of ingetrokken."));
    }

    @Test
    void aValidTokenWithoutTheRightIs403() throws Exception {
        mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer demo-medewerker"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void aSessionCookieIsNoCredentialForTheApi() throws Exception {
        // A logged-in UI session holds its security context in the session; the API does not look there.
        var session = new MockHttpSession();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(TestLogins.authentication(directory, clock, "medewerker"));
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        mvc.perform(get("/werkvoorraad").session(session)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/me").session(session)).andExpect(status().isUnauthorized());
    }

    @Test
    void aPersonalTokenIsStoredHashedWorksAndStopsWhenRevoked() throws Exception {
        StaffUser owner = directory.findByUsername("teamleider").orElseThrow();
        ApiTokens.IssuedToken issued = tokens.issue(owner.id(), "script", 30, owner.id());
        assertThat(jdbc.sql("SELECT count(*) FROM api_token WHERE encode(token_hash, 'escape') LIKE :t")
                .param("t", "%" + issued.token() + "%").query(Long.class).single()).isZero();
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + issued.token()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.username").value("teamleider"));
        tokens.revoke(owner.id(), issued.id());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + issued.token()))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aTokenStopsWhenItExpires() throws Exception {
        StaffUser owner = directory.findByUsername("jurist").orElseThrow();
        ApiTokens.IssuedToken issued = tokens.issue(owner.id(), "kort", 1, owner.id());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + issued.token())).andExpect(status().isOk());
        clock.advance(Duration.ofDays(1).plusSeconds(1));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + issued.token()))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aPersonalTokenLastsAtMostNinetyDays() {
        StaffUser owner = directory.findByUsername("jurist").orElseThrow();
        assertThatThrownBy(() -> tokens.issue(owner.id(), "lang", 91, owner.id()))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("1 tot 90 dagen");
        assertThat(tokens.issue(owner.id(), "maximaal", 90, owner.id()).expiresAt())
                .isEqualTo(clock.instant().plus(Duration.ofDays(90)));
    }

    @Test
    void disablingTheOwnerStopsTheirTokensAtOnce() throws Exception {
        StaffUser user = directory.createPerson(new StaffDirectory.NewStaffMember("tok-" + UUID.randomUUID().toString().substring(0, 8),
                "Token Test", "juist-wachtwoord-42", EnumSet.of(Role.CASE_WORKER), Set.of(), false));
        ApiTokens.IssuedToken issued = tokens.issue(user.id(), "script", 10, user.id());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + issued.token())).andExpect(status().isOk());
        directory.disable(user.id(), directory.findByUsername("applicatiebeheer").orElseThrow().id());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + issued.token()))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aServiceAccountTokenActsWithTheServiceAccountsRoles() throws Exception {
        StaffUser service = directory.createServiceAccount("monitoring-" + UUID.randomUUID().toString().substring(0, 8),
                "Monitoring", EnumSet.of(Role.APPLICATION_ADMIN));
        UUID admin = directory.findByUsername("applicatiebeheer").orElseThrow().id();
        ApiTokens.IssuedToken issued = tokens.issue(service.id(), "prometheus", 365, admin);
        mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + issued.token()))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + issued.token()))
                .andExpect(jsonPath("$.kind").value("SERVICE_ACCOUNT"));
    }

    @Test
    void aServiceAccountCannotLogInWithAPassword() throws Exception {
        StaffUser service = directory.createServiceAccount("svc-" + UUID.randomUUID().toString().substring(0, 8),
                "Koppeling", EnumSet.of(Role.CASE_WORKER));
        mvc.perform(post("/login").with(csrf()).param("username", service.username()).param("password", ""))
                .andExpect(content().string(Matchers.containsString("Gebruikersnaam of wachtwoord onjuist")));
    }

    @Test
    void theTokenPageShowsANewTokenOnceOnly() throws Exception {
        var auth = authentication(TestLogins.authentication(directory, clock, "medewerker"));
        String page = mvc.perform(post("/mijn/tokens").with(auth).with(csrf()).param("name", "rapportage").param("days", "30")
                        .param("currentPassword", TestLogins.DEMO_PASSWORD)
                        .param("code", TestLogins.nextCode(secondFactor, clock, TestLogins.DEMO_SECRET)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher token = Pattern.compile("id=\"nieuw-token\">(vn_[A-Za-z0-9_-]+)<").matcher(page);
        assertThat(token.find()).isTrue();
        String again = mvc.perform(get("/mijn/tokens").with(auth)).andReturn().getResponse().getContentAsString();
        assertThat(again).doesNotContain(token.group(1)).contains("rapportage");
    }

    @Test
    void aRefusedTokenFormKeepsWhatWasTypedAndSaysWhy() throws Exception {
        var auth = authentication(TestLogins.authentication(directory, clock, "medewerker"));
        mvc.perform(post("/mijn/tokens").with(auth).with(csrf()).param("name", "te lang geldig").param("days", "120"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Een token is 1 tot 90 dagen geldig.")))
                .andExpect(content().string(Matchers.containsString("value=\"te lang geldig\"")))
                .andExpect(content().string(Matchers.containsString("aria-describedby=\"days-fout\"")));
    }
}
