package nl.vangnet.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import nl.vangnet.calendar.WorkingDays;
import nl.vangnet.staff.StaffDirectory;
import nl.vangnet.staff.TestLogins;
import nl.vangnet.support.IntegrationTest;
import nl.vangnet.support.MutableClock;
import nl.vangnet.support.TestData;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;

@IntegrationTest
class AssessmentIT {

    @Autowired MockMvc mvc;
    @Autowired StaffDirectory directory;
    @Autowired MutableClock clock;
    @Autowired WorkingDays calendar;
    @Autowired JdbcClient jdbc;

    ResultActions post(String path, String token, String json) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                .header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    String verifiedReport() throws Exception {
        String id = JsonPath.read(post("/api/v1/reports", "demo-medewerker",
                TestData.exampleReport(TestData.randomBsn(), TestData.uniqueSurname("Beoordeling")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        post("/api/v1/reports/" + id + "/verification", "demo-medewerker", "{\"with\":\"melder\",\"how\":\"telefonisch\"}")
                .andExpect(status().isOk());
        return id;
    }

    String complete(String decision, String confirmer) {
        return """
                {"sources":[{"source":"OWN_RECORDS","gatheredOn":"%1$s","summary":"Eerder dossier in 2021 (kindermishandeling, overgedragen).","careInvolved":false},
                            {"source":"POLICE","gatheredOn":"%1$s","summary":"Twee incidenten in 2026 geregistreerd.","careInvolved":true,"careBy":"Wijkteam Zuid"}],
                 "acuteUnsafety":false,"structuralUnsafety":true,"structuralDescription":"Herhaald fysiek geweld tegen Sem.",
                 "riskFactors":["EARLIER_VIOLENCE","ESCALATION"],"riskNotes":"Vader weigert hulp.",
                 "decision":"%2$s","reasoning":"Feiten onduidelijk, hulp komt niet op gang: eigen onderzoek nodig.",
                 "complete":true,"confirmerId":"%3$s"}""".formatted(today(), decision, confirmer);
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.of("Europe/Amsterdam")));
    }

    String gws() {
        return directory.findByUsername("gedragswetenschapper").orElseThrow().id().toString();
    }

    @Test
    void aConfirmedInvestigationDecisionMovesTheDossierToItsTrackWithTheTenWeekDeadline() throws Exception {
        String report = verifiedReport();
        post("/api/v1/reports/" + report + "/assessment", "demo-medewerker", "{\"riskNotes\":\"eerste aantekening\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DRAFT"));
        post("/api/v1/reports/" + report + "/assessment", "demo-medewerker", complete("INVESTIGATION", gws()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("AWAITING_CONFIRMATION"))
                .andExpect(jsonPath("$.sources.length()").value(2));
        // Until confirmed, the decision has no effect.
        String dossier = JsonPath.read(mvc.perform(get("/api/v1/reports/" + report).header("Authorization", "Bearer demo-medewerker"))
                .andExpect(jsonPath("$.status").value("AWAITING_ASSESSMENT")).andReturn().getResponse().getContentAsString(), "$.dossierId");
        mvc.perform(get("/api/v1/dossiers/" + dossier).header("Authorization", "Bearer demo-medewerker"))
                .andExpect(jsonPath("$.tracks.length()").value(0)).andExpect(jsonPath("$.investigationDue").doesNotExist());
        // The gedragswetenschapper was consulted for the confirmation and can read the dossier.
        mvc.perform(get("/api/v1/dossiers/" + dossier).header("Authorization", "Bearer demo-gedragswetenschapper"))
                .andExpect(status().isOk());

        post("/api/v1/reports/" + report + "/assessment/confirmation", "demo-gedragswetenschapper", "{\"confirm\":true}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CONFIRMED"))
                .andExpect(jsonPath("$.assessedOn").value(today().toString()))
                .andExpect(jsonPath("$.confirmedBy").value("Gijs Gedragswetenschapper"));
        mvc.perform(get("/api/v1/reports/" + report).header("Authorization", "Bearer demo-medewerker"))
                .andExpect(jsonPath("$.status").value("ASSESSED"));
        mvc.perform(get("/api/v1/dossiers/" + dossier).header("Authorization", "Bearer demo-medewerker"))
                .andExpect(jsonPath("$.tracks[0].kind").value("INVESTIGATION"))
                .andExpect(jsonPath("$.tracks[0].status").value("IN_PROGRESS"))
                .andExpect(jsonPath("$.investigationDue").value(calendar.afterWeeks(today(), 10).toString()));
        // The consultation for the confirmation has ended.
        mvc.perform(get("/api/v1/dossiers/" + dossier).header("Authorization", "Bearer demo-gedragswetenschapper"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theAssessmentWaitsForTheVerificationWithTheReporter() throws Exception {
        String id = JsonPath.read(post("/api/v1/reports", "demo-medewerker",
                TestData.exampleReport(TestData.randomBsn(), "Onverifieerd")).andReturn().getResponse().getContentAsString(), "$.id");
        post("/api/v1/reports/" + id + "/assessment", "demo-medewerker", "{}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(Matchers.containsString("Verifieer de melding eerst")));
    }

    @Test
    void completingNeedsTheFindingsTheDecisionItsReasoningAndAnotherGedragswetenschapper() throws Exception {
        String report = verifiedReport();
        post("/api/v1/reports/" + report + "/assessment", "demo-medewerker", "{\"complete\":true,\"acuteUnsafety\":true}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[*].name", hasItems("sources", "acuteDescription", "structuralUnsafety",
                        "decision", "reasoning", "confirmerId")));
        String medewerker = directory.findByUsername("medewerker").orElseThrow().id().toString();
        post("/api/v1/reports/" + report + "/assessment", "demo-medewerker", complete("HANDOVER", medewerker))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[*].name", hasItems("handoverTo", "confirmerId")));
        assertThat(jdbc.sql("SELECT count(*) FROM assessment WHERE report_id = :r").param("r", UUID.fromString(report))
                .query(Long.class).single()).isZero();
    }

    @Test
    void onlyTheChosenGedragswetenschapperConfirmsAndMayReturnItWithARemark() throws Exception {
        String report = verifiedReport();
        post("/api/v1/reports/" + report + "/assessment", "demo-medewerker", complete("RVDK_INVESTIGATION_REQUEST", gws()))
                .andExpect(status().isOk());
        post("/api/v1/reports/" + report + "/assessment/confirmation", "demo-medewerker", "{\"confirm\":true}")
                .andExpect(status().isForbidden());
        post("/api/v1/reports/" + report + "/assessment/confirmation", "demo-gedragswetenschapper", "{\"confirm\":false}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("remark"));
        post("/api/v1/reports/" + report + "/assessment/confirmation", "demo-gedragswetenschapper",
                "{\"confirm\":false,\"remark\":\"Vraag eerst de Verwijsindex na.\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.returnedRemark").value("Vraag eerst de Verwijsindex na."));
        post("/api/v1/reports/" + report + "/assessment", "demo-medewerker", complete("RVDK_INVESTIGATION_REQUEST", gws()))
                .andExpect(status().isOk());
        post("/api/v1/reports/" + report + "/assessment/confirmation", "demo-gedragswetenschapper", "{\"confirm\":true}")
                .andExpect(status().isOk());
        // A request to the RvdK makes the notice to B&W due.
        mvc.perform(get("/api/v1/dossier-tasks").header("Authorization", "Bearer demo-medewerker"))
                .andExpect(jsonPath("$[*].kind", hasItem("BW_NOTIFICATION")));
    }

    @Test
    void theRegistrationNoticeIsDueInFourWeeksAndExtendsByTwoWithAReason() throws Exception {
        String report = verifiedReport();
        UUID task = jdbc.sql("SELECT id FROM dossier_task WHERE report_id = :r AND kind = 'REGISTRATION_NOTICE'")
                .param("r", UUID.fromString(report)).query(UUID.class).single();
        assertThat(jdbc.sql("SELECT due_on FROM dossier_task WHERE id = :t").param("t", task).query(LocalDate.class).single())
                .isEqualTo(calendar.afterWeeks(today(), 4));
        post("/api/v1/dossier-tasks/" + task + "/extension", "demo-medewerker", "{}").andExpect(status().isBadRequest());
        post("/api/v1/dossier-tasks/" + task + "/extension", "demo-medewerker", "{\"reason\":\"Vader is nog niet gesproken; veiligheid.\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.dueOn").value(calendar.afterWeeks(calendar.afterWeeks(today(), 4), 2).toString()));
        // The notice page from the work list: a refused extension says why and extends nothing.
        var worker = SecurityMockMvcRequestPostProcessors
                .authentication(TestLogins.authentication(directory, clock, "medewerker"));
        mvc.perform(get("/kennisgevingen/" + task).with(worker)).andExpect(status().isOk())
                .andExpect(MockMvcResultMatchers.content().string(
                        Matchers.containsString("Kennisgeving registratie aan de betrokkenen")));
        mvc.perform(MockMvcRequestBuilders.post("/kennisgevingen/" + task + "/uitstel")
                        .with(worker).with(SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(MockMvcResultMatchers.content().string(
                        Matchers.containsString("Geef de reden van het uitstel.")));
        post("/api/v1/dossier-tasks/" + task + "/done", "demo-medewerker", "{\"note\":\"brief verstuurd\"}").andExpect(status().isNoContent());
        post("/api/v1/dossier-tasks/" + task + "/done", "demo-medewerker", "{}").andExpect(status().isConflict());
    }

    @Test
    void theReporterHearsTheOutcomeAndTheHouseholdUnlessSafetyForbids() throws Exception {
        String report = verifiedReport();
        post("/api/v1/reports/" + report + "/informing", "demo-medewerker", "{\"who\":\"REPORTER\",\"how\":\"telefonisch, uitkomst zonder inhoud\"}")
                .andExpect(status().isNotFound()); // no assessment yet to show: informing follows the assessment
        post("/api/v1/reports/" + report + "/assessment", "demo-medewerker", complete("INVESTIGATION", gws())).andExpect(status().isOk());
        post("/api/v1/reports/" + report + "/informing", "demo-medewerker", "{\"who\":\"HOUSEHOLD\",\"withheldReason\":\"Moeder loopt gevaar als vader het nu hoort.\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.informing[*].withheldReason", hasItem("Moeder loopt gevaar als vader het nu hoort.")));
        post("/api/v1/reports/" + report + "/informing", "demo-medewerker", "{\"who\":\"REPORTER\",\"withheldReason\":\"geen zin\"}")
                .andExpect(status().isBadRequest());
        post("/api/v1/reports/" + report + "/informing", "demo-medewerker", "{\"who\":\"REPORTER\",\"how\":\"telefonisch: onderzoek gestart\"}")
                .andExpect(status().isOk());
        // A private reporter who is not closely involved does not hear the outcome.
        String privateReport = JsonPath.read(post("/api/v1/reports", "demo-medewerker", TestData.exampleReport(TestData.randomBsn(), "Buurman")
                .replace("{\"type\":\"PROFESSIONAL\",\"category\":\"EDUCATION\",\"name\":\"A. Voorbeeld\",\"organisation\":\"Basisschool De Voorbeeld\",\"phone\":\"0301234567\",\"anonymous\":false}",
                        "{\"type\":\"PRIVATE\",\"name\":\"Buurman\",\"anonymous\":false,\"closelyInvolved\":false}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        post("/api/v1/reports/" + privateReport + "/verification", "demo-medewerker", "{\"with\":\"melder\",\"how\":\"telefonisch\"}");
        post("/api/v1/reports/" + privateReport + "/assessment", "demo-medewerker", "{}").andExpect(status().isOk());
        post("/api/v1/reports/" + privateReport + "/informing", "demo-medewerker", "{\"who\":\"REPORTER\",\"how\":\"telefonisch\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("who"));
    }

    @Test
    void theTeamleiderSeesOpenAssessmentsByDeadlineAndTheShareWithinItAgainstTheNorm() throws Exception {
        String report = verifiedReport();
        post("/api/v1/reports/" + report + "/assessment", "demo-medewerker", complete("CLOSE_NO_UNSAFETY", gws())).andExpect(status().isOk());
        post("/api/v1/reports/" + report + "/assessment/confirmation", "demo-gedragswetenschapper", "{}").andExpect(status().isOk());
        String body = mvc.perform(get("/api/v1/team/assessment-deadlines").header("Authorization", "Bearer demo-teamleider"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.last30.norm").value(0.9))
                .andReturn().getResponse().getContentAsString();
        assertThat((Integer) JsonPath.read(body, "$.last30.assessed")).isPositive();
        List<String> due = JsonPath.read(body, "$.open[*].dueOn");
        assertThat(due).isSortedAccordingTo(String::compareTo);
        mvc.perform(get("/api/v1/team/assessment-deadlines").header("Authorization", "Bearer demo-medewerker"))
                .andExpect(status().isForbidden());
    }
}
