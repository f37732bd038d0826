package nl.vangnet.followup;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.vangnet.platform.DutchTime;
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
class AwareIT {

    @Autowired MockMvc mvc;
    @Autowired MutableClock clock;

    ResultActions post(String path, String token, String json) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                .header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    @Test
    void theIndicationCommitteeDecidesWithReasonsBeforeADeviceIsIssuedAndReturned() throws Exception {
        String report = post("/api/v1/reports", "demo-medewerker", TestData.exampleReport(TestData.randomBsn(), "Aware"))
                .andReturn().getResponse().getContentAsString();
        String dossier = JsonPath.read(report, "$.dossierId");
        String child = JsonPath.<List<String>>read(report, "$.persons[?(@.role == 'CHILD')].personId").getFirst();
        String father = JsonPath.<List<String>>read(report, "$.persons[?(@.role == 'ALLEGED_PERPETRATOR')].personId").getFirst();
        String base = "/api/v1/dossiers/" + dossier + "/aware";
        // The victim is in principle an adult: for the child (born 2017) an exceptional reason is needed.
        post(base, "demo-medewerker", "{\"victimId\":\"%s\",\"perpetratorId\":\"%s\",\"fearDescription\":\"Vader dreigt terug te komen\"}"
                .formatted(child, father))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("minorReason"));
        post(base, "demo-medewerker", "{\"victimId\":\"%s\",\"perpetratorId\":\"%s\"}".formatted(father, father))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[*].name", Matchers.hasItems("perpetratorId", "fearDescription")));
        String id = JsonPath.read(post(base, "demo-medewerker", ("{\"victimId\":\"%s\",\"perpetratorId\":\"%s\","
                + "\"fearDescription\":\"Vader staat dagelijks bij school\",\"minorReason\":\"Moeder is overleden; Sem is het doelwit\"}")
                .formatted(child, father)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        String today = DutchTime.today(clock).toString();

        post(base + "/" + id + "/device", "demo-medewerker", "{\"issuedOn\":\"" + today + "\",\"reviewOn\":\"" + today + "\"}")
                .andExpect(status().isConflict());
        post(base + "/" + id + "/decision", "demo-medewerker", "{\"committeeOn\":\"" + today + "\",\"committeeMembers\":[\"POLICE\",\"VEILIG_THUIS\"],\"approved\":true,\"decisionReasons\":\"Reële vrees\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("committeeMembers"));
        post(base + "/" + id + "/decision", "demo-medewerker", "{\"committeeOn\":\"" + today + "\",\"committeeMembers\":[\"POLICE\",\"MOVIERA\",\"VEILIG_THUIS\"],\"approved\":true,\"decisionReasons\":\"Reële vrees, pleger negeert contactverbod\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.approved").value(true));
        String review = LocalDate.parse(today).plusMonths(3).toString();
        post(base + "/" + id + "/device", "demo-medewerker", "{\"issuedOn\":\"" + today + "\",\"reviewOn\":\"" + today + "\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("reviewOn"));
        post(base + "/" + id + "/device", "demo-medewerker", "{\"issuedOn\":\"" + today + "\",\"reviewOn\":\"" + review + "\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.reviewOn").value(review));
        post(base + "/" + id + "/return", "demo-medewerker", "{\"returnedOn\":\"" + review + "\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.deviceReturnedOn").value(review));
        mvc.perform(get(base).header("Authorization", "Bearer demo-medewerker")).andExpect(jsonPath("$[0].committeeMembers.length()").value(3));
        mvc.perform(get(base).header("Authorization", "Bearer demo-jurist")).andExpect(status().isForbidden());
        // The secretariaat of the team sees the dates and the decision, not the free text (administrative access).
        mvc.perform(get(base).header("Authorization", "Bearer demo-secretariaat")).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].reviewOn").value(review)).andExpect(jsonPath("$[0].fearDescription").doesNotExist())
                .andExpect(jsonPath("$[0].decisionReasons").doesNotExist());
        post("/api/v1/dossiers/" + UUID.randomUUID() + "/aware/" + id + "/return", "demo-medewerker", "{\"returnedOn\":\"" + review + "\"}")
                .andExpect(status().isNotFound());
    }
}
