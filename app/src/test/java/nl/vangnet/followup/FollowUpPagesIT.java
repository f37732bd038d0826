package nl.vangnet.followup;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.vangnet.platform.DutchTime;
import nl.vangnet.staff.StaffDirectory;
import nl.vangnet.staff.TestLogins;
import nl.vangnet.support.IntegrationTest;
import nl.vangnet.support.MutableClock;
import nl.vangnet.support.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The follow-up pages of a dossier: the AWARE flow (apply, the committee's decision, device issued and returned, with
 * refusals at the fields), and every page with content in Dutch and in English.
 */
@IntegrationTest
class FollowUpPagesIT {

    @Autowired MockMvc mvc;
    @Autowired MutableClock clock;
    @Autowired StaffDirectory directory;

    RequestPostProcessor as(String username) {
        return authentication(TestLogins.authentication(directory, clock, username));
    }

    @Test
    void anApplicationGoesFromTheFormThroughTheCommitteeToADeviceIssuedAndReturned() throws Exception {
        String report = mvc.perform(post("/api/v1/reports").header("Authorization", "Bearer demo-medewerker")
                        .contentType(MediaType.APPLICATION_JSON).content(TestData.exampleReport(TestData.randomBsn(), "Awarepagina")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String dossier = JsonPath.read(report, "$.dossierId");
        String child = JsonPath.<List<String>>read(report, "$.persons[?(@.role == 'CHILD')].personId").getFirst();
        String father = JsonPath.<List<String>>read(report, "$.persons[?(@.role == 'ALLEGED_PERPETRATOR')].personId").getFirst();
        String page = "/dossiers/" + dossier + "/aware";
        LocalDate today = DutchTime.today(clock);

        mvc.perform(get(page).with(as("medewerker"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Er is nog geen AWARE-aanvraag.")))
                .andExpect(content().string(containsString("Sem Awarepagina (Kind, 01-03-2017)")));

        // Refused: no fear described; what was typed and chosen stays.
        mvc.perform(post(page).with(as("medewerker")).with(csrf()).param("victimId", child).param("perpetratorId", father)
                        .param("minorReason", "Moeder is overleden; Sem is het doelwit"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Beschrijf de reële vrees opnieuw slachtoffer te worden van dezelfde pleger.")))
                .andExpect(content().string(containsString("id=\"fearDescription-fout\"")))
                .andExpect(content().string(containsString("href=\"#fearDescription\"")))
                .andExpect(content().string(containsString("<option value=\"" + child + "\" selected=\"selected\"")))
                .andExpect(content().string(containsString(">Moeder is overleden; Sem is het doelwit</textarea>")));
        mvc.perform(post(page).with(as("medewerker")).with(csrf()).param("victimId", child).param("perpetratorId", father)
                        .param("fearDescription", "Vader staat dagelijks bij school").param("minorReason", "Moeder is overleden"))
                .andExpect(status().isFound()).andExpect(redirectedUrl(page));
        mvc.perform(get(page).with(as("medewerker"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("aangevraagd, wacht op de indicatiecommissie")))
                .andExpect(content().string(containsString("Vader staat dagelijks bij school")));
        String application = JsonPath.read(mvc.perform(get("/api/v1/dossiers/" + dossier + "/aware")
                .header("Authorization", "Bearer demo-medewerker")).andReturn().getResponse().getContentAsString(), "$[0].id");
        String base = page + "/" + application;

        // The committee is police, Moviera and Veilig Thuis: two of them is refused, the reasons typed stay.
        mvc.perform(post(base + "/besluit").with(as("medewerker")).with(csrf()).param("committeeOn", today.toString())
                        .param("committeeMembers", "POLICE", "VEILIG_THUIS").param("approved", "true")
                        .param("decisionReasons", "Reële vrees, pleger negeert contactverbod"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("De indicatiecommissie bestaat uit politie, Moviera en Veilig Thuis.")))
                .andExpect(content().string(containsString("id=\"committeeMembers-" + application + "-fout\"")))
                .andExpect(content().string(containsString(">Reële vrees, pleger negeert contactverbod</textarea>")));
        mvc.perform(post(base + "/besluit").with(as("medewerker")).with(csrf()).param("committeeOn", today.toString())
                        .param("committeeMembers", "POLICE", "MOVIERA", "VEILIG_THUIS").param("approved", "true")
                        .param("decisionReasons", "Reële vrees, pleger negeert contactverbod"))
                .andExpect(status().isFound()).andExpect(redirectedUrl(page));
        mvc.perform(get(page).with(as("medewerker")))
                .andExpect(content().string(containsString("toegekend, kastje nog niet uitgegeven")))
                .andExpect(content().string(containsString("politie, Moviera, Veilig Thuis")));
        // Deciding twice is a rule of the domain, shown at the form.
        mvc.perform(post(base + "/besluit").with(as("medewerker")).with(csrf()).param("committeeOn", today.toString())
                        .param("committeeMembers", "POLICE", "MOVIERA", "VEILIG_THUIS").param("approved", "false")
                        .param("decisionReasons", "Toch niet"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("De indicatiecommissie heeft over deze aanvraag al besloten.")));

        LocalDate review = today.plusMonths(3);
        mvc.perform(post(base + "/kastje").with(as("medewerker")).with(csrf()).param("issuedOn", today.toString())
                        .param("reviewOn", today.toString()))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("De evaluatie ligt na de uitgifte.")));
        mvc.perform(post(base + "/kastje").with(as("medewerker")).with(csrf()).param("issuedOn", today.toString())
                        .param("reviewOn", review.toString()))
                .andExpect(status().isFound());
        String dutchReview = review.format(DateTimeFormatter.ofPattern("dd-MM-yyyy"));
        mvc.perform(get(page).with(as("medewerker")))
                .andExpect(content().string(containsString(">kastje uitgegeven</dd>")))
                .andExpect(content().string(containsString("<dd class=\"evaluatie\">" + dutchReview + "</dd>")));
        mvc.perform(post(base + "/ingeleverd").with(as("medewerker")).with(csrf()).param("returnedOn", review.toString()))
                .andExpect(status().isFound());
        mvc.perform(get(page).with(as("medewerker")))
                .andExpect(content().string(containsString(">kastje ingeleverd</dd>")))
                .andExpect(content().string(not(containsString("/ingeleverd\""))));

        // The secretariaat of the team reads the state, not the free text, and gets no forms; others no page at all.
        mvc.perform(get(page).with(as("secretariaat"))).andExpect(status().isOk())
                .andExpect(content().string(containsString(">kastje ingeleverd</dd>")))
                .andExpect(content().string(not(containsString("Vader staat dagelijks bij school"))))
                .andExpect(content().string(not(containsString("AWARE aanvragen"))));
        mvc.perform(get(page).with(as("jurist"))).andExpect(status().isForbidden());
    }

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"nl", "en"})
    void everyFollowUpPageHasItsTextsInDutchAndEnglish(String language) throws Exception {
        String report = api("/api/v1/reports", TestData.exampleReport(TestData.randomBsn(), "Talen"));
        String dossier = JsonPath.read(report, "$.dossierId");
        String child = JsonPath.<List<String>>read(report, "$.persons[?(@.role == 'CHILD')].personId").getFirst();
        String father = JsonPath.<List<String>>read(report, "$.persons[?(@.role == 'ALLEGED_PERPETRATOR')].personId").getFirst();
        String now = OffsetDateTime.now(clock.withZone(DutchTime.ZONE)).minusHours(1).withNano(0).toString();
        String order = api("/api/v1/dossiers/" + dossier + "/restraining-orders", """
                {"startsAt":"%s","orderedOutPersonId":"%s","protectedPersonIds":["%s"],"childAbuseReason":true,"consultedAt":"%s"}"""
                .formatted(now, father, child, now));
        api("/api/v1/dossiers/" + dossier + "/restraining-orders/" + JsonPath.read(order, "$.id") + "/extension", "{\"totalDays\":14}");
        api("/api/v1/dossiers/" + dossier + "/aware", """
                {"victimId":"%s","perpetratorId":"%s","fearDescription":"Vrees","minorReason":"Kind"}""".formatted(child, father));
        api("/api/v1/dossiers/" + dossier + "/crisis-interventions", """
                {"mode":"PHONE","whatHappened":"x","howItArose":"x","immediateNeeds":"x","nextStep":"TRACK",
                 "professionals":[{"kind":"GP","name":"Dr. Smit","withPersonConsent":false,"withoutConsentReason":"Gevaar"}]}""");
        for (String act : List.of("huisverbod", "aware", "crisisinterventies")) {
            mvc.perform(get("/dossiers/" + dossier + "/" + act).param("taal", language).with(as("medewerker")))
                    .andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("??"))))
                    .andExpect(content().string(containsString(language.equals("nl") ? "Vervolgacties van dit dossier" : "Follow-up acts of this dossier")));
        }
        mvc.perform(get("/dossiers/" + dossier).param("taal", language).with(as("medewerker")))
                .andExpect(content().string(not(containsString("??"))))
                .andExpect(content().string(containsString(language.equals("nl") ? ">Vervolgacties</h2>" : ">Follow-up acts</h2>")));
    }

    private String api(String path, String json) throws Exception {
        return mvc.perform(post(path).header("Authorization", "Bearer demo-medewerker").contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().is2xxSuccessful()).andReturn().getResponse().getContentAsString();
    }
}
