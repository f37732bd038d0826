package nl.vangnet.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.vangnet.staff.StaffDirectory;
import nl.vangnet.staff.TestLogins;
import nl.vangnet.support.Cases;
import nl.vangnet.support.IntegrationTest;
import nl.vangnet.support.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The follow-up defects of issue 11: each test reproduced its defect before the fix. */
@IntegrationTest
class FollowUpDefectsIT {

    @Autowired MockMvc mvc;
    @Autowired StaffDirectory directory;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;

    Cases cases;
    String dossier;
    String d;
    String child;

    @BeforeEach
    void setUp() throws Exception {
        cases = new Cases(mvc, directory, clock);
        dossier = cases.decided("INVESTIGATION").dossierId();
        d = "/api/v1/dossiers/" + dossier;
        child = JsonPath.<List<String>>read(cases.get(d, "demo-medewerker").andReturn().getResponse().getContentAsString(),
                "$.persons[?(@.role == 'CHILD')].personId").getFirst();
    }

    RequestPostProcessor as(String username) {
        return authentication(TestLogins.authentication(directory, clock, username));
    }

    @Test
    void theConclusionFormShowsTheFindingsSavedEarlierSoThatConcludingKeepsThem() throws Exception {
        cases.post(d + "/investigation/findings", "demo-medewerker", "{\"findings\":\"Eerste bevindingen uit het gesprek.\"}")
                .andExpect(status().isOk());
        String page = mvc.perform(get("/dossiers/" + dossier + "/vervolg").with(as("medewerker")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher field = Pattern.compile("<textarea id=\"conclusie-findings\"[^>]*>([^<]*)</textarea>").matcher(page);
        assertThat(field.find()).as("the conclusion form has a findings field").isTrue();
        assertThat(field.group(1)).isEqualTo("Eerste bevindingen uit het gesprek.");
    }

    @Test
    void aConversationIsWithAHouseholdMemberOrAProfessionalNeverBoth() throws Exception {
        cases.post(d + "/investigation/conversations", "demo-medewerker",
                "{\"personId\":\"" + child + "\",\"name\":\"Dr. Jansen\",\"role\":\"huisarts\",\"plannedOn\":\"" + cases.today() + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("name"))
                .andExpect(jsonPath("$.invalidParams[0].reason").value(
                        "Kies een betrokkene óf vul de naam van een professional in, niet allebei."));
        assertThat(conversations()).isZero();
    }

    @Test
    void aHouseholdMembersRoleIsTakenFromTheDossier() throws Exception {
        cases.post(d + "/investigation/conversations", "demo-medewerker",
                "{\"personId\":\"" + child + "\",\"plannedOn\":\"" + cases.today() + "\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.conversations[0].role").value("Kind"));
        cases.post(d + "/investigation/conversations", "demo-medewerker",
                "{\"name\":\"Dr. Jansen\",\"plannedOn\":\"" + cases.today() + "\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("role"));
    }

    @Test
    void aPlannedConversationCanBeChangedAndCancelledButNotOnceHeld() throws Exception {
        String plan = cases.post(d + "/investigation/conversations", "demo-medewerker",
                "{\"name\":\"Dr. Jansen\",\"role\":\"huisarts\",\"plannedOn\":\"" + cases.today() + "\"}")
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(plan, "$.conversations[0].id");
        String tomorrow = cases.today().plusDays(1).toString();
        mvc.perform(put(d + "/investigation/conversations/" + id).header("Authorization", "Bearer demo-medewerker")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Dr. de Vries\",\"role\":\"huisarts\",\"plannedOn\":\"" + tomorrow + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.conversations[0].name").value("Dr. de Vries"))
                .andExpect(jsonPath("$.conversations[0].plannedOn").value(tomorrow));
        cases.post(d + "/investigation/conversations/" + id + "/cancel", "demo-medewerker", "{}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("reason"));
        cases.post(d + "/investigation/conversations/" + id + "/cancel", "demo-medewerker",
                        "{\"reason\":\"De huisarts is met verlof.\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.conversations[0].cancelledOn").value(cases.today().toString()))
                .andExpect(jsonPath("$.conversations[0].cancelReason").value("De huisarts is met verlof."));
        cases.post(d + "/investigation/conversations/" + id + "/held", "demo-medewerker",
                "{\"heldOn\":\"" + cases.today() + "\",\"summary\":\"x\"}").andExpect(status().isConflict());

        String held = JsonPath.<List<String>>read(cases.post(d + "/investigation/conversations", "demo-medewerker",
                "{\"personId\":\"" + child + "\",\"role\":\"kind\",\"plannedOn\":\"" + cases.today() + "\"}")
                .andReturn().getResponse().getContentAsString(), "$.conversations[?(@.personId)].id").getFirst();
        cases.post(d + "/investigation/conversations/" + held + "/held", "demo-medewerker",
                "{\"heldOn\":\"" + cases.today() + "\",\"summary\":\"Sem vertelt over school.\"}").andExpect(status().isOk());
        cases.post(d + "/investigation/conversations/" + held + "/cancel", "demo-medewerker", "{\"reason\":\"x\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Een gevoerd gesprek kan niet worden geannuleerd."));

        // On the page: the cancelled one stays visible as cancelled, with its reason.
        mvc.perform(get("/dossiers/" + dossier + "/vervolg").with(as("medewerker"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Geannuleerd")))
                .andExpect(content().string(containsString("De huisarts is met verlof.")));
    }

    @Test
    void thePageChangesAndCancelsAPlannedConversation() throws Exception {
        String plan = cases.post(d + "/investigation/conversations", "demo-medewerker",
                "{\"name\":\"Dr. Jansen\",\"role\":\"huisarts\",\"plannedOn\":\"" + cases.today() + "\"}")
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(plan, "$.conversations[0].id");
        String base = "/dossiers/" + dossier + "/vervolg/gesprekken/" + id;
        mvc.perform(post(base + "/wijzigen").with(as("medewerker")).with(csrf()).param("personId", child)
                        .param("name", "Dr. Jansen").param("role", "huisarts").param("plannedOn", cases.today().toString()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("niet allebei")));
        mvc.perform(post(base + "/annuleren").with(as("medewerker")).with(csrf()).param("reason", "Niet meer nodig."))
                .andExpect(status().is3xxRedirection());
        cases.get(d + "/tracks", "demo-medewerker")
                .andExpect(jsonPath("$[0].conversations[0].cancelReason").value("Niet meer nodig."));
    }

    @Test
    void conversationsWithBothAPersonAndANameAreRefusedInTheDatabaseToo() {
        assertThat(jdbc.sql("""
                SELECT count(*) FROM pg_constraint WHERE conname = 'investigation_conversation_person_or_name'""")
                .query(Long.class).single()).isEqualTo(1);
    }

    long conversations() {
        return jdbc.sql("""
                SELECT count(*) FROM investigation_conversation c JOIN follow_up_track t ON t.id = c.track_id
                WHERE t.dossier_id = :d""").param("d", UUID.fromString(dossier)).query(Long.class).single();
    }

}
