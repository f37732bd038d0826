package nl.vangnet.support;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import nl.vangnet.platform.DutchTime;
import nl.vangnet.staff.StaffDirectory;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Cases built through the API as a worker would: a report registered and verified by the demo medewerker, assessed
 * with a decision and confirmed by the demo gedragswetenschapper, so that the dossier is in the decided track.
 */
public final class Cases {

    private final MockMvc mvc;
    private final StaffDirectory directory;
    private final MutableClock clock;

    public Cases(MockMvc mvc, StaffDirectory directory, MutableClock clock) {
        this.mvc = mvc;
        this.directory = directory;
        this.clock = clock;
    }

    public record Case(String reportId, String dossierId) {
    }

    public ResultActions post(String path, String token, String json) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(path).header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    public ResultActions get(String path, String token) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path).header("Authorization", "Bearer " + token));
    }

    /** A dossier whose confirmed safety assessment decided {@code decision} today (the test clock's today). */
    public Case decided(String decision) throws Exception {
        return decided(decision, TestData.randomBsn(), TestData.uniqueSurname("Vervolg"), "CHILD_ABUSE");
    }

    /**
     * A report about the child with this BSN and surname (joining the open dossier they are in, if any) naming one
     * type of violence, whose confirmed safety assessment decided {@code decision} today.
     */
    public Case decided(String decision, String bsn, String surname, String violenceType) throws Exception {
        String report = JsonPath.read(post("/api/v1/reports", "demo-medewerker",
                TestData.exampleReport(bsn, surname).replace("\"violenceTypes\":[\"CHILD_ABUSE\"]",
                        "\"violenceTypes\":[\"" + violenceType + "\"]"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        post("/api/v1/reports/" + report + "/verification", "demo-medewerker", "{\"with\":\"melder\",\"how\":\"telefonisch\"}")
                .andExpect(status().isOk());
        String confirmer = directory.findByUsername("gedragswetenschapper").orElseThrow().id().toString();
        String handover = "HANDOVER".equals(decision) ? "\"handoverTo\":\"LOCAL_TEAM\",\"handoverParty\":\"Buurtteam Overvecht\"," : "";
        post("/api/v1/reports/" + report + "/assessment", "demo-medewerker", """
                {"sources":[{"source":"POLICE","gatheredOn":"%1$s","summary":"Twee incidenten geregistreerd.","careInvolved":false}],
                 "acuteUnsafety":false,"structuralUnsafety":true,"structuralDescription":"Herhaald geweld.",
                 "riskFactors":["EARLIER_VIOLENCE"],"decision":"%2$s",%4$s"reasoning":"Zo besloten.",
                 "complete":true,"confirmerId":"%3$s"}""".formatted(today(), decision, confirmer, handover))
                .andExpect(status().isOk());
        post("/api/v1/reports/" + report + "/assessment/confirmation", "demo-gedragswetenschapper", "{\"confirm\":true}")
                .andExpect(status().isOk());
        String dossier = JsonPath.read(get("/api/v1/reports/" + report, "demo-medewerker").andReturn().getResponse()
                .getContentAsString(), "$.dossierId");
        return new Case(report, dossier);
    }

    /** Records every notice the dossier still owes as done (through the API, as the medewerker), so that it may close. */
    public void noticesDone(String dossierId) throws Exception {
        String tasks = get("/api/v1/dossier-tasks", "demo-medewerker").andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        for (String task : JsonPath.<List<String>>read(tasks, "$[?(@.dossierId == '" + dossierId + "')].id")) {
            post("/api/v1/dossier-tasks/" + task + "/done", "demo-medewerker", "{}").andExpect(status().is2xxSuccessful());
        }
    }

    public LocalDate today() {
        return DutchTime.today(clock);
    }
}
