package nl.vangnet.rights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import nl.vangnet.staff.StaffDirectory;
import nl.vangnet.staff.TestLogins;
import nl.vangnet.support.Cases;
import nl.vangnet.support.IntegrationTest;
import nl.vangnet.support.MutableClock;
import nl.vangnet.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Issue 13 §3 on the real database: a granted restriction (AVG art. 18) refuses every edit and every exchange about
 * the person with 409 and a Dutch reason, storing nothing, leaves them out of the billing export, keeps them readable
 * and marked, until the FG lifts it with reasons; a granted own statement is shown with the data it disputes; a
 * granted correction changes the person's data through the history, naming the request.
 */
@IntegrationTest
class RestrictionOwnStatementCorrectionIT {

    /** Wijk bij Duurstede: no other test's household lives there. */
    static final String MUNICIPALITY = "GM0352";
    static final String REASON = "is beperkt zolang de juistheid wordt betwist (AVG art. 18)";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;
    @Autowired StaffDirectory directory;

    Cases cases;
    String surname;
    String bsn;
    String report;
    String dossier;
    String child;
    String parent;

    @BeforeEach
    void anInvestigatedHouseholdInWijkBijDuurstede() throws Exception {
        cases = new Cases(mvc, directory, clock);
        surname = TestData.uniqueSurname("Beperkt");
        bsn = TestData.randomBsn();
        Cases.Case decided = cases.decided("INVESTIGATION", bsn, surname, "CHILD_ABUSE");
        report = decided.reportId();
        dossier = decided.dossierId();
        call("PUT", "/api/v1/dossiers/" + dossier + "/household", "demo-medewerker",
                "{\"municipalityCode\":\"" + MUNICIPALITY + "\",\"reason\":\"Het gezin is verhuisd.\"}").andExpect(status().isOk());
        child = jdbc.sql("SELECT id::text FROM person WHERE bsn = :b").param("b", bsn).query(String.class).single();
        parent = jdbc.sql("SELECT person_id::text FROM dossier_person WHERE dossier_id = CAST(:d AS uuid) AND role = 'ALLEGED_PERPETRATOR'")
                .param("d", dossier).query(String.class).single();
    }

    ResultActions call(String method, String path, String token, String json) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.request(HttpMethod.valueOf(method), path).header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    /** A request of this kind about the child (nine years old: asked by a parent), decided as the FG says. */
    String requested(String kind, String extra) throws Exception {
        String created = call("POST", "/api/v1/rights-requests", "demo-medewerker", """
                {"kind":"%s","personId":"%s","dossierId":"%s","requester":"PARENT_WITH_AUTHORITY","requesterName":"M. Ouder",
                 "identityCheck":"ID_DOCUMENT_SHOWN","idDocumentType":"PASSPORT","receivedOn":"%s",
                 "text":"Wat over mijn dochter staat klopt niet."%s}""".formatted(kind, child, dossier, cases.today(), extra))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(created, "$.id");
    }

    ResultActions decide(String id, String json) throws Exception {
        return call("POST", "/api/v1/rights-requests/" + id + "/decision", "demo-fg", json);
    }

    String correction(String givenNames) {
        return """
                {"role":"CHILD","bsn":"%s","surname":"%s","givenNames":"%s","dateOfBirth":"2017-03-01","reason":"Voornaam was fout."}"""
                .formatted(bsn, surname, givenNames);
    }

    String journal() {
        String at = OffsetDateTime.now(clock.withZone(ZoneId.of("Europe/Amsterdam"))).minusHours(1).withNano(0).toString();
        return """
                {"occurredAt":"%s","kind":"HOME_VISIT","summary":"Huisbezoek.","personIds":["%s"]}""".formatted(at, child);
    }

    String disclosure() {
        return """
                {"recipientOrganisation":"Politie","personIds":["%s"],"dataItems":["NAME"],"legalGround":"PREVENT_SERIOUS_HARM",
                 "disclosedOn":"%s"}""".formatted(child, cases.today());
    }

    long count(String sql) {
        return jdbc.sql(sql).param("d", UUID.fromString(dossier)).param("p", UUID.fromString(child)).query(Long.class).single();
    }

    String billingExport() throws Exception {
        return new String(mvc.perform(MockMvcRequestBuilders.get("/api/v1/billing-exports?municipalityCode=" + MUNICIPALITY
                        + "&from=" + cases.today().minusMonths(1) + "&to=" + cases.today())
                .header("Authorization", "Bearer demo-secretariaat")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    String page(String path) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path)
                        .with(authentication(TestLogins.authentication(directory, clock, "medewerker"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void aGrantedRestrictionRefusesEditsAndExchangesStoresNothingAndIsLiftedByTheFgWithReasons() throws Exception {
        String id = requested("RESTRICTION", "");
        decide(id, "{\"outcome\":\"GRANTED\"}").andExpect(status().isOk());
        String person = "/api/v1/dossiers/" + dossier + "/persons/" + child;

        long changes = count("SELECT count(*) FROM person_change WHERE person_id = :p AND :d = :d");
        call("PUT", person, "demo-medewerker", correction("Anna")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", allOf(containsString("Sem " + surname), containsString(REASON))));
        assertThat(count("SELECT count(*) FROM person_change WHERE person_id = :p AND :d = :d")).isEqualTo(changes);
        assertThat(jdbc.sql("SELECT given_names FROM person WHERE id = CAST(:p AS uuid)").param("p", child)
                .query(String.class).single()).isEqualTo("Sem");

        call("POST", "/api/v1/reports/" + report + "/corrections", "demo-medewerker",
                "{\"concernCorrection\":\"Sem had geen blauwe plekken.\",\"reason\":\"Navraag bij school.\"}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail", containsString(REASON)));
        call("POST", "/api/v1/reports/" + report + "/corrections", "demo-medewerker",
                "{\"reporterPhone\":\"0307654321\",\"reason\":\"Nieuw nummer van de melder.\"}")
                .andExpect(status().isCreated());
        assertThat(jdbc.sql("SELECT count(*) FROM report_correction WHERE report_id = CAST(:r AS uuid) AND field = 'concern'")
                .param("r", report).query(Long.class).single()).isZero();
        long entries = count("SELECT count(*) FROM journal_entry WHERE dossier_id = :d AND :p = :p");
        call("POST", "/api/v1/dossiers/" + dossier + "/journal", "demo-medewerker", journal())
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail", containsString(REASON)));
        assertThat(count("SELECT count(*) FROM journal_entry WHERE dossier_id = :d AND :p = :p")).isEqualTo(entries);

        // Planning an investigation conversation with her processes her data too.
        long conversations = count("""
                SELECT count(*) FROM investigation_conversation c JOIN follow_up_track t ON t.id = c.track_id
                WHERE t.dossier_id = :d AND c.person_id = :p""");
        call("POST", "/api/v1/dossiers/" + dossier + "/investigation/conversations", "demo-medewerker",
                "{\"personId\":\"" + child + "\",\"plannedOn\":\"" + cases.today().plusDays(3) + "\"}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail", containsString(REASON)));
        assertThat(count("""
                SELECT count(*) FROM investigation_conversation c JOIN follow_up_track t ON t.id = c.track_id
                WHERE t.dossier_id = :d AND c.person_id = :p""")).isEqualTo(conversations);

        long documents = count("SELECT count(*) FROM document WHERE dossier_id = :d AND :p = :p");
        mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/dossiers/" + dossier + "/documents")
                        .file(new MockMultipartFile("file", "verslag.pdf", "application/pdf", "%PDF-1.4 verslag".getBytes(StandardCharsets.UTF_8)))
                        .param("personIds", child).header("Authorization", "Bearer demo-medewerker"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail", containsString(REASON)));
        assertThat(count("SELECT count(*) FROM document WHERE dossier_id = :d AND :p = :p")).isEqualTo(documents);

        String aboutChild = "SELECT count(*) FROM disclosure d JOIN disclosure_person p ON p.disclosure_id = d.id "
                + "WHERE p.person_id = :p AND :d = :d";
        call("POST", "/api/v1/dossiers/" + dossier + "/disclosures", "demo-medewerker", disclosure())
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail", containsString(REASON)));
        call("POST", "/api/v1/dossiers/" + dossier + "/vir-signals", "demo-medewerker", "{\"personId\":\"" + child + "\"}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail", containsString(REASON)));
        assertThat(count("SELECT count(*) FROM vir_signal WHERE dossier_id = :d AND :p = :p")).isZero();
        String csv = billingExport();
        assertThat(csv).contains("Piet " + surname).doesNotContain(bsn).doesNotContain("Sem " + surname);
        assertThat(count(aboutChild)).isZero();

        // Reading stays allowed, and the restriction is marked in the API and on the pages.
        call("GET", person, "demo-medewerker", "").andExpect(status().isOk()).andExpect(jsonPath("$.restricted").value(true));
        call("GET", "/api/v1/dossiers/" + dossier, "demo-medewerker", "").andExpect(status().isOk())
                .andExpect(jsonPath("$.persons[?(@.personId == '" + child + "')].restricted").value(true))
                .andExpect(jsonPath("$.persons[?(@.personId == '" + parent + "')].restricted").value(false));
        assertThat(page("/dossiers/" + dossier + "/personen/" + child)).contains("id=\"verwerking-beperkt\"");
        assertThat(page("/dossiers/" + dossier)).contains("verwerking beperkt");

        // Lifted by the FG only, with reasons (who, when, why kept).
        String lift = "/api/v1/rights-requests/" + id + "/restriction-lift";
        call("POST", lift, "demo-fg", "{}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("reason"));
        call("POST", lift, "demo-medewerker", "{\"reason\":\"Klaar.\"}").andExpect(status().isForbidden());
        call("POST", lift, "demo-fg", "{\"reason\":\"De gegevens zijn juist bevonden.\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.liftReason").value("De gegevens zijn juist bevonden."))
                .andExpect(jsonPath("$.liftedOn").value(cases.today().toString()))
                .andExpect(jsonPath("$.liftedBy").isNotEmpty());
        call("POST", lift, "demo-fg", "{\"reason\":\"Nog eens.\"}").andExpect(status().isConflict());

        // After lifting, all work again.
        call("PUT", person, "demo-medewerker", correction("Anna")).andExpect(status().isOk())
                .andExpect(jsonPath("$.person.restricted").value(false));
        call("POST", "/api/v1/dossiers/" + dossier + "/journal", "demo-medewerker", journal()).andExpect(status().isCreated());
        call("POST", "/api/v1/dossiers/" + dossier + "/disclosures", "demo-medewerker", disclosure())
                .andExpect(status().isCreated());
        call("POST", "/api/v1/dossiers/" + dossier + "/vir-signals", "demo-medewerker", "{\"personId\":\"" + child + "\"}")
                .andExpect(status().isCreated());
        assertThat(billingExport()).contains(bsn);
        assertThat(page("/dossiers/" + dossier + "/personen/" + child)).doesNotContain("id=\"verwerking-beperkt\"");
    }

    @Test
    void aGrantedOwnStatementIsShownWithThePersonsDataOnThePageAndInTheApi() throws Exception {
        call("POST", "/api/v1/rights-requests", "demo-medewerker", """
                {"kind":"OWN_STATEMENT","personId":"%s","dossierId":"%s","requester":"PARENT_WITH_AUTHORITY","requesterName":"M. Ouder",
                 "identityCheck":"ID_DOCUMENT_SHOWN","idDocumentType":"PASSPORT","receivedOn":"%s","text":"Ik wil iets toevoegen."}"""
                .formatted(child, dossier, cases.today())).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("statement"));
        String id = requested("OWN_STATEMENT", ",\"statement\":\"Mijn dochter heet niet Sem maar Semra.\",\"contests\":\"PERSON_DATA\"");
        decide(id, "{\"outcome\":\"GRANTED\"}").andExpect(status().isOk());
        call("GET", "/api/v1/dossiers/" + dossier + "/persons/" + child, "demo-medewerker", "").andExpect(status().isOk())
                .andExpect(jsonPath("$.ownStatements[0].statement").value("Mijn dochter heet niet Sem maar Semra."))
                .andExpect(jsonPath("$.ownStatements[0].disputes").value("PERSON_DATA"));
        assertThat(page("/dossiers/" + dossier + "/personen/" + child)).contains("id=\"eigen-verklaringen\"")
                .contains("Mijn dochter heet niet Sem maar Semra.").contains("de geregistreerde gegevens van de persoon");
        call("GET", "/api/v1/dossiers/" + dossier + "/persons/" + parent, "demo-medewerker", "").andExpect(status().isOk())
                .andExpect(jsonPath("$.ownStatements").isEmpty());
        assertThat(page("/dossiers/" + dossier)).contains("id=\"eigen-verklaringen\"")
                .contains("Mijn dochter heet niet Sem maar Semra.").contains("Sem " + surname + " · ");

        // A statement disputing a journal entry is shown with that entry on the journal page.
        String entry = JsonPath.read(call("POST", "/api/v1/dossiers/" + dossier + "/journal", "demo-medewerker", journal())
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        String disputing = requested("OWN_STATEMENT", ",\"statement\":\"Er was geen huisbezoek die dag.\","
                + "\"contests\":\"JOURNAL_ENTRY\",\"contestedId\":\"" + entry + "\"");
        decide(disputing, "{\"outcome\":\"GRANTED\"}").andExpect(status().isOk());
        String journalPage = page("/dossiers/" + dossier + "/journaal");
        assertThat(journalPage).contains("Er was geen huisbezoek die dag.");
        assertThat(journalPage.indexOf("Er was geen huisbezoek die dag.")).isGreaterThan(journalPage.indexOf("Huisbezoek."));

        // Taken in on the worker's page: the statement is asked at its field.
        String intake = "/dossiers/" + dossier + "/rechtenverzoek";
        MockHttpServletRequestBuilder form = MockMvcRequestBuilders.post(intake).with(csrf())
                .with(authentication(TestLogins.authentication(directory, clock, "medewerker")))
                .param("kind", "OWN_STATEMENT").param("personId", child).param("requester", "PARENT_WITH_AUTHORITY")
                .param("requesterName", "M. Ouder").param("identityCheck", "KNOWN_TO_WORKER")
                .param("receivedOn", cases.today().toString()).param("text", "Een verklaring erbij.");
        mvc.perform(form).andExpect(status().isBadRequest()).andExpect(content().string(containsString("id=\"statement-fout\"")));
        mvc.perform(form.param("statement", "Ik ben het er niet mee eens.").param("contests", "PERSON_DATA"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT statement_text FROM rights_request WHERE person_id = CAST(:p AS uuid) AND status = 'RECEIVED'")
                .param("p", child).query(String.class).single()).isEqualTo("Ik ben het er niet mee eens.");
    }

    @Test
    void aGrantedCorrectionChangesTheDataThroughTheHistoryNamingTheRequestAndARefusedOneChangesNothing() throws Exception {
        String refused = requested("CORRECTION", "");
        decide(refused, "{\"outcome\":\"REFUSED\",\"reasons\":\"De naam staat zo in de BRP.\",\"correction\":{\"givenNames\":\"Semra\"}}")
                .andExpect(status().isOk());
        assertThat(count("SELECT count(*) FROM person_change WHERE person_id = :p AND :d = :d")).isZero();

        String id = requested("CORRECTION", "");
        decide(id, "{\"outcome\":\"GRANTED\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("correction"));
        decide(id, "{\"outcome\":\"GRANTED\",\"correction\":{\"dateOfBirth\":\"2099-01-01\"}}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("correction.dateOfBirth"));
        assertThat(jdbc.sql("SELECT status FROM rights_request WHERE id = CAST(:id AS uuid)").param("id", id)
                .query(String.class).single()).isEqualTo("RECEIVED");
        // The FG's page asks what to correct at its fields.
        String decision = "/rechten/" + id + "/beslissing";
        mvc.perform(MockMvcRequestBuilders.post(decision).with(csrf())
                        .with(authentication(TestLogins.authentication(directory, clock, "fg")))
                        .param("outcome", "GRANTED").param("correctedDateOfBirth", "2099-01-01"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"correctedDateOfBirth-fout\"")));
        mvc.perform(MockMvcRequestBuilders.post(decision).with(csrf())
                        .with(authentication(TestLogins.authentication(directory, clock, "fg")))
                        .param("outcome", "GRANTED").param("correctedGivenNames", "Semra")
                        .param("correctedDateOfBirth", "2017-03-02"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT status FROM rights_request WHERE id = CAST(:id AS uuid)").param("id", id)
                .query(String.class).single()).isEqualTo("GRANTED");
        assertThat(jdbc.sql("SELECT given_names || ' ' || date_of_birth FROM person WHERE id = CAST(:p AS uuid)")
                .param("p", child).query(String.class).single()).isEqualTo("Semra 2017-03-02");
        List<String> history = jdbc.sql("""
                SELECT field || ':' || old_value || '>' || new_value || ':' || reason FROM person_change
                WHERE person_id = CAST(:p AS uuid) ORDER BY field""").param("p", child).query(String.class).list();
        assertThat(history).hasSize(2);
        assertThat(history.get(0)).startsWith("dateOfBirth:2017-03-01>2017-03-02:").contains(id);
        assertThat(history.get(1)).startsWith("givenNames:Sem>Semra:").contains("Correctie op verzoek van de betrokkene", id);
        mvc.perform(MockMvcRequestBuilders.get("/dossiers/" + dossier + "/personen/" + child)
                        .with(authentication(TestLogins.authentication(directory, clock, "medewerker"))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Semra")));
    }
}
