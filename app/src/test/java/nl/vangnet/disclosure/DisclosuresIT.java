package nl.vangnet.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.vangnet.dossier.DossierOpening;
import nl.vangnet.dossier.NewDossier;
import nl.vangnet.person.NewPerson;
import nl.vangnet.person.PersonRole;
import nl.vangnet.staff.StaffDirectory;
import nl.vangnet.staff.TestLogins;
import nl.vangnet.support.Cases;
import nl.vangnet.support.IntegrationTest;
import nl.vangnet.support.MutableClock;
import nl.vangnet.support.TestData;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The register of disclosures through the API and the pages: nothing without a legal ground, only who works on the
 * case registers, the FG filters the whole register, and each person's overview lists the recipients (AVG art. 15).
 */
@IntegrationTest
class DisclosuresIT {

    static final String ME = "demo-medewerker";
    static final String FG = "demo-fg";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired StaffDirectory directory;
    @Autowired MutableClock clock;
    @Autowired DossierOpening opening;

    Cases cases;

    @BeforeEach
    void setUp() {
        cases = new Cases(mvc, directory, clock);
    }

    record Dossier(String id, List<String> persons) {
    }

    Dossier dossier() throws Exception {
        String report = cases.post("/api/v1/reports", ME, TestData.exampleReport(TestData.randomBsn(), TestData.uniqueSurname("Verstrekt")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String dossier = JsonPath.read(report, "$.dossierId");
        return new Dossier(dossier, jdbc.sql("SELECT person_id::text FROM dossier_person WHERE dossier_id = :d ORDER BY person_id")
                .param("d", UUID.fromString(dossier)).query(String.class).list());
    }

    /** A dossier of another team, with one child. */
    UUID foreignDossier() {
        UUID otherTeam = directory.teams().stream().filter(t -> t.name().equals("Team Elders")).findFirst()
                .orElseGet(() -> directory.createTeam("Team Elders")).id();
        return TestLogins.as(directory, clock, "medewerker", () -> opening.register(new NewDossier(otherTeam,
                LocalDate.of(2026, 1, 5), List.of(new NewPerson(PersonRole.CHILD, null, TestData.uniqueSurname("Elders"), null,
                        "Kind", LocalDate.of(2015, 2, 3), null)), Set.of())));
    }

    static String body(String organisation, String ground, LocalDate on, List<String> persons, String... items) {
        return """
                {"recipientOrganisation":"%s","recipientPerson":"Wijkagent R. Bakker","personIds":[%s],"dataItems":[%s],
                 %s"disclosedOn":"%s","description":"Adres en de zorg, voor het huisbezoek."}""".formatted(organisation,
                String.join(",", persons.stream().map(p -> "\"" + p + "\"").toList()),
                String.join(",", List.of(items).stream().map(i -> "\"" + i + "\"").toList()),
                ground == null ? "" : "\"legalGround\":\"" + ground + "\",", on);
    }

    long disclosuresOf(String dossier) {
        return jdbc.sql("SELECT count(*) FROM disclosure WHERE dossier_id = :d").param("d", UUID.fromString(dossier))
                .query(Long.class).single();
    }

    long allDisclosures() {
        return jdbc.sql("SELECT count(*) FROM disclosure").query(Long.class).single();
    }

    long lastSeq() {
        return jdbc.sql("SELECT last_seq FROM access_log_head").query(Long.class).single();
    }

    long logged(long after, String outcome, String action, UUID dossier) {
        return jdbc.sql("SELECT count(*) FROM access_log_entry WHERE seq > :s AND outcome = :o AND action = :a AND :d = ANY (dossier_ids)")
                .param("s", after).param("o", outcome).param("a", action).param("d", dossier).query(Long.class).single();
    }

    @Test
    void withoutALegalGroundNothingIsStoredAndTheRefusalIsAtTheGround() throws Exception {
        Dossier d = dossier();
        String path = "/api/v1/dossiers/" + d.id() + "/disclosures";
        long before = allDisclosures();
        cases.post(path, ME, body("Politie Midden-Nederland", null, cases.today(), d.persons(), "NAME", "ADDRESS"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("legalGround"))
                .andExpect(jsonPath("$.invalidParams[0].reason").value(startsWith("Zonder wettelijke grondslag")));
        cases.post(path, ME, body("Politie Midden-Nederland", "BECAUSE_WE_CAN", cases.today(), d.persons(), "NAME"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[*].name", hasItem("legalGround")));
        // Every other field refused at its own place, still nothing stored.
        cases.post(path, ME, body("", "CONSENT", cases.today().plusDays(1), List.of(UUID.randomUUID().toString()), "SECRETS"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[*].name",
                        Matchers.hasItems("recipientOrganisation", "disclosedOn", "personIds", "dataItems[0]")));
        assertThat(allDisclosures()).isEqualTo(before);
        assertThat(disclosuresOf(d.id())).isZero();

        long seq = lastSeq();
        String created = cases.post(path, ME, body("Politie Midden-Nederland", "PREVENT_SERIOUS_HARM", cases.today(),
                        d.persons().subList(0, 1), "NAME", "ADDRESS"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/v1/dossiers/" + d.id() + "/disclosures/")))
                .andExpect(jsonPath("$.kind").value("OTHER"))
                .andExpect(jsonPath("$.legalGround").value("PREVENT_SERIOUS_HARM"))
                .andExpect(jsonPath("$.dataItems", containsInAnyOrder("NAME", "ADDRESS")))
                .andExpect(jsonPath("$.persons[0].id").value(d.persons().get(0)))
                .andExpect(jsonPath("$.persons[0].name").value(Matchers.notNullValue()))
                .andExpect(jsonPath("$.decidedBy").value(Matchers.notNullValue()))
                .andReturn().getResponse().getContentAsString();
        assertThat(disclosuresOf(d.id())).isEqualTo(1);
        assertThat(logged(seq, "ALLOWED", "DISCLOSE", UUID.fromString(d.id()))).isEqualTo(1);
        mvc.perform(MockMvcRequestBuilders.get("/api/v1/dossiers/" + d.id() + "/disclosures/" + JsonPath.read(created, "$.id"))
                .header("Authorization", "Bearer " + ME)).andExpect(status().isOk());
        // The secretariaat sees the dossier's disclosures without the free text, and registers none.
        cases.get(path, "demo-secretariaat").andExpect(status().isOk())
                .andExpect(jsonPath("$[0].recipientOrganisation").value("Politie Midden-Nederland"))
                .andExpect(jsonPath("$[0].description").doesNotExist());
        cases.post(path, "demo-secretariaat", body("GGD", "CONSENT", cases.today(), d.persons(), "NAME"))
                .andExpect(status().isForbidden());
        assertThat(disclosuresOf(d.id())).isEqualTo(1);
    }

    @Test
    void anotherTeamsWorkerIsRefusedTheRefusalIsLoggedAndNothingIsStored() throws Exception {
        UUID foreign = foreignDossier();
        String child = jdbc.sql("SELECT person_id::text FROM dossier_person WHERE dossier_id = :d").param("d", foreign)
                .query(String.class).single();
        long before = allDisclosures();
        long seq = lastSeq();
        cases.post("/api/v1/dossiers/" + foreign + "/disclosures", ME, body("Politie", "PREVENT_SERIOUS_HARM", cases.today(),
                List.of(child), "NAME")).andExpect(status().isForbidden());
        cases.get("/api/v1/dossiers/" + foreign + "/disclosures", ME).andExpect(status().isForbidden());
        assertThat(allDisclosures()).isEqualTo(before);
        assertThat(logged(seq, "DENIED", "DISCLOSE", foreign)).isEqualTo(1);
        assertThat(logged(seq, "DENIED", "READ", foreign)).isEqualTo(1);
    }

    @Test
    void theFgFiltersTheRegisterByPeriodRecipientGroundAndPerson() throws Exception {
        Dossier d = dossier();
        String a = d.persons().get(0);
        String b = d.persons().get(1);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String path = "/api/v1/dossiers/" + d.id() + "/disclosures";
        LocalDate today = cases.today();
        String police = JsonPath.read(cases.post(path, ME, body("Politie " + tag, "PREVENT_SERIOUS_HARM", today, List.of(a), "NAME"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        String ggd = JsonPath.read(cases.post(path, ME, body("GGD " + tag, "CONSENT", today.minusDays(10), List.of(a, b), "NAME", "REPORT"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        String school = JsonPath.read(cases.post(path, ME, body("School " + tag, "CONSENT", today.minusDays(40), List.of(b), "CONTACT_DETAILS"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");

        // Period (with the recipient's tag, as the shared database holds other tests' disclosures).
        fg("from", today.minusDays(15).toString(), "to", today.toString(), "recipient", tag)
                .andExpect(jsonPath("$.disclosures[*].id", containsInAnyOrder(police, ggd)))
                .andExpect(jsonPath("$.truncated").value(false));
        fg("from", today.minusDays(50).toString(), "to", today.minusDays(20).toString(), "recipient", tag)
                .andExpect(jsonPath("$.disclosures[*].id", containsInAnyOrder(school)));
        // Recipient: part of the name, any case.
        fg("recipient", "ggd " + tag.toUpperCase()).andExpect(jsonPath("$.disclosures[*].id", containsInAnyOrder(ggd)))
                .andExpect(jsonPath("$.disclosures[0].dossierReference").value(startsWith("VT-")))
                .andExpect(jsonPath("$.disclosures[0].persons.length()").value(2));
        // Ground, and person.
        fg("legalGround", "CONSENT", "personId", b).andExpect(jsonPath("$.disclosures[*].id", containsInAnyOrder(ggd, school)));
        fg("legalGround", "PREVENT_SERIOUS_HARM", "personId", a).andExpect(jsonPath("$.disclosures[*].id", containsInAnyOrder(police)));
        fg("personId", a).andExpect(jsonPath("$.disclosures[*].id", containsInAnyOrder(police, ggd)));
        fg("kind", "HANDOVER", "personId", a).andExpect(jsonPath("$.disclosures.length()").value(0));
        // Newest first, and a limit says when there is more.
        fg("personId", b, "limit", "1").andExpect(jsonPath("$.disclosures[*].id", containsInAnyOrder(ggd)))
                .andExpect(jsonPath("$.truncated").value(true));
        fg("from", today.toString(), "to", today.minusDays(1).toString()).andExpect(status().isBadRequest());

        // One LIST entry per read, naming the persons listed.
        long seq = lastSeq();
        fg("recipient", "school " + tag);
        assertThat(jdbc.sql("""
                SELECT count(*) FROM access_log_entry WHERE seq > :s AND action = 'LIST' AND outcome = 'ALLOWED'
                AND role_used = 'DATA_PROTECTION_OFFICER' AND :p = ANY (person_ids) AND NOT (:a = ANY (person_ids))""")
                .param("s", seq).param("p", UUID.fromString(b)).param("a", UUID.fromString(a)).query(Long.class).single())
                .isEqualTo(1);
        // Only the FG: a worker or a teamleider is refused, and the refusal is logged.
        seq = lastSeq();
        cases.get("/api/v1/disclosures", ME).andExpect(status().isForbidden());
        cases.get("/api/v1/disclosures", "demo-teamleider").andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT count(*) FROM access_log_entry WHERE seq > :s AND action = 'LIST' AND outcome = 'DENIED'")
                .param("s", seq).query(Long.class).single()).isEqualTo(2);

        // The FG's page, with the same filters.
        var fgLogin = SecurityMockMvcRequestPostProcessors.authentication(TestLogins.authentication(directory, clock, "fg"));
        mvc.perform(MockMvcRequestBuilders.get("/verstrekkingen").param("recipient", tag).param("legalGround", "CONSENT").with(fgLogin))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("GGD " + tag)))
                .andExpect(content().string(Matchers.containsString("School " + tag)))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Politie " + tag))))
                .andExpect(content().string(Matchers.containsString("Toestemming van de betrokkenen")));
    }

    ResultActions fg(String... params) throws Exception {
        var request = MockMvcRequestBuilders.get("/api/v1/disclosures").header("Authorization", "Bearer " + FG);
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request);
    }

    @Test
    void aPersonsOverviewListsTheRecipientsForTheFgAndForWhoHasAccessOnly() throws Exception {
        Dossier d = dossier();
        String child = d.persons().get(0);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        cases.post("/api/v1/dossiers/" + d.id() + "/disclosures", ME,
                body("Huisartsenpraktijk " + tag, "CONSENT", cases.today(), List.of(child), "NAME", "CONCERN"))
                .andExpect(status().isCreated());
        String path = "/api/v1/persons/" + child + "/disclosures";
        cases.get(path, FG).andExpect(status().isOk())
                .andExpect(jsonPath("$.disclosures[0].recipientOrganisation").value("Huisartsenpraktijk " + tag))
                .andExpect(jsonPath("$.disclosures[0].legalGround").value("CONSENT"));
        cases.get(path, ME).andExpect(status().isOk()).andExpect(jsonPath("$.disclosures.length()").value(1));
        // Without access to any dossier the person is in: refused and logged.
        UUID foreign = foreignDossier();
        UUID foreignChild = jdbc.sql("SELECT person_id FROM dossier_person WHERE dossier_id = :d").param("d", foreign)
                .query(UUID.class).single();
        long seq = lastSeq();
        cases.get("/api/v1/persons/" + foreignChild + "/disclosures", ME).andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT count(*) FROM access_log_entry WHERE seq > :s AND outcome = 'DENIED' AND :p = ANY (person_ids)")
                .param("s", seq).param("p", foreignChild).query(Long.class).single()).isEqualTo(1);
        // The person's page says to whom.
        var worker = SecurityMockMvcRequestPostProcessors.authentication(TestLogins.authentication(directory, clock, "medewerker"));
        mvc.perform(MockMvcRequestBuilders.get("/dossiers/" + d.id() + "/personen/" + child).with(worker))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Verstrekt aan")))
                .andExpect(content().string(Matchers.containsString("Huisartsenpraktijk " + tag)))
                .andExpect(content().string(Matchers.containsString("Toestemming van de betrokkenen")));
    }

    @Test
    void theDossierPageFormKeepsWhatWasTypedWhenRefusedAndRegistersWithAGround() throws Exception {
        Dossier d = dossier();
        var worker = SecurityMockMvcRequestPostProcessors.authentication(TestLogins.authentication(directory, clock, "medewerker"));
        String page = "/dossiers/" + d.id() + "/verstrekkingen";
        long before = disclosuresOf(d.id());
        mvc.perform(MockMvcRequestBuilders.post(page).with(worker).with(SecurityMockMvcRequestPostProcessors.csrf())
                        .param("recipientOrganisation", "Jeugdgezondheidszorg Utrecht").param("personIds", d.persons().get(0))
                        .param("dataItems", "NAME").param("disclosedOn", cases.today().toString()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("Zonder wettelijke grondslag")))
                .andExpect(content().string(Matchers.containsString("value=\"Jeugdgezondheidszorg Utrecht\"")));
        assertThat(disclosuresOf(d.id())).isEqualTo(before);
        mvc.perform(MockMvcRequestBuilders.post(page).with(worker).with(SecurityMockMvcRequestPostProcessors.csrf())
                        .param("recipientOrganisation", "Jeugdgezondheidszorg Utrecht").param("personIds", d.persons().get(0))
                        .param("dataItems", "NAME").param("legalGround", "CONSENT").param("disclosedOn", cases.today().toString()))
                .andExpect(status().is3xxRedirection());
        assertThat(disclosuresOf(d.id())).isEqualTo(before + 1);
        mvc.perform(MockMvcRequestBuilders.get(page).with(worker)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Jeugdgezondheidszorg Utrecht")));
        mvc.perform(MockMvcRequestBuilders.get("/dossiers/" + d.id()).with(worker)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("naar-verstrekkingen")));
    }
}
