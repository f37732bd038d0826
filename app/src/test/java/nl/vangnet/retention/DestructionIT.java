package nl.vangnet.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.vangnet.calendar.WorkingDays;
import nl.vangnet.staff.StaffDirectory;
import nl.vangnet.staff.TestLogins;
import nl.vangnet.support.Cases;
import nl.vangnet.support.IntegrationTest;
import nl.vangnet.support.MutableClock;
import nl.vangnet.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Destroying a dossier (issue 13 §4): a rich dossier (report with persons and reporter, verification, assessment,
 * a track, a journal entry, an uploaded document, a letter, a disclosure, a rights request) destroyed on a granted
 * request leaves none of its free texts, names or BSNs in any table of the database; the access log keeps its entries
 * and its chain; a record without content remains; its pages answer 404.
 */
@IntegrationTest
class DestructionIT {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;
    @Autowired StaffDirectory directory;
    @Autowired WorkingDays calendar;

    Cases cases() {
        return new Cases(mvc, directory, clock);
    }

    static String text(String prefix) {
        return TestData.uniqueSurname(prefix);
    }

    long lastSeq() {
        return jdbc.sql("SELECT last_seq FROM access_log_head").query(Long.class).single();
    }

    @Test
    void aDestroyedDossierLeavesNoFreeTextNameOrBsnInAnyTableAndTheAccessLogIntact() throws Exception {
        Cases cases = cases();
        String surname = text("Vernietig");
        String child = text("Kind");
        String parent = text("Ouder");
        String reporter = text("Melder");
        String bsn = TestData.randomBsn();
        String concern = text("Zorg");
        List<String> needles = new ArrayList<>(List.of(surname, child, parent, reporter, bsn, concern));
        String reportJson = TestData.exampleReport(bsn, surname).replace("\"Sem\"", "\"" + child + "\"")
                .replace("Piet", parent).replace("A. Voorbeeld", reporter)
                .replace("Sem komt vaak met blauwe plekken op school.", "Blauwe plekken " + concern + ".");
        String reportAnswer = cases.post("/api/v1/reports", "demo-medewerker", reportJson).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        String report = JsonPath.read(reportAnswer, "$.id");
        String dossier = JsonPath.read(reportAnswer, "$.dossierId");
        String childId = JsonPath.<List<String>>read(reportAnswer, "$.persons[?(@.role == 'CHILD')].personId").getFirst();
        String verification = text("Verificatie");
        needles.add(verification);
        cases.post("/api/v1/reports/" + report + "/verification", "demo-medewerker",
                "{\"with\":\"melder " + verification + "\",\"how\":\"telefonisch\"}").andExpect(status().isOk());

        String source = text("Bron");
        String structural = text("Structureel");
        String reasoning = text("Afweging");
        String party = text("Buurtteam");
        needles.addAll(List.of(source, structural, reasoning, party));
        String confirmer = directory.findByUsername("gedragswetenschapper").orElseThrow().id().toString();
        cases.post("/api/v1/reports/" + report + "/assessment", "demo-medewerker", """
                {"sources":[{"source":"POLICE","gatheredOn":"%s","summary":"%s","careInvolved":false}],
                 "acuteUnsafety":false,"structuralUnsafety":true,"structuralDescription":"%s",
                 "riskFactors":["EARLIER_VIOLENCE"],"decision":"HANDOVER","handoverTo":"LOCAL_TEAM","handoverParty":"%s",
                 "reasoning":"%s","complete":true,"confirmerId":"%s"}"""
                .formatted(cases.today(), source, structural, party, reasoning, confirmer)).andExpect(status().isOk());
        cases.post("/api/v1/reports/" + report + "/assessment/confirmation", "demo-gedragswetenschapper", "{\"confirm\":true}")
                .andExpect(status().isOk());
        assertThat(jdbc.sql("SELECT count(*) FROM follow_up_track WHERE dossier_id = :d").param("d", UUID.fromString(dossier))
                .query(Long.class).single()).isEqualTo(1);

        String withWhom = text("Gesprek");
        String summary = text("Huisbezoek");
        needles.addAll(List.of(withWhom, summary));
        String at = OffsetDateTime.now(clock.withZone(ZoneId.of("Europe/Amsterdam"))).minusHours(2).withNano(0).toString();
        cases.post("/api/v1/dossiers/" + dossier + "/journal", "demo-medewerker", """
                {"occurredAt":"%s","kind":"HOME_VISIT","withWhom":"%s","summary":"%s","personIds":["%s"]}"""
                .formatted(at, withWhom, summary, childId)).andExpect(status().isCreated());

        String inDocument = text("Documenttekst");
        needles.add(inDocument);
        byte[] pdf = ("%PDF-1.4\n% " + inDocument + "\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
        mvc.perform(multipart("/api/v1/dossiers/" + dossier + "/documents")
                        .file(new MockMultipartFile("file", "verslag.pdf", "application/octet-stream", pdf))
                        .param("personIds", childId).header("Authorization", "Bearer demo-medewerker"))
                .andExpect(status().isCreated());
        cases.post("/api/v1/dossiers/" + dossier + "/letters", "demo-medewerker",
                "{\"template\":\"REGISTRATION_NOTICE\",\"addresseePersonId\":\"" + childId + "\"}").andExpect(status().isCreated());

        String recipient = text("Wijkagent");
        String description = text("Verstrekt");
        needles.addAll(List.of(recipient, description));
        cases.post("/api/v1/dossiers/" + dossier + "/disclosures", "demo-medewerker", """
                {"recipientOrganisation":"Politie Midden-Nederland","recipientPerson":"%s","personIds":["%s"],
                 "dataItems":["NAME","ADDRESS"],"legalGround":"PREVENT_SERIOUS_HARM","disclosedOn":"%s","description":"%s"}"""
                .formatted(recipient, childId, cases.today(), description)).andExpect(status().isCreated());

        // An information request with the worker's phone record, and a VIR signal about the child (its BSN is a needle).
        String professional = text("Huisarts");
        String purpose = text("Waarom");
        String phoneRecord = text("Telefoonnotitie");
        needles.addAll(List.of(professional, purpose, phoneRecord));
        String asked = JsonPath.read(cases.post("/api/v1/dossiers/" + dossier + "/information-requests", "demo-medewerker", """
                {"professionalName":"%s","professionalOrganisation":"Praktijk Zuilen","profession":"GP",
                 "professionalEmail":"vernietig@praktijk.example","personIds":["%s"],"purpose":"%s",
                 "consent":"NOT_ASKED","withoutConsentReason":"Toestemming vragen brengt het kind in gevaar.",
                 "personsKnow":false,"channel":"PHONE"}""".formatted(professional, childId, purpose))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        cases.post("/api/v1/dossiers/" + dossier + "/information-requests/" + asked + "/answer", "demo-medewerker",
                "{\"text\":\"" + phoneRecord + "\"}").andExpect(status().is2xxSuccessful());
        cases.post("/api/v1/dossiers/" + dossier + "/vir-signals", "demo-medewerker", "{\"personId\":\"" + childId + "\"}")
                .andExpect(status().isCreated());

        // The mother's own statement, granted, and a restriction of the child's data while correctness is disputed.
        String statement = text("Verklaring");
        needles.add(statement);
        String motherId = JsonPath.<List<String>>read(reportAnswer, "$.persons[?(@.role != 'CHILD')].personId").getFirst();
        String own = JsonPath.read(cases.post("/api/v1/rights-requests", "demo-medewerker", """
                {"kind":"OWN_STATEMENT","personId":"%s","dossierId":"%s","requester":"SELF",
                 "identityCheck":"ID_DOCUMENT_SHOWN","idDocumentType":"PASSPORT","receivedOn":"%s","text":"Mijn verklaring.",
                 "statement":"%s"}""".formatted(motherId, dossier, cases.today(), statement))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        cases.post("/api/v1/rights-requests/" + own + "/decision", "demo-fg", "{\"outcome\":\"GRANTED\"}")
                .andExpect(status().isOk());

        String requester = text("Verzoeker");
        String requestText = text("Verzoektekst");
        String reasons = text("Beslisreden");
        needles.addAll(List.of(requester, requestText, reasons));
        String rights = JsonPath.read(cases.post("/api/v1/rights-requests", "demo-medewerker", """
                {"kind":"DESTRUCTION","personId":"%s","dossierId":"%s","requester":"PARENT_WITH_AUTHORITY","requesterName":"%s",
                 "identityCheck":"ID_COPY_CHECKED","idDocumentType":"PASSPORT","receivedOn":"%s","text":"%s"}"""
                .formatted(childId, dossier, requester, cases.today(), requestText)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(), "$.id");
        // Every needle is in the database before: the scan finds what it looks for.
        assertThat(tablesHolding(needles)).isNotEmpty();

        cases.post("/api/v1/rights-requests/" + rights + "/decision", "demo-fg",
                "{\"outcome\":\"GRANTED\",\"reasons\":\"" + reasons + "\"}").andExpect(status().isOk());
        String due = cases.get("/api/v1/retention/due", "demo-fg").andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        List<String> lists = JsonPath.read(due, "$.lists[?(@.items[0].dossierId == '" + dossier + "')].id");
        assertThat(lists).hasSize(1);
        assertThat(JsonPath.<List<String>>read(due, "$.lists[?(@.id == '" + lists.getFirst() + "')].basis")).containsExactly("REQUEST");
        assertThat(JsonPath.<List<String>>read(due, "$.lists[?(@.id == '" + lists.getFirst() + "')].items[0].dueOn"))
                .containsExactly(calendar.afterMonths(cases.today(), 3).toString());
        String approval = "/api/v1/retention/destruction-lists/" + lists.getFirst() + "/approval";

        long logged = entriesAbout(dossier);
        long before = lastSeq();
        cases.post(approval, "demo-medewerker", "{\"decision\":\"APPROVED\"}").andExpect(status().isForbidden());
        cases.post(approval, "demo-teamleider", "{\"decision\":\"APPROVED\"}").andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT action || ' ' || outcome FROM access_log_entry WHERE seq > :s ORDER BY seq")
                .param("s", before).query(String.class).list()).containsExactly("DESTROY DENIED", "DESTROY DENIED");
        assertThat(tablesHolding(needles)).isNotEmpty();

        cases.post(approval, "demo-fg", "{\"decision\":\"APPROVED\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.items[0].destroyedOn").value(cases.today().toString()));

        assertThat(tablesHolding(needles)).isEmpty();
        assertThat(entriesAbout(dossier)).isGreaterThan(logged);
        assertThat(jdbc.sql("SELECT count(*) FROM access_log_entry WHERE seq > :s AND action = 'DESTROY' AND outcome = 'ALLOWED' AND :d = ANY (dossier_ids)")
                .param("s", before).param("d", UUID.fromString(dossier)).query(Long.class).single()).isEqualTo(1);
        cases.get("/api/v1/access-log/verify", "demo-fg").andExpect(status().isOk()).andExpect(jsonPath("$.valid").value(true));
        Map<String, Object> record = jdbc.sql("""
                SELECT r.dossier_reference, r.legal_basis, s.username, r.destroyed_on::text AS destroyed_on, r.persons_destroyed
                FROM destruction_record r JOIN staff_user s ON s.id = r.approved_by WHERE r.dossier_id = :d""")
                .param("d", UUID.fromString(dossier)).query().singleRow();
        assertThat(record).containsEntry("legal_basis", "REQUEST").containsEntry("username", "fg")
                .containsEntry("destroyed_on", cases.today().toString()).containsEntry("persons_destroyed", 2);
        assertThat((String) record.get("dossier_reference")).startsWith("VT-");
        cases.get("/api/v1/retention/due", "demo-fg").andExpect(status().isOk())
                .andExpect(jsonPath("$.destroyed[?(@.reference == '" + record.get("dossier_reference") + "')].legalBasis").value("REQUEST"));

        // The destroyed dossier's pages answer 404, without an error.
        mvc.perform(get("/dossiers/" + dossier).with(authentication(TestLogins.authentication(directory, clock, "medewerker"))))
                .andExpect(status().isNotFound());
        cases.post(approval, "demo-fg", "{\"decision\":\"APPROVED\"}").andExpect(status().isConflict());
    }

    long entriesAbout(String dossier) {
        return jdbc.sql("SELECT count(*) FROM access_log_entry WHERE :d = ANY (dossier_ids)").param("d", UUID.fromString(dossier))
                .query(Long.class).single();
    }

    /**
     * Every column of every table and view of the public schema that can hold text (text, varchar, char, json,
     * jsonb, bytea read as text, arrays) searched for the needles; answers "table.column" for each hit.
     */
    List<String> tablesHolding(List<String> needles) {
        String pattern = String.join("|", needles.stream().map(Pattern::quote).map(n -> n.substring(2, n.length() - 2)).toList());
        List<Map<String, Object>> columns = jdbc.sql("""
                SELECT table_name, column_name, data_type, udt_name FROM information_schema.columns
                WHERE table_schema = 'public' AND (data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'bytea')
                    OR (data_type = 'ARRAY' AND udt_name IN ('_text', '_varchar', '_bpchar')))
                ORDER BY table_name, column_name""").query().listOfRows();
        List<String> hits = new ArrayList<>();
        for (Map<String, Object> c : columns) {
            String column = "\"" + c.get("column_name") + "\"";
            String asText = "bytea".equals(c.get("data_type")) ? "encode(" + column + ", 'escape')" : column + "::text";
            long found = jdbc.sql("SELECT count(*) FROM \"" + c.get("table_name") + "\" WHERE " + asText + " ~* :p")
                    .param("p", pattern).query(Long.class).single();
            if (found > 0) {
                hits.add(c.get("table_name") + "." + c.get("column_name"));
            }
        }
        return hits;
    }
}
