package nl.vangnet.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.vangnet.platform.DutchTime;
import nl.vangnet.staff.StaffDirectory;
import nl.vangnet.staff.TestLogins;
import nl.vangnet.support.Cases;
import nl.vangnet.support.IntegrationTest;
import nl.vangnet.support.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The dossier's timeline: what each module contributes, the filters by kind and person, need to know (the
 * secretariaat sees no free text, an outsider nothing) and one access-log entry per request.
 */
@IntegrationTest
class TimelineIT {

    @Autowired MockMvc mvc;
    @Autowired StaffDirectory directory;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;

    Cases cases;
    Cases.Case c;
    String d;
    String child;
    String father;

    @BeforeEach
    void setUp() throws Exception {
        cases = new Cases(mvc, directory, clock);
        c = cases.decided("INVESTIGATION");
        d = "/api/v1/dossiers/" + c.dossierId();
        String dossier = cases.get(d, "demo-medewerker").andReturn().getResponse().getContentAsString();
        child = JsonPath.<List<String>>read(dossier, "$.persons[?(@.role == 'CHILD')].personId").getFirst();
        father = JsonPath.<List<String>>read(dossier, "$.persons[?(@.role == 'ALLEGED_PERPETRATOR')].personId").getFirst();
        String today = cases.today().toString();
        cases.post(d + "/investigation/conversations", "demo-medewerker",
                "{\"personId\":\"" + father + "\",\"role\":\"vader\",\"plannedOn\":\"" + today + "\"}").andExpect(status().isOk());
        cases.post(d + "/investigation/conversations", "demo-medewerker",
                "{\"name\":\"Dr. Jansen\",\"role\":\"huisarts\",\"plannedOn\":\"" + today + "\"}").andExpect(status().isOk());
        OffsetDateTime start = OffsetDateTime.now(clock.withZone(DutchTime.ZONE)).minusHours(2).withNano(0);
        cases.post(d + "/restraining-orders", "demo-medewerker", """
                {"startsAt":"%s","orderedOutPersonId":"%s","protectedPersonIds":["%s"],"childAbuseReason":false}"""
                .formatted(start, father, child)).andExpect(status().isCreated());
    }

    @Test
    void theTimelineShowsWhatEachModuleHoldsNewestFirst() throws Exception {
        cases.get(d + "/timeline", "demo-medewerker").andExpect(status().isOk())
                .andExpect(jsonPath("$[*].kind", hasItems("REPORT", "VERIFICATION", "ASSESSMENT", "NOTICE", "TRACK",
                        "CONVERSATION", "RESTRAINING_ORDER")))
                .andExpect(jsonPath("$[?(@.kind == 'REPORT')].text", hasItem("Sem komt vaak met blauwe plekken op school.")))
                .andExpect(jsonPath("$[?(@.kind == 'REPORT')].href", hasItem("/meldingen/" + c.reportId())))
                .andExpect(jsonPath("$[*].title", hasItems("Veiligheidsbeoordeling bevestigd: onderzoek door Veilig Thuis",
                        "Gestart: het onderzoek", "Gesprek gepland met Dr. Jansen (huisarts)",
                        "Gesprek gepland met betrokkene (vader)")))
                .andExpect(jsonPath("$[?(@.kind == 'RESTRAINING_ORDER')].personIds[*]", hasItems(father, child)));
        String body = cases.get(d + "/timeline", "demo-medewerker").andReturn().getResponse().getContentAsString();
        List<String> at = JsonPath.read(body, "$[*].at");
        assertThat(at).isSortedAccordingTo((a, b) -> OffsetDateTime.parse(b).compareTo(OffsetDateTime.parse(a)));
    }

    @Test
    void journalEntriesAndDocumentsAreOnTheTimelineAboutTheirPersonsWithTheirTextOnlyForCaseWork() throws Exception {
        String when = OffsetDateTime.now(clock.withZone(DutchTime.ZONE)).minusHours(1).withNano(0).toString();
        cases.post(d + "/journal", "demo-medewerker", """
                {"occurredAt":"%s","kind":"HOME_VISIT","withWhom":"Moeder","summary":"Huisbezoek: Sem slaapt slecht.",
                 "personIds":["%s"]}""".formatted(when, child)).andExpect(status().isCreated());
        cases.get(d + "/timeline?kind=JOURNAL", "demo-medewerker").andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].title").value("Journaal: huisbezoek"))
                .andExpect(jsonPath("$[0].text").value("Huisbezoek: Sem slaapt slecht."))
                .andExpect(jsonPath("$[0].personIds", is(List.of(child))));
        cases.get(d + "/timeline?personId=" + father, "demo-medewerker")
                .andExpect(jsonPath("$[*].kind", not(hasItem("JOURNAL"))));
        cases.get(d + "/timeline?kind=JOURNAL", "demo-secretariaat").andExpect(status().isOk())
                .andExpect(jsonPath("$[0].title").value("Journaal: huisbezoek"))
                .andExpect(jsonPath("$[0].text", nullValue()));
    }

    @Test
    void theFiltersKeepOneKindOrWhatIsAboutOnePersonAndTheHousehold() throws Exception {
        cases.get(d + "/timeline?kind=CONVERSATION", "demo-medewerker").andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[*].kind", everyItem(is("CONVERSATION"))));
        // The child: not the conversation with the father; the one with the doctor is about the household.
        cases.get(d + "/timeline?kind=CONVERSATION&personId=" + child, "demo-medewerker").andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].title").value("Gesprek gepland met Dr. Jansen (huisarts)"));
        cases.get(d + "/timeline?personId=" + child, "demo-medewerker")
                .andExpect(jsonPath("$[*].kind", hasItems("REPORT", "RESTRAINING_ORDER", "ASSESSMENT")))
                .andExpect(jsonPath("$[*].title", not(hasItem("Gesprek gepland met betrokkene (vader)"))));
        cases.get(d + "/timeline?kind=NONSENSE&personId=" + UUID.randomUUID(), "demo-medewerker")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[*].name", hasItems("kind", "personId")));
    }

    @Test
    void theSecretariaatSeesTheTimelineWithoutFreeTextAndAnOutsiderNothing() throws Exception {
        cases.get(d + "/timeline", "demo-secretariaat").andExpect(status().isOk())
                .andExpect(jsonPath("$[*].kind", hasItem("REPORT")))
                .andExpect(jsonPath("$[*].text", everyItem(nullValue())));
        cases.get(d + "/timeline", "demo-jurist").andExpect(status().isForbidden());
        cases.get("/api/v1/dossiers/" + UUID.randomUUID() + "/timeline", "demo-medewerker").andExpect(status().isForbidden());
    }

    @Test
    void eachTimelineRequestWritesOneAccessLogEntry() throws Exception {
        long seq = jdbc.sql("SELECT last_seq FROM access_log_head").query(Long.class).single();
        cases.get(d + "/timeline?personId=" + child, "demo-medewerker").andExpect(status().isOk());
        cases.get(d + "/timeline", "demo-jurist").andExpect(status().isForbidden());
        assertThat(jdbc.sql("""
                SELECT actor_name || ' ' || action || ' ' || outcome || ' ' || cardinality(person_ids)
                FROM access_log_entry WHERE seq > :s AND :d = ANY(dossier_ids) ORDER BY seq""")
                .param("s", seq).param("d", UUID.fromString(c.dossierId())).query(String.class).list())
                .containsExactly("medewerker READ ALLOWED 1", "jurist READ DENIED 0");
    }

    @Test
    void theDossierPageShowsTheCaseAndTheFilteredTimelineAndTheSecretariaatNoConcern() throws Exception {
        String page = "/dossiers/" + c.dossierId();
        mvc.perform(get(page).with(as("medewerker")).param("kind", "CONVERSATION")).andExpect(status().isOk())
                .andExpect(content().string(containsString("3511AB 12")))
                .andExpect(content().string(containsString("Kindermishandeling")))
                .andExpect(content().string(containsString("Sem komt vaak met blauwe plekken op school.")))
                .andExpect(content().string(containsString("Gesprek gepland met Dr. Jansen (huisarts)")))
                .andExpect(content().string(not(containsString("Melding " + reference() + " ontvangen"))));
        mvc.perform(get(page).with(as("medewerker")).param("kind", "NONSENSE")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Kies een soort uit de lijst.")))
                .andExpect(content().string(containsString("Melding " + reference() + " ontvangen")));
        mvc.perform(get(page).with(as("secretariaat"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Melding " + reference() + " ontvangen")))
                .andExpect(content().string(not(containsString("blauwe plekken"))));
    }

    String reference() throws Exception {
        return JsonPath.read(cases.get("/api/v1/reports/" + c.reportId(), "demo-medewerker").andReturn().getResponse()
                .getContentAsString(), "$.reference");
    }

    RequestPostProcessor as(String username) {
        return authentication(TestLogins.authentication(directory, clock, username));
    }
}
