package nl.vangnet.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;
import nl.vangnet.staff.StaffDirectory;
import nl.vangnet.staff.TestLogins;
import nl.vangnet.support.IntegrationTest;
import nl.vangnet.support.MutableClock;
import nl.vangnet.support.TestData;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;

@IntegrationTest
class AdviceRequestAndWorkListIT {

    @Autowired MockMvc mvc;
    @Autowired IntakeWork workList;
    @Autowired StaffDirectory directory;
    @Autowired MutableClock clock;

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    IntakeWork.Lists listOf(String username, IntakeWork.Scope scope) {
        SecurityContextHolder.getContext().setAuthentication(TestLogins.authentication(directory, clock, username));
        try {
            return workList.of(scope);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    ResultActions post(String path, String token, String json) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                .header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    String advice(String callBackOn) {
        return """
                {"receivedAt":"2026-11-02T14:00:00+01:00","channel":"CHAT",
                 "seeker":{"name":"Bezorgde oma","madeUpName":true,"type":"PRIVATE"},
                 "concern":"Mijn kleinzoon vertelt dat zijn stiefvader hem opsluit.","violenceTypes":["CHILD_ABUSE"],
                 "adviceGiven":"Uitgelegd hoe ze het gesprek met haar dochter kan aangaan.","agreement":"belt terug",
                 "callBackOn":"%s",
                 "persons":[{"role":"CHILD","surname":"Kleinzoon","givenNames":"Tim"}]}""".formatted(callBackOn)
                // received three hours ago by the test clock, whatever the date
                .replace("2026-11-02T14:00:00+01:00", OffsetDateTime.now(clock.withZone(
                        ZoneId.of("Europe/Amsterdam"))).minusHours(3).withNano(0).toString());
    }

    @Test
    void anAdviceRequestOnAMadeUpNameWithACallBackThatBecomesALinkedReport() throws Exception {
        String callBack = LocalDate.now(clock.withZone(ZoneId.of("Europe/Amsterdam"))).plusDays(1).toString();
        String body = post("/api/v1/advice-requests", "demo-medewerker", advice(callBack))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.madeUpName").value(true))
                .andExpect(jsonPath("$.persons[0].surname").value("Kleinzoon"))
                .andExpect(jsonPath("$.callBackOn").value(callBack))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.id");
        assertThat(listOf("medewerker", IntakeWork.Scope.MINE).callBacks()).anyMatch(c -> c.adviceRequestId().toString().equals(id));

        post("/api/v1/advice-requests/" + id + "/contacts", "demo-medewerker",
                "{\"channel\":\"PHONE\",\"summary\":\"Oma belde terug: de school maakt zich ook zorgen.\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.contacts.length()").value(1))
                .andExpect(jsonPath("$.callBackDoneAt").isNotEmpty());
        assertThat(listOf("medewerker", IntakeWork.Scope.MINE).callBacks()).noneMatch(c -> c.adviceRequestId().toString().equals(id));

        String report = TestData.exampleReport(TestData.randomBsn(), ReportApiIT.unique("Kleinzoon"))
                .replace("{\"receivedAt\"", "{\"adviceRequestId\":\"" + id + "\",\"receivedAt\"");
        String reportId = JsonPath.read(post("/api/v1/reports", "demo-medewerker", report).andExpect(status().isCreated())
                .andExpect(jsonPath("$.adviceRequestId").value(id)).andReturn().getResponse().getContentAsString(), "$.id");
        mvc.perform(get("/api/v1/advice-requests/" + id).header("Authorization", "Bearer demo-medewerker"))
                .andExpect(jsonPath("$.reportIds[0]").value(reportId));
    }

    @Test
    void theRegistrationNoticeOfANewReportIsInTheWorkList() throws Exception {
        String json = TestData.exampleReport(TestData.randomBsn(), TestData.uniqueSurname("Kennisgeving"));
        String dossierReference = JsonPath.read(post("/api/v1/reports", "demo-medewerker", json).andReturn().getResponse()
                .getContentAsString(), "$.dossierReference");
        mvc.perform(get("/werkvoorraad").with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.authentication(TestLogins.authentication(directory, clock, "medewerker"))))
                .andExpect(status().isOk())
                .andExpect(MockMvcResultMatchers.content().string(Matchers.matchesPattern("(?s).*<tr>\\s*<td><a [^>]*>"
                        + "Kennisgeving registratie aan de betrokkenen</a></td>\\s*<td>" + dossierReference + "</td>.*")));
    }

    @Test
    void anAdviceRequestIsRefusedWithNamedFields() throws Exception {
        post("/api/v1/advice-requests", "demo-medewerker", "{\"channel\":\"POLICE_NOTICE\",\"seeker\":{}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[*].name", Matchers.hasItems("receivedAt", "channel",
                        "seeker.name", "seeker.type", "concern")));
        mvc.perform(get("/api/v1/advice-requests/" + UUID.randomUUID()).header("Authorization", "Bearer demo-medewerker"))
                .andExpect(status().isNotFound());
    }

    @Test
    void anAcuteReportIsAtTheTopOfTheCrisisServicesWorkListAndTheTeams() throws Exception {
        String json = TestData.exampleReport(TestData.randomBsn(), ReportApiIT.unique("Crisis"))
                .replace("\"acuteDanger\":false", "\"acuteDanger\":true");
        String id = JsonPath.read(post("/api/v1/reports", "demo-medewerker", json).andReturn().getResponse()
                .getContentAsString(), "$.id");
        // The crisis worker is not assigned, yet sees it first.
        IntakeWork.Lists crisis = listOf("crisisdienst", IntakeWork.Scope.MINE);
        assertThat(crisis.acute()).anyMatch(i -> i.reportId().toString().equals(id));
        assertThat(crisis.toVerify()).noneMatch(i -> i.reportId().toString().equals(id));
        assertThat(listOf("teamleider", IntakeWork.Scope.TEAM).acute()).anyMatch(i -> i.reportId().toString().equals(id));
    }

    @Test
    void reportsAwaitingAssessmentAreOrderedByDeadlineWithOverdueMarked() throws Exception {
        String late = TestData.exampleReport(TestData.randomBsn(), ReportApiIT.unique("Laat"));
        String lateId = JsonPath.read(post("/api/v1/reports", "demo-medewerker", late).andReturn().getResponse()
                .getContentAsString(), "$.id");
        IntakeWork.Lists lists = listOf("medewerker", IntakeWork.Scope.MINE);
        var toVerify = lists.toVerify();
        for (int i = 1; i < toVerify.size(); i++) {
            assertThat(toVerify.get(i).dueOn()).isAfterOrEqualTo(toVerify.get(i - 1).dueOn());
        }
        // Received 30 April 2026, due 8 May 2026: long overdue, shown with negative working days left.
        var item = toVerify.stream().filter(i -> i.reportId().toString().equals(lateId)).findFirst().orElseThrow();
        assertThat(item.overdue()).isTrue();
        assertThat(item.left()).isNegative();
        assertThat(item.dueOn()).isEqualTo(LocalDate.of(2026, 5, 8));
    }
}
