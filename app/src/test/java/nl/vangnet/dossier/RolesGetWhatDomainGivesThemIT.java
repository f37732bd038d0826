package nl.vangnet.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.UUID;
import nl.vangnet.staff.StaffDirectory;
import nl.vangnet.staff.TestLogins;
import nl.vangnet.support.Cases;
import nl.vangnet.support.IntegrationTest;
import nl.vangnet.support.MutableClock;
import nl.vangnet.support.TestData;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;

/** Issue 9 §2: each role gets exactly what DOMAIN.md gives it, on every channel, and every refusal is logged. */
@IntegrationTest
class RolesGetWhatDomainGivesThemIT {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired StaffDirectory directory;
    @Autowired MutableClock clock;

    @Test
    void applicatiebeheerSeesNoCaseContentNoPersonsAndNoTeamListsAndCannotBreakTheGlass() throws Exception {
        Cases.Case c = new Cases(mvc, directory, clock).decided("INVESTIGATION");
        long before = lastSeq();
        get("/api/v1/persons/search?bsn=111222333", "demo-applicatiebeheer").andExpect(status().isForbidden());
        get("/api/v1/dossier-tasks?team=true", "demo-applicatiebeheer").andExpect(status().isForbidden());
        get("/api/v1/dossiers/" + c.dossierId(), "demo-applicatiebeheer").andExpect(status().isForbidden());
        post("/api/v1/dossiers/" + c.dossierId() + "/emergency-access", "demo-applicatiebeheer",
                "{\"reason\":\"Ik moet dit dossier nu zien\",\"code\":\"123456\"}").andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT count(*) FROM emergency_access WHERE dossier_id = :d")
                .param("d", UUID.fromString(c.dossierId())).query(Long.class).single()).isZero();
        get("/api/v1/dossiers", "demo-applicatiebeheer").andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
        // The team's work list is not shown to applicatiebeheer, also not when asked for.
        mvc.perform(MockMvcRequestBuilders.get("/werkvoorraad?team=true")
                        .with(authentication(TestLogins.authentication(directory, clock, "applicatiebeheer"))))
                .andExpect(status().isOk())
                .andExpect(MockMvcResultMatchers.content()
                        .string(Matchers.not(Matchers.containsString("VT-"))));
        assertThat(jdbc.sql("""
                SELECT count(*) FROM access_log_entry WHERE seq > :s AND actor_name = 'applicatiebeheer' AND outcome = 'DENIED'""")
                .param("s", before).query(Long.class).single()).as("every refusal is logged").isGreaterThanOrEqualTo(4);
    }

    @Test
    void externalPartiesSeeNoDossierNoPersonsAndNoTeamListsWithoutASelectionAndCannotBreakTheGlass() throws Exception {
        Cases.Case c = new Cases(mvc, directory, clock).decided("INVESTIGATION");
        for (String external : List.of("onderzoeker", "accountant", "inspectie", "ombudsman")) {
            String token = "demo-" + external;
            long before = lastSeq();
            get("/api/v1/persons/search?bsn=111222333", token).andExpect(status().isForbidden());
            get("/api/v1/dossiers/" + c.dossierId(), token).andExpect(status().isForbidden());
            post("/api/v1/dossiers/" + c.dossierId() + "/emergency-access", token,
                    "{\"reason\":\"Ik moet dit dossier nu zien\",\"code\":\"123456\"}").andExpect(status().isForbidden());
            get("/api/v1/dossiers", token).andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
            assertThat(jdbc.sql("""
                    SELECT count(*) FROM access_log_entry WHERE seq > :s AND actor_name = :a AND outcome = 'DENIED'""")
                    .param("s", before).param("a", external).query(Long.class).single()).as(external).isGreaterThanOrEqualTo(2);
        }
        assertThat(jdbc.sql("SELECT count(*) FROM emergency_access WHERE dossier_id = :d")
                .param("d", UUID.fromString(c.dossierId())).query(Long.class).single()).isZero();
    }

    @Test
    void theFgMaySearchPersonsForTheRightsOfPersonsAndTheSearchIsLogged() throws Exception {
        long before = lastSeq();
        get("/api/v1/persons/search?bsn=111222333", "demo-fg").andExpect(status().isOk());
        assertThat(jdbc.sql("SELECT count(*) FROM access_log_entry WHERE seq > :s AND actor_name = 'fg' AND action = 'SEARCH'")
                .param("s", before).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theSecretariaatReadsTheAssessmentWithoutItsDescriptionsRiskNotesOrReasoning() throws Exception {
        Cases.Case c = new Cases(mvc, directory, clock).decided("INVESTIGATION");
        get("/api/v1/reports/" + c.reportId() + "/assessment", "demo-medewerker").andExpect(status().isOk())
                .andExpect(jsonPath("$.reasoning").value("Zo besloten."))
                .andExpect(jsonPath("$.structuralDescription").value("Herhaald geweld."));
        get("/api/v1/reports/" + c.reportId() + "/assessment", "demo-secretariaat").andExpect(status().isOk())
                .andExpect(jsonPath("$.decision").value("INVESTIGATION"))
                .andExpect(jsonPath("$.reasoning").doesNotExist())
                .andExpect(jsonPath("$.structuralDescription").doesNotExist())
                .andExpect(jsonPath("$.sources[0].summary").doesNotExist())
                .andExpect(jsonPath("$.sources[0].source").value("POLICE"));
    }

    @Test
    void theSecretariaatCannotVerifyAReportItCannotRead() throws Exception {
        String report = JsonPath.read(post("/api/v1/reports", "demo-medewerker",
                TestData.exampleReport(TestData.randomBsn(),
                        TestData.uniqueSurname("Secretariaat")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        post("/api/v1/reports/" + report + "/verification", "demo-secretariaat", "{\"with\":\"melder\",\"how\":\"telefonisch\"}")
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT status FROM report WHERE id = :id").param("id", UUID.fromString(report))
                .query(String.class).single()).isEqualTo("TO_VERIFY");
    }

    @Test
    void aConsultedJuristReadsTheDossierButDoesNotActOnTheCase() throws Exception {
        String answer = post("/api/v1/reports", "demo-medewerker", TestData.exampleReport(
                TestData.randomBsn(), TestData.uniqueSurname("Raadpleging")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String report = JsonPath.read(answer, "$.id");
        String dossier = JsonPath.read(answer, "$.dossierId");
        String jurist = JsonPath.read(post("/api/v1/dossiers/" + dossier + "/consultations", "demo-medewerker",
                "{\"consultantId\":\"%s\",\"question\":\"Mag dit?\"}".formatted(directory.findByUsername("jurist").orElseThrow().id()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        String gws = JsonPath.read(post("/api/v1/dossiers/" + dossier + "/consultations", "demo-medewerker",
                "{\"consultantId\":\"%s\"}".formatted(directory.findByUsername("gedragswetenschapper").orElseThrow().id()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        get("/api/v1/dossiers/" + dossier, "demo-jurist").andExpect(status().isOk());
        get("/api/v1/reports/" + report, "demo-jurist").andExpect(status().isOk());
        post("/api/v1/reports/" + report + "/verification", "demo-jurist", "{\"with\":\"melder\",\"how\":\"telefonisch\"}")
                .andExpect(status().isForbidden());
        post("/api/v1/reports/" + report + "/reporter-informed", "demo-jurist", "{\"how\":\"telefonisch\"}")
                .andExpect(status().isForbidden());
        post("/api/v1/dossiers/" + dossier + "/consultations/" + gws + "/close", "demo-jurist", "{}")
                .andExpect(status().isForbidden());
        post("/api/v1/dossiers/" + dossier + "/consultations/" + jurist + "/close", "demo-jurist", "{}")
                .andExpect(status().isNoContent());
        get("/api/v1/dossiers/" + dossier, "demo-jurist").andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT status FROM report WHERE id = :id").param("id", UUID.fromString(report))
                .query(String.class).single()).isEqualTo("TO_VERIFY");
    }

    private long lastSeq() {
        return jdbc.sql("SELECT last_seq FROM access_log_head").query(Long.class).single();
    }

    private ResultActions get(String path, String token) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path).header("Authorization", "Bearer " + token));
    }

    private ResultActions post(String path, String token, String json) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(path).header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }
}
