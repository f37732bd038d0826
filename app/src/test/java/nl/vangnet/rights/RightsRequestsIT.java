package nl.vangnet.rights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
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
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A rights request from intake to decision on the real database: taken in by the worker on the case when the table of
 * who may ask for whom admits the requester (else refused at the requester with the rule, nothing stored); extended
 * once, only in the first month; decided by the FG with a decision letter stored as a document of the dossier; every
 * access logged, refusals too; the FG gets no content of the dossier from it.
 */
@IntegrationTest
class RightsRequestsIT {

    static final Instant MONDAY = OffsetDateTime.parse("2026-05-04T10:00:00+02:00").toInstant();

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;
    @Autowired StaffDirectory directory;
    @Autowired DossierOpening opening;

    String dossier;
    String child;
    String parent;

    /** A dossier of the medewerker with a child born on {@code born} and the alleged perpetrator (an adult). */
    void dossierWithAChildBornOn(String born) throws Exception {
        clock.set(MONDAY);
        String report = mvc.perform(post("/api/v1/reports").header("Authorization", "Bearer demo-medewerker")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(TestData.exampleReport(TestData.randomBsn(), TestData.uniqueSurname("Recht")).replace("2017-03-01", born)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        dossier = JsonPath.read(report, "$.dossierId");
        child = JsonPath.<List<String>>read(report, "$.persons[?(@.role == 'CHILD')].personId").getFirst();
        parent = JsonPath.<List<String>>read(report, "$.persons[?(@.role == 'ALLEGED_PERPETRATOR')].personId").getFirst();
    }

    @BeforeEach
    void aFourteenYearOld() throws Exception {
        dossierWithAChildBornOn("2012-01-15");
    }

    ResultActions call(String token, String path, String json) throws Exception {
        return mvc.perform(post(path).header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    ResultActions takeIn(String token, String json) throws Exception {
        return call(token, "/api/v1/rights-requests", json);
    }

    static String parentsCopyRequest(String person) {
        return """
                {"kind":"COPY","personId":"%s","requester":"PARENT_WITH_AUTHORITY","requesterName":"M. Ouder",
                 "identityCheck":"ID_COPY_CHECKED","idDocumentType":"PASSPORT","receivedOn":"2026-05-04",
                 "text":"Ik wil als moeder een afschrift van wat er over mijn zoon in het dossier staat."}""".formatted(person);
    }

    String takenIn(String json) throws Exception {
        return JsonPath.read(takeIn("demo-medewerker", json).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString(), "$.id");
    }

    long requestsAbout(String person) {
        return jdbc.sql("SELECT count(*) FROM rights_request WHERE person_id = :p").param("p", UUID.fromString(person))
                .query(Long.class).single();
    }

    long lastSeq() {
        return jdbc.sql("SELECT last_seq FROM access_log_head").query(Long.class).single();
    }

    List<String> entriesAfter(long seq) {
        return jdbc.sql("SELECT action || ' ' || outcome || ' ' || coalesce(role_used, '-') FROM access_log_entry WHERE seq > :s ORDER BY seq")
                .param("s", seq).query(String.class).list();
    }

    @Test
    void aParentsCopyRequestForAFourteenYearOldIsTakenInDueInAMonthWithOneLogEntry() throws Exception {
        long before = lastSeq();
        takeIn("demo-medewerker", parentsCopyRequest(child)).andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/v1/rights-requests/")))
                .andExpect(jsonPath("$.status").value("RECEIVED")).andExpect(jsonPath("$.dossierId").value(dossier))
                .andExpect(jsonPath("$.ageOnReceipt").value(14)).andExpect(jsonPath("$.dueOn").value("2026-06-04"))
                .andExpect(jsonPath("$.admittedByRule").value(WhoMayAsk.FROM_12_TO_16))
                .andExpect(jsonPath("$.identityCheckedBy").isNotEmpty()).andExpect(jsonPath("$.overdue").value(false));
        assertThat(entriesAfter(before)).containsExactly("CREATE ALLOWED CASE_WORKER");
    }

    @Test
    void aRequesterTheTableRefusesIsRefusedAtTheRequesterWithTheRuleAndNothingIsStored() throws Exception {
        dossierWithAChildBornOn("2009-01-10");
        takeIn("demo-medewerker", parentsCopyRequest(child)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("requester"))
                .andExpect(jsonPath("$.invalidParams[0].reason").value(containsString(WhoMayAsk.FROM_16)));
        assertThat(requestsAbout(child)).isZero();
        // With the 17-year-old's consent the parent may ask.
        takeIn("demo-medewerker", parentsCopyRequest(child).replace("\"requester\":", "\"personConsented\":true,\"requester\":"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.personConsented").value(true));
        dossierWithAChildBornOn("2017-03-01");
        takeIn("demo-medewerker", parentsCopyRequest(child).replace("PARENT_WITH_AUTHORITY", "SELF"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("requester"))
                .andExpect(jsonPath("$.invalidParams[0].reason").value(containsString(WhoMayAsk.UNDER_12)));
        assertThat(requestsAbout(child)).isZero();
    }

    @Test
    void aCopyIsOnlyTakenInWithACheckedIdCopyAndBadInputIsRefusedAtItsField() throws Exception {
        takeIn("demo-medewerker", parentsCopyRequest(child).replace("ID_COPY_CHECKED", "ID_DOCUMENT_SHOWN"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("identityCheck"));
        takeIn("demo-medewerker", parentsCopyRequest(child).replace("2026-05-04", "2026-05-05"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("receivedOn"));
        takeIn("demo-medewerker", parentsCopyRequest(child).replace("\"requesterName\":\"M. Ouder\",", ""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("requesterName"));
        takeIn("demo-medewerker", parentsCopyRequest(UUID.randomUUID().toString()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("personId"));
        assertThat(requestsAbout(child)).isZero();
    }

    @Test
    void anotherTeamsWorkerIsRefusedLoggedAndNothingIsStored() throws Exception {
        UUID elsewhere = TestLogins.as(directory, clock, "medewerker", () -> opening.register(new NewDossier(
                directory.createTeam("Team Elders " + UUID.randomUUID().toString().substring(0, 8)).id(),
                LocalDate.of(2026, 1, 5), List.of(new NewPerson(PersonRole.CHILD, null, TestData.uniqueSurname("Elders"),
                        null, "Sem", LocalDate.of(2012, 2, 3), "MALE")), Set.of())));
        String foreignChild = jdbc.sql("SELECT person_id::text FROM dossier_person WHERE dossier_id = :d").param("d", elsewhere)
                .query(String.class).single();
        long before = lastSeq();
        takeIn("demo-medewerker", parentsCopyRequest(foreignChild)).andExpect(status().isForbidden());
        takeIn("demo-medewerker", parentsCopyRequest(foreignChild).replace("\"kind\":", "\"dossierId\":\"" + elsewhere + "\",\"kind\":"))
                .andExpect(status().isForbidden());
        assertThat(requestsAbout(foreignChild)).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM access_log_entry WHERE seq > :s AND outcome = 'DENIED' AND :d = ANY (dossier_ids)")
                .param("s", before).param("d", elsewhere).query(Long.class).single()).isEqualTo(2);
        // Nor does another team's worker read a request of this dossier (the FG and the workers on the case do).
        String id = takenIn(parentsCopyRequest(child));
        long beforeRead = lastSeq();
        mvc.perform(get("/api/v1/rights-requests/" + id).header("Authorization", "Bearer demo-crisisdienst"))
                .andExpect(status().isForbidden());
        assertThat(entriesAfter(beforeRead)).singleElement().asString().startsWith("READ DENIED");
        mvc.perform(get("/api/v1/rights-requests/" + id).header("Authorization", "Bearer demo-medewerker")).andExpect(status().isOk());
        mvc.perform(get("/api/v1/rights-requests/" + id).header("Authorization", "Bearer demo-fg")).andExpect(status().isOk())
                .andExpect(jsonPath("$.text").value(containsString("afschrift")));
    }

    @Test
    void theFgExtendsOnceOnlyWithinTheFirstMonthAndTheRequesterIsTold() throws Exception {
        String id = takenIn(parentsCopyRequest(child));
        String extension = """
                {"reason":"Vier jaar dossier met drie meldingen.","requesterToldOn":"2026-05-11","requesterToldHow":"LETTER"}""";
        clock.set(OffsetDateTime.parse("2026-05-11T10:00:00+02:00").toInstant());
        call("demo-medewerker", "/api/v1/rights-requests/" + id + "/extension", extension).andExpect(status().isForbidden());
        call("demo-fg", "/api/v1/rights-requests/" + id + "/extension", extension.replace("2026-05-11", "2026-06-05"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("requesterToldOn"));
        long before = lastSeq();
        call("demo-fg", "/api/v1/rights-requests/" + id + "/extension", extension).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("EXTENDED")).andExpect(jsonPath("$.dueOn").value("2026-08-04"))
                .andExpect(jsonPath("$.firstDueOn").value("2026-06-04")).andExpect(jsonPath("$.requesterToldHow").value("LETTER"));
        assertThat(entriesAfter(before)).containsExactly("UPDATE ALLOWED DATA_PROTECTION_OFFICER");
        call("demo-fg", "/api/v1/rights-requests/" + id + "/extension", extension).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("al eens verlengd")));

        clock.set(MONDAY);
        String late = takenIn(parentsCopyRequest(child));
        clock.set(OffsetDateTime.parse("2026-06-05T10:00:00+02:00").toInstant());
        call("demo-fg", "/api/v1/rights-requests/" + late + "/extension", extension).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("eerste maand")));
        mvc.perform(get("/api/v1/rights-requests/" + late).header("Authorization", "Bearer demo-fg"))
                .andExpect(jsonPath("$.status").value("RECEIVED")).andExpect(jsonPath("$.dueOn").value("2026-06-04"))
                .andExpect(jsonPath("$.overdue").value(true));
        String list = mvc.perform(get("/api/v1/rights-requests").header("Authorization", "Bearer demo-fg"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<Boolean>>read(list, "$[?(@.id == '" + late + "')].overdue")).containsExactly(true);
        assertThat(JsonPath.<List<Boolean>>read(list, "$[?(@.id == '" + id + "')].overdue")).containsExactly(false);
        mvc.perform(get("/api/v1/rights-requests").header("Authorization", "Bearer demo-medewerker")).andExpect(status().isForbidden());
    }

    @Test
    void theDecisionLetterIsADocumentOfTheDossierWithItsReasonsAndTheWayToTheCourtWithinSixWeeks() throws Exception {
        String id = takenIn(parentsCopyRequest(child));
        String decision = "/api/v1/rights-requests/" + id + "/decision";
        call("demo-fg", decision, "{\"outcome\":\"REFUSED\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("reasons"));
        call("demo-medewerker", decision, "{\"outcome\":\"GRANTED\"}").andExpect(status().isForbidden());
        long before = lastSeq();
        String decided = call("demo-fg", decision, """
                {"outcome":"PARTLY_GRANTED","reasons":"Gegevens over de andere leden van het huishouden vallen buiten het verzoek."}""")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PARTLY_GRANTED"))
                .andExpect(jsonPath("$.decidedOn").value("2026-05-04"))
                .andReturn().getResponse().getContentAsString();
        assertThat(entriesAfter(before)).containsExactly("CREATE ALLOWED DATA_PROTECTION_OFFICER");
        String document = JsonPath.read(decided, "$.letterDocumentId");
        mvc.perform(get("/api/v1/dossiers/" + dossier + "/documents").header("Authorization", "Bearer demo-medewerker"))
                .andExpect(jsonPath("$[?(@.id == '" + document + "')].kind").value("RIGHTS_DECISION"))
                .andExpect(jsonPath("$[?(@.id == '" + document + "')].personIds[0]").value(child));
        String text = text(mvc.perform(get("/api/v1/rights-requests/" + id + "/letter").header("Authorization", "Bearer demo-fg"))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray());
        assertThat(text).contains("M. Ouder", "4 mei 2026", "Wij wijzen uw verzoek gedeeltelijk toe.",
                "Gegevens over de andere leden van het huishouden vallen buiten het verzoek.",
                "binnen zes weken na deze beslissing", "burgerlijke rechter", "kantonrechter", "geen advocaat")
                .doesNotContain("Autoriteit Persoonsgegevens").doesNotContain("blauwe plekken");
        // The same letter, opened by the worker on the case among the dossier's documents.
        mvc.perform(get("/api/v1/dossiers/" + dossier + "/documents/" + document).header("Authorization", "Bearer demo-medewerker"))
                .andExpect(status().isOk());
        call("demo-fg", decision, "{\"outcome\":\"GRANTED\"}").andExpect(status().isConflict());
    }

    @Test
    void aComplaintsLetterShowsTheWayToTheAutoriteitPersoonsgegevens() throws Exception {
        String id = takenIn(parentsCopyRequest(parent).replace("\"kind\":\"COPY\"", "\"kind\":\"COMPLAINT\"").replace("PARENT_WITH_AUTHORITY", "SELF")
                .replace("\"requesterName\":\"M. Ouder\",", ""));
        String decided = call("demo-fg", "/api/v1/rights-requests/" + id + "/decision", "{\"outcome\":\"GRANTED\"}")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<String>read(decided, "$.letterDocumentId")).isNotNull();
        String text = text(mvc.perform(get("/api/v1/rights-requests/" + id + "/letter").header("Authorization", "Bearer demo-fg"))
                .andReturn().getResponse().getContentAsByteArray());
        assertThat(text).contains("Wij wijzen uw verzoek toe.", "Autoriteit Persoonsgegevens", "zes weken");
    }

    /** A request about a closed dossier is answered without moving its retention end (20 years after the last change). */
    @Test
    void decidingARequestAboutAClosedDossierLeavesItsRetentionEndAsItWas() throws Exception {
        Cases cases = new Cases(mvc, directory, clock);
        Cases.Case c = cases.decided("CLOSE_NO_UNSAFETY");
        cases.noticesDone(c.dossierId());
        call("demo-medewerker", "/api/v1/dossiers/" + c.dossierId() + "/close", "{\"reason\":\"Geen onveiligheid meer.\"}")
                .andExpect(status().isOk());
        LocalDate retention = jdbc.sql("SELECT retention_until FROM dossier WHERE id = CAST(:d AS uuid)")
                .param("d", c.dossierId()).query(LocalDate.class).single();
        clock.advance(Duration.ofDays(40));
        String childOfClosed = jdbc.sql("SELECT person_id::text FROM dossier_person WHERE dossier_id = CAST(:d AS uuid) AND role = 'CHILD'")
                .param("d", c.dossierId()).query(String.class).single();
        String request = takenIn(parentsCopyRequest(childOfClosed)
                .replace("\"receivedOn\":\"2026-05-04\"", "\"receivedOn\":\"" + LocalDate.now(clock.withZone(AMSTERDAM)) + "\""));
        call("demo-fg", "/api/v1/rights-requests/" + request + "/decision", "{\"outcome\":\"GRANTED\"}").andExpect(status().isOk());
        assertThat(jdbc.sql("SELECT retention_until FROM dossier WHERE id = CAST(:d AS uuid)").param("d", c.dossierId())
                .query(LocalDate.class).single()).isEqualTo(retention);
    }

    @Test
    void handlingARequestGivesTheFgNoContentOfTheDossier() throws Exception {
        String id = takenIn(parentsCopyRequest(child));
        call("demo-fg", "/api/v1/rights-requests/" + id + "/decision", "{\"outcome\":\"GRANTED\"}").andExpect(status().isOk());
        for (String path : List.of("/api/v1/dossiers/" + dossier, "/api/v1/dossiers/" + dossier + "/documents",
                "/api/v1/dossiers/" + dossier + "/journal", "/api/v1/dossiers/" + dossier + "/timeline")) {
            mvc.perform(get(path).header("Authorization", "Bearer demo-fg")).andExpect(status().isForbidden());
        }
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
