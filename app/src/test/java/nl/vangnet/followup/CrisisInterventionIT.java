package nl.vangnet.followup;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import com.jayway.jsonpath.JsonPath;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import nl.vangnet.staff.StaffDirectory;
import nl.vangnet.staff.TestLogins;
import nl.vangnet.support.IntegrationTest;
import nl.vangnet.support.MutableClock;
import nl.vangnet.support.TestData;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@IntegrationTest
class CrisisInterventionIT {

    @Autowired MockMvc mvc;
    @Autowired MutableClock clock;
    @Autowired StaffDirectory directory;

    ResultActions post(String path, String token, String json) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                .header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    @Test
    void aNightlyCrisisInterventionIsRecordedAndStaysFirstInTheCrisisServicesWorkListUntilFollowedUp() throws Exception {
        // The crisis worker registers the acute police notice at night and so is assigned to the dossier.
        String report = post("/api/v1/reports", "demo-crisisdienst", TestData.exampleReport(TestData.randomBsn(), "Nacht")
                .replace("\"acuteDanger\":false", "\"acuteDanger\":true")).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        String dossier = JsonPath.read(report, "$.dossierId");
        String reference = JsonPath.read(report, "$.dossierReference");
        String night = OffsetDateTime.now(clock.withZone(ZoneId.of("Europe/Amsterdam"))).minusHours(1).withNano(0).toString();
        String base = "/api/v1/dossiers/" + dossier + "/crisis-interventions";
        post(base, "demo-crisisdienst", "{\"mode\":\"BY_PIGEON\",\"professionals\":[{\"kind\":\"GP\",\"name\":\"Dr. Smit\",\"withPersonConsent\":false}]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[*].name", Matchers.hasItems("mode", "whatHappened", "howItArose",
                        "immediateNeeds", "nextStep", "professionals[0].withoutConsentReason")));
        String created = post(base, "demo-crisisdienst", """
                {"actedAt":"%s","mode":"ON_SITE","whatHappened":"Moeder met kind opgesloten in de badkamer, vader dronken",
                 "howItArose":"Ruzie over de omgangsregeling escaleerde","immediateNeeds":"Moeder en kind naar de opvang",
                 "professionals":[{"kind":"NEIGHBOURHOOD_OFFICER","name":"Wijkagent Visser","withPersonConsent":true,"summary":"Kent het gezin"}],
                 "nextStep":"ASSESSMENT"}""".formatted(night))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.actedBy").value("Cas Crisisdienst"))
                .andExpect(jsonPath("$.professionals[0].kind").value("NEIGHBOURHOOD_OFFICER"))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(created, "$.id");

        var crisis = authentication(TestLogins.authentication(directory, clock, "crisisdienst"));
        mvc.perform(get("/werkvoorraad").with(crisis)).andExpect(content().string(containsString("Crisisinterventie wacht op vervolg · " + reference)));
        post(base + "/" + id + "/followed-up", "demo-crisisdienst", "").andExpect(status().isOk())
                .andExpect(jsonPath("$.followUpDoneAt").isNotEmpty());
        mvc.perform(get("/werkvoorraad").with(crisis)).andExpect(content().string(not(containsString("Crisisinterventie wacht op vervolg · " + reference))));
        post(base, "demo-jurist", "{}").andExpect(status().isForbidden());
    }
}
