package nl.vangnet.rights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import nl.vangnet.inforequest.ProfessionalAccess;
import nl.vangnet.inforequest.ProfessionalAnswer;
import nl.vangnet.staff.StaffDirectory;
import nl.vangnet.staff.TestLogins;
import nl.vangnet.support.IntegrationTest;
import nl.vangnet.support.Mailbox;
import nl.vangnet.support.MutableClock;
import nl.vangnet.support.TestData;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The family-fixture leak test of issue 13 §2: a household of two parents and two children, reported by an anonymous
 * reporter who is named in the report, a household journal entry naming everyone, a journal entry about one child
 * only, an information request about that child approved with a passage the professional marked non-shareable, and a
 * disclosure about the mother. Each person's copy (PDF text through PDFBox) holds all of their own data and nothing
 * about the others: no other name, BSN or date of birth, no other-child-only journal text, not the reporter, not the
 * passage. The copy is the FG's explicit act: one EXPORT entry naming the dossier and the person.
 */
@IntegrationTest
class PersonalCopyLeakIT {

    static final Instant MONDAY = OffsetDateTime.parse("2026-05-04T10:00:00+02:00").toInstant();
    static final String ME = "demo-medewerker";
    static final String FG = "demo-fg";
    static final String REPORTER = "Annemarie Klaverblad";
    static final String NOT_SHARED = "Vader dreigde de juf met KRAAI44.";
    static final String LIEKE_ONLY = "Lieke tekent thuis veel ZEBRA77 in haar schrift.";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;
    @Autowired ProfessionalAccess professionals;
    @Autowired StaffDirectory directory;

    /** A person of the fixture and what only their own copy may hold. */
    record Member(String key, String id, String givenName, String fullName, String bsn, String born, List<String> own) {
    }

    List<Member> household;
    String dossier;

    void fixture() throws Exception {
        clock.set(MONDAY);
        String family = TestData.uniqueSurname("Gezin");
        String mothers = TestData.uniqueSurname("Moeder");
        List<String> bsns = Stream.generate(TestData::randomBsn).limit(4).toList();
        String report = ok(post("/api/v1/reports"), ME, """
                {"receivedAt":"2026-05-01T10:15:00+02:00","channel":"PHONE",
                 "reporter":{"type":"PRIVATE","name":"%s","phone":"0612345678","anonymous":true,
                   "anonymityAssessment":"De buurvrouw is bang voor vader; haar naam blijft buiten het dossier."},
                 "household":{"postcode":"3511AB","houseNumber":"12","municipalityCode":"GM0344"},
                 "persons":[{"role":"ALLEGED_PERPETRATOR","bsn":"%s","surname":"%s","givenNames":"Gijsbrecht","dateOfBirth":"1980-02-11"},
                            {"role":"VICTIM","bsn":"%s","surname":"%s","givenNames":"Rinske","dateOfBirth":"1983-07-23"},
                            {"role":"CHILD","bsn":"%s","surname":"%s","givenNames":"Lieke","dateOfBirth":"2012-01-15"},
                            {"role":"CHILD","bsn":"%s","surname":"%s","givenNames":"Thijmen","dateOfBirth":"2009-01-10"}],
                 "violenceTypes":["PARTNER_VIOLENCE","CHILD_ABUSE"],
                 "concern":"Gijsbrecht %s slaat Rinske %s; Lieke en Thijmen zien het. %s hoort het door de muur (BSN %s, geboren 11-02-1980).",
                 "acuteDanger":false}""".formatted(REPORTER, bsns.get(0), family, bsns.get(1), mothers, bsns.get(2), family,
                bsns.get(3), family, family, mothers, REPORTER, bsns.get(0)), 201);
        dossier = JsonPath.read(report, "$.dossierId");
        String father = personWith(report, "Gijsbrecht");
        String mother = personWith(report, "Rinske");
        String lieke = personWith(report, "Lieke");
        String thijmen = personWith(report, "Thijmen");

        // A journal entry about the whole household, naming everyone, and one about Lieke only.
        ok(post("/api/v1/dossiers/" + dossier + "/journal"), ME, """
                {"occurredAt":"2026-05-04T09:00:00+02:00","kind":"HOME_VISIT","withWhom":"het gezin",
                 "summary":"Huisbezoek HUIS55: Rinske en Gijsbrecht %s praten, Lieke en Thijmen zijn op school.","household":true}"""
                .formatted(family), 201);
        ok(post("/api/v1/dossiers/" + dossier + "/journal"), ME, """
                {"occurredAt":"2026-05-04T09:30:00+02:00","kind":"PHONE_CALL","withWhom":"de mentor",
                 "summary":"%s","personIds":["%s"]}""".formatted(LIEKE_ONLY, lieke), 201);

        // An information request about Lieke, approved by the professional with one passage not to be shared.
        String email = "mentor-" + UUID.randomUUID().toString().substring(0, 8) + "@school.example";
        String asked = ok(post("/api/v1/dossiers/" + dossier + "/information-requests"), ME, """
                {"professionalName":"M. Mentor","professionalOrganisation":"Lyceum MEEUW12","profession":"TEACHER",
                 "professionalEmail":"%s","personIds":["%s"],"purpose":"Hoe gaat het met Lieke op school?",
                 "consent":"NOT_ASKED","withoutConsentReason":"Toestemming vragen brengt het kind in gevaar.",
                 "personsKnow":false,"channel":"WRITING"}""".formatted(email, lieke), 201);
        String link = Mailbox.get().latestLinkPath(email);
        professionals.approve(link.substring(link.lastIndexOf('/') + 1),
                new ProfessionalAccess.Grant(UUID.fromString(JsonPath.read(asked, "$.id")), clock.instant().plusSeconds(600)),
                new ProfessionalAnswer("Lieke is vaak moe in de les MOE31. " + NOT_SHARED,
                        List.of(new ProfessionalAnswer.MarkedPassage(NOT_SHARED, "OTHERS_SAFETY", "De juf is bang.")),
                        "NOT_INFORMED", null, "Dat brengt het kind in gevaar.", true, "M. Mentor"));

        // A disclosure about the mother.
        ok(post("/api/v1/dossiers/" + dossier + "/disclosures"), ME, """
                {"recipientOrganisation":"Politie POLITIE88","personIds":["%s"],"dataItems":["NAME","ADDRESS"],
                 "legalGround":"PREVENT_SERIOUS_HARM","disclosedOn":"2026-05-04","description":"Adres voor het huisbezoek."}"""
                .formatted(mother), 201);

        // The mother's own statement, granted: it goes with her data into her copy, and into no one else's.
        String statement = ok(post("/api/v1/rights-requests"), ME, """
                {"kind":"OWN_STATEMENT","personId":"%s","dossierId":"%s","requester":"SELF",
                 "identityCheck":"ID_DOCUMENT_SHOWN","idDocumentType":"PASSPORT","receivedOn":"2026-05-04",
                 "text":"Ik wil een verklaring toevoegen.","statement":"Ik betwist het huisbezoek VERKLAARD66."}"""
                .formatted(mother, dossier), 201);
        ok(post("/api/v1/rights-requests/" + JsonPath.read(statement, "$.id") + "/decision"), "demo-fg",
                "{\"outcome\":\"GRANTED\"}", 200);

        household = List.of(
                new Member("vader", father, "Gijsbrecht", "Gijsbrecht " + family, bsns.get(0), "11-02-1980", List.of("HUIS55")),
                new Member("moeder", mother, "Rinske", "Rinske " + mothers, bsns.get(1), "23-07-1983",
                        List.of("HUIS55", "POLITIE88", "VERKLAARD66")),
                new Member("Lieke (14)", lieke, "Lieke", "Lieke " + family, bsns.get(2), "15-01-2012",
                        List.of("HUIS55", "ZEBRA77", "MOE31", "MEEUW12")),
                new Member("Thijmen (17)", thijmen, "Thijmen", "Thijmen " + family, bsns.get(3), "10-01-2009", List.of("HUIS55")));
    }

    @Test
    void eachPersonsCopyHoldsAllOfTheirOwnDataAndNothingAboutTheOthers() throws Exception {
        fixture();
        List<String> failures = new ArrayList<>();
        for (Member m : household) {
            String request = grantedCopyRequest(m.id(), null);
            long before = lastSeq();
            String text = copyText(request);
            assertThat(entriesAfter(before)).as("the copy of %s is one logged EXPORT naming the dossier and the person", m.key())
                    .containsExactly("EXPORT ALLOWED DATA_PROTECTION_OFFICER " + dossier + " " + m.id());
            List<String> own = new ArrayList<>(List.of(m.fullName(), m.bsn(), m.born(), "Afschrift van uw gegevens",
                    "Wie uw gegevens heeft ingezien", "Mila de Medewerker", "weggelaten"));
            own.addAll(m.own());
            for (String expected : own) {
                if (!text.contains(bare(expected))) {
                    failures.add("the copy of " + m.key() + " misses its own " + expected);
                }
            }
            List<String> leaks = new ArrayList<>(List.of(REPORTER, "Annemarie", "Klaverblad", "0612345678", NOT_SHARED,
                    "KRAAI44"));
            for (Member other : household) {
                if (!other.equals(m)) {
                    leaks.addAll(List.of(other.givenName(), other.fullName(), other.bsn(), other.born()));
                    other.own().stream().filter(w -> !m.own().contains(w)).forEach(leaks::add);
                }
            }
            for (String leak : leaks) {
                if (text.contains(bare(leak))) {
                    failures.add("the copy of " + m.key() + " leaks " + leak);
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void withTheMothersConsentHerNameStaysInThe17YearOldsCopy() throws Exception {
        fixture();
        Member thijmen = household.get(3);
        Member mother = household.get(1);
        String text = copyText(grantedCopyRequest(thijmen.id(), mother.id()));
        assertThat(text).contains("Rinske", bare(thijmen.fullName()))
                .doesNotContain("Gijsbrecht", "Lieke", bare(REPORTER), bare(NOT_SHARED));
    }

    @Test
    void theCopyIsOnlyForTheFgAndOnlyOnAGrantedCopyOrInspectionRequest() throws Exception {
        fixture();
        String person = household.get(0).id();
        String open = JsonPath.read(ok(post("/api/v1/rights-requests"), ME, copyRequest(person, null)), "$.id");
        mvc.perform(get("/api/v1/rights-requests/" + open + "/copy.pdf").header("Authorization", "Bearer " + FG))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(containsString("nog niet beslist")));
        String granted = grantedCopyRequest(person, null);
        long before = lastSeq();
        mvc.perform(get("/api/v1/rights-requests/" + granted + "/copy.pdf").header("Authorization", "Bearer " + ME))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT outcome FROM access_log_entry WHERE seq > :s").param("s", before).query(String.class)
                .list()).containsExactly("DENIED");
        String correction = JsonPath.read(ok(post("/api/v1/rights-requests"), ME, copyRequest(person, null)
                .replace("\"COPY\"", "\"COMPLAINT\"")), "$.id");
        ok(post("/api/v1/rights-requests/" + correction + "/decision"), FG, "{\"outcome\":\"GRANTED\"}", 200);
        mvc.perform(get("/api/v1/rights-requests/" + correction + "/copy.pdf").header("Authorization", "Bearer " + FG))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(containsString("geen verzoek om inzage")));
        mvc.perform(get("/api/v1/rights-requests/" + UUID.randomUUID() + "/copy.pdf").header("Authorization", "Bearer " + FG))
                .andExpect(status().isNotFound());
        // A consent of someone outside the dossier is refused at its field, and nothing is stored.
        mvc.perform(post("/api/v1/rights-requests").header("Authorization", "Bearer " + ME).contentType(MediaType.APPLICATION_JSON)
                        .content(copyRequest(person, UUID.randomUUID().toString())))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("consentedPersonIds"));
    }

    @Test
    void theInspectionOnScreenShowsTheSameOwnDataToTheWorkerAndIsLoggedAsOneEntry() throws Exception {
        fixture();
        Member lieke = household.get(2);
        String request = grantedCopyRequest(lieke.id(), null);
        long before = lastSeq();
        String page = mvc.perform(get("/rechten/" + request + "/inzage").with(SecurityMockMvcRequestPostProcessors
                        .authentication(TestLogins.authentication(directory, clock, "medewerker"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(entriesAfter(before)).containsExactly("READ ALLOWED CASE_WORKER " + dossier + " " + lieke.id());
        assertThat(page).contains("Inzage van uw gegevens", lieke.fullName(), lieke.bsn(), "ZEBRA77", "MOE31")
                .doesNotContain("Gijsbrecht", "Rinske", "Thijmen", "Klaverblad", "KRAAI44");
    }

    static String copyRequest(String person, String consented) {
        return """
                {"kind":"COPY","personId":"%s","requester":"SELF","identityCheck":"ID_COPY_CHECKED",
                 "idDocumentType":"PASSPORT","receivedOn":"2026-05-04","text":"Ik wil een afschrift van mijn gegevens."%s}"""
                .formatted(person, consented == null ? "" : ",\"consentedPersonIds\":[\"" + consented + "\"]");
    }

    String grantedCopyRequest(String person, String consented) throws Exception {
        String id = JsonPath.read(ok(post("/api/v1/rights-requests"), ME, copyRequest(person, consented)), "$.id");
        ok(post("/api/v1/rights-requests/" + id + "/decision"), FG, "{\"outcome\":\"GRANTED\"}", 200);
        return id;
    }

    /**
     * The copy's text as PDFBox extracts it, without white space: a table cell may wrap a name or a date over two lines
     * (compare with {@link #bare}).
     */
    String copyText(String request) throws Exception {
        MockHttpServletResponse pdf = mvc.perform(get("/api/v1/rights-requests/" + request + "/copy.pdf")
                .header("Authorization", "Bearer " + FG)).andReturn().getResponse();
        assertThat(pdf.getStatus()).as(pdf.getContentAsString()).isEqualTo(200);
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.getContentAsByteArray())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
    }

    static String bare(String s) {
        return s.replaceAll("\\s+", "");
    }

    static String personWith(String report, String givenName) {
        return JsonPath.<List<String>>read(report, "$.persons[?(@.givenNames == '" + givenName + "')].personId").getFirst();
    }

    String ok(MockHttpServletRequestBuilder request, String token, String json) throws Exception {
        return ok(request, token, json, 201);
    }

    String ok(MockHttpServletRequestBuilder request, String token, String json, int expected) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(json)).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(expected);
        return response.getContentAsString();
    }

    long lastSeq() {
        return jdbc.sql("SELECT last_seq FROM access_log_head").query(Long.class).single();
    }

    /** Each entry after {@code seq}: action, outcome, role, and the dossiers and persons it names. */
    List<String> entriesAfter(long seq) {
        return jdbc.sql("""
                SELECT action || ' ' || outcome || ' ' || coalesce(role_used, '-') || ' ' || array_to_string(dossier_ids, ',')
                       || ' ' || array_to_string(person_ids, ',')
                FROM access_log_entry WHERE seq > :s ORDER BY seq""").param("s", seq).query(String.class).list();
    }
}
