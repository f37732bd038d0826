package nl.vangnet.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.UUID;
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

/**
 * Correcting a report's registered fields (issue 11 §1): the earlier value is kept with who, when and why; the
 * reporter's verified text is never overwritten (a correction is added beside it); only the workers on the case correct.
 */
@IntegrationTest
class ReportCorrectionIT {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired StaffDirectory directory;
    @Autowired MutableClock clock;

    String report() throws Exception {
        return JsonPath.read(body(post("/api/v1/reports", "demo-medewerker",
                TestData.exampleReport(TestData.randomBsn(), TestData.uniqueSurname("Correctie"))).andExpect(status().isCreated())), "$.id");
    }

    @Test
    void aCorrectionKeepsTheEarlierValueAndTheReportersTextStaysAsItWas() throws Exception {
        String id = report();
        String location = post("/api/v1/reports/" + id + "/corrections", "demo-medewerker", """
                {"channel":"EMAIL","reporterFunction":"Intern begeleider","concernCorrection":"Het was de gymleraar die het zag.",
                 "reason":"Melder belde terug"}""")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", Matchers.startsWith("/api/v1/reports/" + id + "/corrections/")))
                .andExpect(jsonPath("$[*].field", Matchers.containsInAnyOrder("channel", "reporterFunction", "concern")))
                .andReturn().getResponse().getHeader("Location");
        get("/api/v1/reports/" + id, "demo-medewerker")
                .andExpect(jsonPath("$.channel").value("EMAIL"))
                .andExpect(jsonPath("$.reporter.function").value("Intern begeleider"))
                .andExpect(jsonPath("$.concern").value("Sem komt vaak met blauwe plekken op school."));
        String list = body(get("/api/v1/reports/" + id + "/corrections", "demo-medewerker").andExpect(status().isOk()));
        assertThat(JsonPath.<List<String>>read(list, "$[?(@.field == 'channel')].oldValue")).containsExactly("PHONE");
        assertThat(JsonPath.<List<String>>read(list, "$[?(@.field == 'concern')].newValue")).containsExactly("Het was de gymleraar die het zag.");
        assertThat(JsonPath.<List<String>>read(list, "$[*].reason")).containsOnly("Melder belde terug");
        get(location, "demo-medewerker").andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(3));
        // The secretariaat sees that something was corrected, not the free text.
        String redacted = body(get("/api/v1/reports/" + id + "/corrections", "demo-secretariaat").andExpect(status().isOk()));
        assertThat(redacted).doesNotContain("gymleraar").doesNotContain("Melder belde terug");
    }

    @Test
    void withoutAReasonOrWithNothingCorrectedItIsRefusedAndNothingStored() throws Exception {
        String id = report();
        post("/api/v1/reports/" + id + "/corrections", "demo-medewerker", "{\"channel\":\"EMAIL\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("reason"));
        post("/api/v1/reports/" + id + "/corrections", "demo-medewerker", "{\"channel\":\"PHONE\",\"reason\":\"niets\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("concernCorrection"));
        post("/api/v1/reports/" + id + "/corrections", "demo-medewerker", "{\"channel\":\"PIGEON\",\"reason\":\"x\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("channel"));
        assertThat(jdbc.sql("SELECT count(*) FROM report_correction WHERE report_id = :r").param("r", UUID.fromString(id))
                .query(Integer.class).single()).isZero();
    }

    @Test
    void onlyTheWorkersOnTheCaseCorrect() throws Exception {
        String id = report();
        String body = "{\"channel\":\"EMAIL\",\"reason\":\"poging\"}";
        post("/api/v1/reports/" + id + "/corrections", "demo-secretariaat", body).andExpect(status().isForbidden());
        post("/api/v1/reports/" + id + "/corrections", "demo-crisisdienst", body).andExpect(status().isForbidden());
        post("/api/v1/reports/" + id + "/corrections", "demo-jurist", body).andExpect(status().isForbidden());
        get("/api/v1/reports/" + id + "/corrections", "demo-crisisdienst").andExpect(status().isForbidden());
        post("/api/v1/reports/" + id + "/corrections", "demo-teamleider", body).andExpect(status().isCreated());
        assertThat(jdbc.sql("SELECT count(*) FROM report_correction WHERE report_id = :r").param("r", UUID.fromString(id))
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void theReportPageCorrectsWithAReasonAndShowsTheCorrectionBesideTheText() throws Exception {
        String id = report();
        var login = SecurityMockMvcRequestPostProcessors.authentication(TestLogins.authentication(directory, clock, "medewerker"));
        mvc.perform(MockMvcRequestBuilders.post("/meldingen/" + id + "/correctie").with(login).with(SecurityMockMvcRequestPostProcessors.csrf())
                        .param("concernCorrection", "Het was de gymleraar."))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("Geef de reden van de correctie.")))
                .andExpect(content().string(Matchers.containsString("Het was de gymleraar.")));
        mvc.perform(MockMvcRequestBuilders.post("/meldingen/" + id + "/correctie").with(login).with(SecurityMockMvcRequestPostProcessors.csrf())
                        .param("concernCorrection", "Het was de gymleraar.").param("reason", "Melder belde terug"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(MockMvcRequestBuilders.get("/meldingen/" + id).with(login))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Sem komt vaak met blauwe plekken op school.")))
                .andExpect(content().string(Matchers.containsString("Het was de gymleraar.")));
    }

    ResultActions post(String path, String token, String json) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(path).header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    ResultActions get(String path, String token) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path).header("Authorization", "Bearer " + token));
    }

    static String body(ResultActions actions) throws Exception {
        return actions.andReturn().getResponse().getContentAsString();
    }
}
