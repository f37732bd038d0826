package nl.vangnet.worklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.vangnet.staff.Role;
import nl.vangnet.staff.StaffDirectory;
import nl.vangnet.staff.StaffUser;
import nl.vangnet.staff.TestLogins;
import nl.vangnet.support.IntegrationTest;
import nl.vangnet.support.MutableClock;
import nl.vangnet.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Work lists and overviews people can act on (issue 11 §4): recognisable rows, the teamleider's caseload. */
@IntegrationTest
class OverviewsIT {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired StaffDirectory directory;
    @Autowired MutableClock clock;

    record Registered(UUID dossierId, String reference, String surname) {
    }

    @Test
    void workListAndTermijnenRowsShowTheHouseholdPlaceViolenceAndWorkers() throws Exception {
        Registered r = register("demo-medewerker");
        String json = json("/api/v1/work-list", "demo-medewerker");
        Map<String, Object> card = JsonPath.read(json, "$.cases['" + r.reference() + "']");
        assertThat(card.get("householdName")).isEqualTo(r.surname());
        assertThat(card.get("place")).isEqualTo("Utrecht");
        assertThat((List<Object>) card.get("violenceTypes")).containsExactly("CHILD_ABUSE");
        assertThat((List<Object>) card.get("workers")).contains("Mila de Medewerker");
        assertThat(page("/werkvoorraad", "medewerker")).contains(r.surname(), "Utrecht", "Kindermishandeling", "Mila de Medewerker");
        assertThat(page("/termijnen", "medewerker")).contains(r.surname(), "Utrecht", "Kindermishandeling");
        assertThat(page("/werkvoorraad?team=true", "teamleider")).contains(r.surname());
        // The tabs are links in a labelled navigation, the current one marked for screen readers.
        assertThat(page("/termijnen?team=true", "medewerker")).contains("aria-current=\"page\">Termijnen van het team</a>");
    }

    @Test
    void aColleagueWhoMayNotOpenTheDossierSeesItsReportInTheTeamListButNoNames() throws Exception {
        Registered r = register("demo-medewerker");
        StaffUser colleague = directory.createPerson(new StaffDirectory.NewStaffMember("coll-" + UUID.randomUUID().toString().substring(0, 8),
                "Collega Zonder Zaak", "juist-wachtwoord-42", EnumSet.of(Role.CASE_WORKER), demoTeams(), false));
        String html = page("/werkvoorraad?team=true", colleague.username());
        assertThat(html).contains(r.reference()).doesNotContain(r.surname());
        String deadlines = page("/termijnen?team=true", colleague.username());
        assertThat(deadlines).contains(r.reference()).doesNotContain(r.surname());
        // The secretariaat of the team works on its dossiers administratively and sees the household's name.
        String json = json("/api/v1/work-list?team=true", "demo-secretariaat");
        assertThat((String) JsonPath.read(json, "$.cases['" + r.reference() + "'].householdName")).isEqualTo(r.surname());
    }

    @Test
    void theTeamleiderSeesTheCaseloadAndTheUnassignedDossiersAndAssignsFromTheList() throws Exception {
        // The secretariaat registers: the new dossier is nobody's yet.
        Registered r = register("demo-secretariaat");
        String json = json("/api/v1/team/caseload", "demo-teamleider");
        List<Map<String, Object>> unassigned = JsonPath.read(json, "$.unassigned[?(@.reference == '" + r.reference() + "')]");
        assertThat(unassigned).singleElement().satisfies(u -> {
            assertThat(((Map<?, ?>) u.get("card")).get("householdName")).isEqualTo(r.surname());
            assertThat((List<?>) u.get("reports")).hasSize(1);
        });
        List<String> workers = JsonPath.read(json, "$.workers[*].name");
        assertThat(workers).contains("Mila de Medewerker").doesNotContain("Tom Teamleider", "Fatima FG");
        int before = ((Number) JsonPath.<List<Object>>read(json, "$.workers[?(@.name == 'Mila de Medewerker')].openDossiers").getFirst()).intValue();

        assertThat(page("/team", "teamleider")).contains(r.reference(), r.surname(), "Mila de Medewerker");
        UUID medewerker = directory.findByUsername("medewerker").orElseThrow().id();
        // Without a worker chosen: refused at the field of that row, nothing stored.
        mvc.perform(post("/team/toewijzen").param("dossierId", r.dossierId().toString()).with(csrf())
                        .with(authentication(TestLogins.authentication(directory, clock, "teamleider"))))
                .andExpect(status().isConflict())
                .andExpect(res -> assertThat(res.getResponse().getContentAsString()).contains("workerId-" + r.dossierId() + "-fout"));
        mvc.perform(post("/team/toewijzen").param("dossierId", r.dossierId().toString()).param("workerId", medewerker.toString())
                        .with(csrf()).with(authentication(TestLogins.authentication(directory, clock, "teamleider"))))
                .andExpect(redirectedUrl("/team"));
        String after = json("/api/v1/team/caseload", "demo-teamleider");
        assertThat((List<?>) JsonPath.read(after, "$.unassigned[?(@.reference == '" + r.reference() + "')]")).isEmpty();
        assertThat(((Number) JsonPath.<List<Object>>read(after, "$.workers[?(@.name == 'Mila de Medewerker')].openDossiers")
                .getFirst()).intValue()).isEqualTo(before + 1);
        assertThat(jdbc.sql("SELECT count(*) FROM access_log_entry WHERE action = 'ASSIGN' AND actor_name = 'teamleider'"
                + " AND :d = ANY(dossier_ids)").param("d", r.dossierId()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void onlyTheTeamleiderOfTheTeamSeesTheCaseloadAndAssigns() throws Exception {
        Registered r = register("demo-secretariaat");
        for (String token : List.of("demo-medewerker", "demo-secretariaat", "demo-fg", "demo-applicatiebeheer")) {
            mvc.perform(get("/api/v1/team/caseload").header("Authorization", "Bearer " + token)).andExpect(status().isForbidden());
        }
        UUID otherTeam = directory.createTeam("Team Verweg " + UUID.randomUUID().toString().substring(0, 8)).id();
        StaffUser stranger = directory.createPerson(new StaffDirectory.NewStaffMember("tl-" + UUID.randomUUID().toString().substring(0, 8),
                "Teun Verweg", "juist-wachtwoord-42", EnumSet.of(Role.TEAM_LEADER), Set.of(otherTeam), false));
        assertThat(page("/team", stranger.username())).doesNotContain(r.reference());
        UUID medewerker = directory.findByUsername("medewerker").orElseThrow().id();
        mvc.perform(post("/team/toewijzen").param("dossierId", r.dossierId().toString()).param("workerId", medewerker.toString())
                        .with(csrf()).with(authentication(TestLogins.authentication(directory, clock, stranger.username()))))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT count(*) FROM dossier_assignment WHERE dossier_id = :d").param("d", r.dossierId())
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM access_log_entry WHERE action = 'ASSIGN' AND outcome = 'DENIED' AND actor_id = :u"
                + " AND :d = ANY(dossier_ids)").param("u", stranger.id()).param("d", r.dossierId()).query(Long.class).single()).isEqualTo(1);
    }

    private Registered register(String token) throws Exception {
        String surname = TestData.uniqueSurname("Werklijst");
        String body = mvc.perform(post("/api/v1/reports").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content(TestData.exampleReport(TestData.randomBsn(), surname)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return new Registered(UUID.fromString(JsonPath.read(body, "$.dossierId")), JsonPath.read(body, "$.dossierReference"), surname);
    }

    private String json(String path, String token) throws Exception {
        return mvc.perform(get(path).header("Authorization", "Bearer " + token)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private String page(String path, String username) throws Exception {
        return mvc.perform(get(path).with(authentication(TestLogins.authentication(directory, clock, username))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private Set<UUID> demoTeams() {
        return Set.copyOf(directory.findByUsername("medewerker").orElseThrow().teamIds());
    }
}
