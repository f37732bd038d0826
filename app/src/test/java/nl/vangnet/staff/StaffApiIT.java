package nl.vangnet.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.vangnet.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** GET /api/v1/me names the caller's id; GET /api/v1/staff lists whom the caller may pick, by the pages' rules. */
@IntegrationTest
class StaffApiIT {

    @Autowired MockMvc mvc;
    @Autowired StaffDirectory directory;

    ResultActions staff(String token, String role) throws Exception {
        var request = get("/api/v1/staff").header("Authorization", "Bearer " + token);
        return mvc.perform(role == null ? request : request.param("role", role));
    }

    List<String> ids(ResultActions result) throws Exception {
        return JsonPath.read(result.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(), "$[*].id");
    }

    StaffUser member(Role role, Set<UUID> teams) {
        String name = "keuze-" + UUID.randomUUID().toString().substring(0, 8);
        return directory.createPerson(new StaffDirectory.NewStaffMember(name, "Keuze " + name, "juist-wachtwoord-42",
                EnumSet.of(role), teams, false));
    }

    Set<UUID> demoTeams() {
        return Set.copyOf(directory.findByUsername("medewerker").orElseThrow().teamIds());
    }

    Set<UUID> otherTeam() {
        return Set.of(directory.createTeam("Team Keuze " + UUID.randomUUID().toString().substring(0, 8)).id());
    }

    @Test
    void meNamesTheCallersOwnId() throws Exception {
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer demo-medewerker")).andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(directory.findByUsername("medewerker").orElseThrow().id().toString()))
                .andExpect(jsonPath("$.username").value("medewerker"));
    }

    @Test
    void theConfirmersOfAnAssessmentAreEveryEnabledGedragswetenschapperAsOnThePage() throws Exception {
        StaffUser elsewhere = member(Role.BEHAVIOURAL_SCIENTIST, otherTeam());
        StaffUser blocked = member(Role.BEHAVIOURAL_SCIENTIST, demoTeams());
        directory.disable(blocked.id(), directory.findByUsername("applicatiebeheer").orElseThrow().id());
        List<String> confirmers = ids(staff("demo-medewerker", "BEHAVIOURAL_SCIENTIST"));
        assertThat(confirmers).contains(directory.findByUsername("gedragswetenschapper").orElseThrow().id().toString(),
                elsewhere.id().toString()).doesNotContain(blocked.id().toString(),
                directory.findByUsername("medewerker").orElseThrow().id().toString());
        assertThat(ids(staff("demo-crisisdienst", "BEHAVIOURAL_SCIENTIST"))).isEqualTo(confirmers);
    }

    @Test
    void aTeamleiderPicksTheWorkersOfTheirOwnTeamsOnly() throws Exception {
        StaffUser colleague = member(Role.CASE_WORKER, demoTeams());
        StaffUser stranger = member(Role.CASE_WORKER, otherTeam());
        assertThat(ids(staff("demo-teamleider", "CASE_WORKER"))).contains(colleague.id().toString(),
                directory.findByUsername("medewerker").orElseThrow().id().toString()).doesNotContain(stranger.id().toString());
    }

    @Test
    void aWorkerConsultsAJuristOfTheirOwnTeamsOnly() throws Exception {
        StaffUser colleague = member(Role.LEGAL_ADVISOR, demoTeams());
        StaffUser stranger = member(Role.LEGAL_ADVISOR, otherTeam());
        assertThat(ids(staff("demo-medewerker", "LEGAL_ADVISOR"))).contains(colleague.id().toString())
                .doesNotContain(stranger.id().toString());
    }

    @Test
    void whoDoesNotPickThatRoleIsRefused() throws Exception {
        staff("demo-medewerker", "CASE_WORKER").andExpect(status().isForbidden());
        staff("demo-teamleider", "BEHAVIOURAL_SCIENTIST").andExpect(status().isForbidden());
        staff("demo-fg", "BEHAVIOURAL_SCIENTIST").andExpect(status().isForbidden());
        staff("demo-applicatiebeheer", "CASE_WORKER").andExpect(status().isForbidden());
        staff("demo-secretariaat", "LEGAL_ADVISOR").andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/staff").param("role", "BEHAVIOURAL_SCIENTIST")).andExpect(status().isUnauthorized());
    }

    @Test
    void aRoleNobodyPicksOrNoRoleIsBadInput() throws Exception {
        staff("demo-teamleider", "DATA_PROTECTION_OFFICER").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("role"));
        staff("demo-teamleider", "GEEN_ROL").andExpect(status().isBadRequest());
        staff("demo-teamleider", null).andExpect(status().isBadRequest());
    }
}
