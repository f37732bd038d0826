package nl.vangnet.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.vangnet.staff.ApiTokens;
import nl.vangnet.staff.Role;
import nl.vangnet.staff.StaffDirectory;
import nl.vangnet.staff.StaffUser;
import nl.vangnet.support.IntegrationTest;
import nl.vangnet.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** GET /api/v1/work-list: the page's work list (WorkList), the caller's own or, for the roles that may, the team's. */
@IntegrationTest
class WorkListApiIT {

    @Autowired MockMvc mvc;
    @Autowired StaffDirectory directory;
    @Autowired ApiTokens tokens;
    @Autowired JdbcClient jdbc;

    String workList(String token, boolean team, int expected) throws Exception {
        return mvc.perform(get("/api/v1/work-list").param("team", String.valueOf(team)).header("Authorization", "Bearer " + token))
                .andExpect(status().is(expected)).andReturn().getResponse().getContentAsString();
    }

    String register(String token, String teamId) throws Exception {
        String body = TestData.exampleReport(TestData.randomBsn(), TestData.uniqueSurname("Werkvoorraad"));
        if (teamId != null) {
            body = body.replaceFirst("\\{", "{\"teamId\":\"" + teamId + "\",");
        }
        String answer = mvc.perform(post("/api/v1/reports").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(answer, "$.id");
    }

    @Test
    void aReportIJustRegisteredIsInMyWorkListToVerifyAndTheListingIsLogged() throws Exception {
        String report = register("demo-medewerker", null);
        long before = jdbc.sql("SELECT last_seq FROM access_log_head").query(Long.class).single();
        String mine = workList("demo-medewerker", false, 200);
        assertThat(JsonPath.<Boolean>read(mine, "$.team")).isFalse();
        assertThat(JsonPath.<List<String>>read(mine, "$.toVerify[*].reportId")).contains(report);
        assertThat(JsonPath.<List<Object>>read(mine, "$.callBacks")).isNotNull();
        assertThat(JsonPath.<List<Object>>read(mine, "$.due")).isNotNull();
        assertThat(mine).doesNotContain("\"empty\"");
        UUID dossier = UUID.fromString(JsonPath.<List<String>>read(mine,
                "$.toVerify[?(@.reportId == '" + report + "')].dossierId").getFirst());
        assertThat(jdbc.sql("SELECT count(*) FROM access_log_entry WHERE seq > :s AND action = 'LIST' AND outcome = 'ALLOWED' "
                + "AND actor_name = 'medewerker' AND :d = ANY(dossier_ids)").param("s", before).param("d", dossier)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theTeamsWorkListIsForTheTeamleiderAndTheIntakeRolesOnlyAndShowsOnlyTheirTeams() throws Exception {
        UUID otherTeam = directory.createTeam("Team Werkvoorraad " + UUID.randomUUID().toString().substring(0, 8)).id();
        StaffUser stranger = directory.createPerson(new StaffDirectory.NewStaffMember(
                "wv-" + UUID.randomUUID().toString().substring(0, 8), "Andere Medewerker", "juist-wachtwoord-42",
                EnumSet.of(Role.CASE_WORKER), Set.of(otherTeam), false));
        String strangerToken = tokens.issue(stranger.id(), "test", 1, stranger.id()).token();
        String theirs = register(strangerToken, otherTeam.toString());
        String ours = register("demo-medewerker", null);

        String team = workList("demo-teamleider", true, 200);
        assertThat(JsonPath.<Boolean>read(team, "$.team")).isTrue();
        assertThat(JsonPath.<List<String>>read(team, "$.toVerify[*].reportId")).contains(ours).doesNotContain(theirs);
        assertThat(JsonPath.<List<String>>read(workList(strangerToken, true, 200), "$.toVerify[*].reportId"))
                .contains(theirs).doesNotContain(ours);
        assertThat(JsonPath.<List<String>>read(workList("demo-medewerker", false, 200), "$.toVerify[*].reportId"))
                .doesNotContain(theirs);

        // The page shows these roles their own list; the API refuses, rather than answer another list than asked.
        for (String role : List.of("demo-fg", "demo-applicatiebeheer", "demo-gedragswetenschapper", "demo-jurist")) {
            assertThat(workList(role, true, 403)).contains("\"status\":403");
        }
        mvc.perform(get("/api/v1/work-list")).andExpect(status().isUnauthorized());
    }
}
