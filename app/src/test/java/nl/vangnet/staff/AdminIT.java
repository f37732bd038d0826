package nl.vangnet.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;

import java.time.LocalDate;
import java.util.UUID;
import nl.vangnet.calendar.WorkingDays;
import nl.vangnet.support.IntegrationTest;
import nl.vangnet.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Beheer: users, roles, teams and service accounts, through the pages applicatiebeheer uses. */
@IntegrationTest
class AdminIT {

    @Autowired MockMvc mvc;
    @Autowired StaffDirectory directory;
    @Autowired MutableClock clock;
    @Autowired SecondFactor secondFactor;
    @Autowired WorkingDays workingDays;

    RequestPostProcessor admin() {
        return authentication(TestLogins.authentication(directory, clock, "applicatiebeheer"));
    }

    @Test
    void aNewStaffMemberGetsRolesAndTeamsAndMustEnrolAndChangeThePassword() throws Exception {
        String username = "nieuw-" + UUID.randomUUID().toString().substring(0, 8);
        UUID team = directory.teams().getFirst().id();
        mvc.perform(post("/beheer/gebruikers").with(admin()).with(csrf()).param("kind", "PERSON")
                        .param("username", username).param("displayName", "Nina Nieuw")
                        .param("initialPassword", "tijdelijk-wachtwoord-1").param("roles", "CASE_WORKER", "CRISIS_WORKER")
                        .param("teams", team.toString()))
                .andExpect(status().is3xxRedirection());
        StaffUser user = directory.findByUsername(username).orElseThrow();
        assertThat(user.roles()).containsExactlyInAnyOrder(Role.CASE_WORKER, Role.CRISIS_WORKER);
        assertThat(user.teamIds()).containsExactly(team);
        assertThat(user.passwordChangeRequired()).isTrue();
        assertThat(user.totpEnrolled()).isFalse();
        mvc.perform(get("/beheer").with(admin())).andExpect(content().string(containsString("Nina Nieuw")));
    }

    @Test
    void aRefusedUserFormKeepsWhatWasTypedAndTiesTheMessageToItsField() throws Exception {
        mvc.perform(post("/beheer/gebruikers").with(admin()).with(csrf()).param("kind", "PERSON")
                        .param("username", "medewerker").param("displayName", "Dubbel")
                        .param("initialPassword", "tijdelijk-wachtwoord-1").param("roles", "CASE_WORKER"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Deze gebruikersnaam is al in gebruik.")))
                .andExpect(content().string(containsString("id=\"username-fout\"")))
                .andExpect(content().string(containsString("aria-describedby=\"username-fout\"")))
                .andExpect(content().string(containsString("value=\"Dubbel\"")))
                .andExpect(content().string(containsString("value=\"CASE_WORKER\" checked")));
        mvc.perform(post("/beheer/gebruikers").with(admin()).with(csrf()).param("kind", "PERSON")
                        .param("username", "zonder-rol").param("displayName", "Zonder Rol")
                        .param("initialPassword", "tijdelijk-wachtwoord-1"))
                .andExpect(content().string(containsString("Kies ten minste één rol.")));
        assertThat(directory.findByUsername("zonder-rol")).isEmpty();
    }

    @Test
    void changingRolesEndsTheUsersSessionsAndAdministratorsCannotDisableThemselves() throws Exception {
        StaffUser user = directory.findByUsername("secretariaat").orElseThrow();
        int stamp = user.securityStamp();
        mvc.perform(post("/beheer/gebruikers/" + user.id() + "/rollen").with(admin()).with(csrf())
                .param("roles", "SECRETARIAT").param("teams", user.teamIds().iterator().next().toString()))
                .andExpect(status().is3xxRedirection());
        assertThat(directory.findById(user.id()).orElseThrow().securityStamp()).isGreaterThan(stamp);

        UUID self = directory.findByUsername("applicatiebeheer").orElseThrow().id();
        mvc.perform(post("/beheer/gebruikers/" + self + "/blokkeren").with(admin()).with(csrf()))
                .andExpect(content().string(containsString("U kunt uw eigen account niet blokkeren.")));
        assertThat(directory.findById(self).orElseThrow().enabled()).isTrue();
    }

    @Test
    void aServiceAccountGetsATokenShownOnce() throws Exception {
        String username = "gemeente-" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/beheer/gebruikers").with(admin()).with(csrf()).param("kind", "SERVICE_ACCOUNT")
                .param("username", username).param("displayName", "Koppeling gemeente").param("roles", "SECRETARIAT"))
                .andExpect(status().is3xxRedirection());
        StaffUser service = directory.findByUsername(username).orElseThrow();
        assertThat(service.kind()).isEqualTo(StaffKind.SERVICE_ACCOUNT);
        String page = mvc.perform(post("/beheer/gebruikers/" + service.id() + "/tokens").with(admin()).with(csrf())
                .param("name", "koppeling").param("days", "365").param("currentPassword", TestLogins.DEMO_PASSWORD)
                .param("code", TestLogins.nextCode(secondFactor, clock, TestLogins.DEMO_SECRET))).andReturn().getResponse().getContentAsString();
        assertThat(page).containsPattern("<code class=\"secret\">vn_[A-Za-z0-9_-]{43}</code>");
        mvc.perform(post("/beheer/teams").with(admin()).with(csrf()).param("name", "x"))
                .andExpect(content().string(containsString("Geef het team een naam van 2 tot 100 tekens.")));
    }

    @Test
    void aDecreeDayAddedInBeheerIsNoWorkingDayFromThenOn() throws Exception {
        LocalDate day = LocalDate.of(2031, 5, 30); // a Friday after Hemelvaartsdag 2031
        assertThat(workingDays.isWorkingDay(day)).isTrue();
        mvc.perform(post("/beheer/kalender").with(admin()).with(csrf()).param("day", day.toString())
                .param("description", "Besluit gelijkstelling 30 mei 2031")).andExpect(status().is3xxRedirection());
        assertThat(workingDays.isWorkingDay(day)).isFalse();
        mvc.perform(post("/beheer/kalender").with(admin()).with(csrf()).param("day", day.toString())
                .param("description", "nogmaals")).andExpect(content().string(containsString("Deze datum staat er al in.")))
                .andExpect(content().string(containsString("value=\"nogmaals\"")));
        mvc.perform(get("/beheer/kalender").with(admin())).andExpect(content().string(containsString("30-05-2031")));
    }

    @Test
    void applicatiebeheerKeepsTheListOfRiskFactors() throws Exception {
        String label = "Mantelzorgoverbelasting " + UUID.randomUUID().toString().substring(0, 4);
        mvc.perform(post("/beheer/risicofactoren").with(admin()).with(csrf()).param("label", label))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/beheer/risicofactoren").with(admin())).andExpect(content().string(containsString(label)));
        mvc.perform(post("/beheer/risicofactoren").with(admin()).with(csrf()).param("label", label))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("staat er al in")));
        mvc.perform(post("/beheer/risicofactoren/WEAPONS/actief").with(admin()).with(csrf()).param("active", "false"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/beheer/risicofactoren").with(admin())).andExpect(content().string(containsString("Niet meer te kiezen")));
        mvc.perform(post("/beheer/risicofactoren/WEAPONS/actief").with(admin()).with(csrf()).param("active", "true"));
    }

    @Test
    void theUiSpeaksEnglishOnRequest() throws Exception {
        mvc.perform(get("/login").param("taal", "en")).andExpect(content().string(containsString("Log in")))
                .andExpect(content().string(containsString("lang=\"en\"")));
        mvc.perform(get("/login")).andExpect(content().string(containsString("Inloggen")));
    }
}
