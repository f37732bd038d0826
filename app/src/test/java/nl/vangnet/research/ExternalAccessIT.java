package nl.vangnet.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.vangnet.accesslog.AccessAction;
import nl.vangnet.dossier.Dossiers;
import nl.vangnet.staff.ApiTokens;
import nl.vangnet.staff.StaffDirectory;
import nl.vangnet.staff.TestLogins;
import nl.vangnet.support.IntegrationTest;
import nl.vangnet.support.MutableClock;
import nl.vangnet.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Research and control on the real database: an external account (created by applicatiebeheer, time-boxed) reads only
 * the dossiers the FG selected for it, read-only, every access logged with its role and the selection's purpose;
 * nothing after the time box; the research export holds no personal data of the fixture; a person whose objection to
 * research use was granted is left out of every research selection and export.
 */
@IntegrationTest
class ExternalAccessIT {

    static final Instant MONDAY = OffsetDateTime.parse("2026-05-04T10:00:00+02:00").toInstant();
    static final String PURPOSE = "Onderzoek naar de duur van onderzoekstrajecten";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;
    @Autowired StaffDirectory directory;
    @Autowired ApiTokens tokens;
    @Autowired Dossiers dossiers;

    String researcher;
    String researcherName;
    String researcherToken;
    Fixture selected;
    Fixture other;
    String selection;

    /** A household's dossier registered by the demo medewerker: what must never leave in an export. */
    record Fixture(String dossierId, String reference, String childId, String adultId, String bsn, String surname,
            String childBorn, String adultBorn, String postcode, String houseNumber, String concern) {
    }

    @BeforeEach
    void aResearcherWithASelection() throws Exception {
        clock.set(MONDAY);
        researcherName = "onderzoeker-" + UUID.randomUUID().toString().substring(0, 8);
        researcher = externalAccount(researcherName, "RESEARCHER", "2026-05-01", "2026-10-31");
        researcherToken = tokenFor(researcher);
        selected = fixture("2016-02-29", "1983-07-19", "3584CS", "417");
        other = fixture("2015-09-14", "1980-01-23", "3582KL", "233");
        selection = JsonPath.read(call("demo-fg", "/api/v1/external-selections", selectionOf(researcher, "RESEARCH",
                "2026-06-30", selected.reference())).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString(), "$.selection.id");
    }

    @Test
    void aResearcherReadsASelectedDossierLoggedWithTheRoleAndThePurposeAndIsRefusedAnother() throws Exception {
        long before = lastSeq();
        read(researcherToken, "/api/v1/dossiers/" + selected.dossierId()).andExpect(status().isOk())
                .andExpect(jsonPath("$.reference").value(selected.reference()));
        assertThat(entriesAfter(before)).containsExactly("READ ALLOWED RESEARCHER Externe selectie (RESEARCHER): " + PURPOSE);
        before = lastSeq();
        read(researcherToken, "/api/v1/dossiers/" + other.dossierId()).andExpect(status().isForbidden());
        assertThat(entriesAfter(before)).containsExactly("READ DENIED RESEARCHER -");
        String list = read(researcherToken, "/api/v1/dossiers").andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(list).contains(selected.reference()).doesNotContain(other.reference());
    }

    @Test
    void everyWriteByAnExternalRoleIsRefused() throws Exception {
        call(researcherToken, "/api/v1/dossiers/" + selected.dossierId() + "/journal", """
                {"occurredAt":"2026-05-04T09:00:00+02:00","kind":"PHONE","text":"Onderzoeker schrijft."}""")
                .andExpect(status().isForbidden());
        UUID dossierId = UUID.fromString(selected.dossierId());
        for (AccessAction write : List.of(AccessAction.CREATE, AccessAction.UPDATE, AccessAction.ASSIGN, AccessAction.DISCLOSE)) {
            long before = lastSeq();
            assertThatThrownBy(() -> TestLogins.as(directory, clock, researcherName,
                    () -> dossiers.requireAccess(dossierId, write, a -> true))).isInstanceOf(AccessDeniedException.class);
            assertThat(entriesAfter(before)).as(write.name()).containsExactly(write.name() + " DENIED RESEARCHER -");
        }
        assertThat(jdbc.sql("SELECT count(*) FROM journal_entry WHERE dossier_id = :d").param("d", dossierId)
                .query(Long.class).single()).isZero();
    }

    @Test
    void afterTheTimeBoxNothingIsAllowed() throws Exception {
        clock.set(MONDAY.plus(Duration.ofDays(60)));
        long before = lastSeq();
        read(researcherToken, "/api/v1/dossiers/" + selected.dossierId()).andExpect(status().isForbidden());
        assertThat(entriesAfter(before)).containsExactly("READ DENIED RESEARCHER -");
        read(researcherToken, "/api/v1/external-selections/" + selection + "/research-export").andExpect(status().isForbidden());
        clock.set(OffsetDateTime.parse("2026-11-02T10:00:00+01:00").toInstant());
        read(researcherToken, "/api/v1/dossiers").andExpect(status().isUnauthorized());
        mvc.perform(get("/dossiers").with(authentication(TestLogins.authentication(directory, clock, researcherName))))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login?verlopen"));
        assertThat(TestLogins.as(directory, clock, researcherName, () -> dossiers.access(UUID.fromString(selected.dossierId()))))
                .isEmpty();
    }

    @Test
    void theResearchExportHoldsNoPersonalDataOfTheFixture() throws Exception {
        long before = lastSeq();
        String export = read(researcherToken, "/api/v1/external-selections/" + selection + "/research-export")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<Map<String, Object>> rows = JsonPath.read(export, "$");
        assertThat(rows).hasSize(2);
        for (Map<String, Object> row : rows) {
            assertThat(row.keySet()).containsExactlyElementsOf(ResearchExport.COLUMNS);
        }
        assertThat(rows).extracting(r -> r.get("ageBand")).containsExactlyInAnyOrder("4-11", "41-65");
        assertThat(rows).extracting(r -> r.get("role")).containsExactlyInAnyOrder("CHILD", "ALLEGED_PERPETRATOR");
        assertThat(rows.getFirst().get("violenceTypes")).isEqualTo(List.of("CHILD_ABUSE"));
        assertThat(rows.getFirst().get("openedMonth")).isEqualTo("2026-04");
        for (String personal : List.of(selected.bsn(), selected.surname(), "Sem", "Piet", selected.childBorn(),
                selected.adultBorn(), "29-02-2016", "19-07-1983", selected.postcode(), "3584 CS",
                selected.houseNumber(), selected.concern(), "blauwe plekken", "A. Voorbeeld", "Basisschool", "0301234567",
                selected.reference(), selected.dossierId(), selected.childId(), selected.adultId())) {
            assertThat(export).as(personal).doesNotContainIgnoringCase(personal);
        }
        assertThat(entriesAfter(before)).containsExactly("EXPORT ALLOWED RESEARCHER Onderzoeksexport (gepseudonimiseerd): " + PURPOSE);
        String again = read(researcherToken, "/api/v1/external-selections/" + selection + "/research-export")
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(again, "$[*].pseudonym"))
                .doesNotContainAnyElementsOf(JsonPath.<List<String>>read(export, "$[*].pseudonym"));
    }

    @Test
    void aPersonWithAGrantedObjectionIsLeftOutOfEveryResearchSelectionAndExport() throws Exception {
        String request = JsonPath.read(call("demo-medewerker", "/api/v1/rights-requests", """
                {"kind":"OBJECTION","personId":"%s","dossierId":"%s","requester":"SELF","identityCheck":"ID_DOCUMENT_SHOWN",
                 "idDocumentType":"PASSPORT","receivedOn":"2026-05-04",
                 "text":"Ik maak bezwaar tegen gebruik van mijn gegevens voor wetenschappelijk onderzoek."}"""
                .formatted(selected.adultId(), selected.dossierId())).andExpect(status().isCreated()).andReturn()
                .getResponse().getContentAsString(), "$.id");
        call("demo-fg", "/api/v1/rights-requests/" + request + "/decision", """
                {"outcome":"GRANTED","reasons":"Bijzondere persoonlijke omstandigheden."}""").andExpect(status().isOk());
        String export = read(researcherToken, "/api/v1/external-selections/" + selection + "/research-export")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<Object>>read(export, "$")).isEmpty();
        read(researcherToken, "/api/v1/dossiers/" + selected.dossierId()).andExpect(status().isForbidden());
        call("demo-fg", "/api/v1/external-selections", selectionOf(researcher, "RESEARCH", "2026-06-30", selected.reference()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("dossierReferences"));
        String both = call("demo-fg", "/api/v1/external-selections", selectionOf(researcher, "RESEARCH", "2026-06-30",
                selected.reference() + "\",\"" + other.reference())).andExpect(status().isCreated())
                .andExpect(jsonPath("$.leftOutForObjection").value(1))
                .andExpect(jsonPath("$.selection.dossierReferences").value(other.reference()))
                .andReturn().getResponse().getContentAsString();
        String rows = read(researcherToken, "/api/v1/external-selections/" + JsonPath.read(both, "$.selection.id")
                + "/research-export").andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<Object>>read(rows, "$")).hasSize(2);
        assertThat(jdbc.sql("SELECT count(*) FROM research_objection WHERE person_id = :p")
                .param("p", UUID.fromString(selected.adultId())).query(Long.class).single()).isOne();
    }

    @Test
    void anAccountantsSampleShowsNoFreeTextAndOnlyTheFgSelects() throws Exception {
        String name = "accountant-" + UUID.randomUUID().toString().substring(0, 8);
        String accountant = externalAccount(name, "ACCOUNTANT", "2026-05-01", "2026-10-31");
        call("demo-fg", "/api/v1/external-selections", selectionOf(accountant, "RESEARCH", "2026-06-30", selected.reference()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("kind"));
        call("demo-teamleider", "/api/v1/external-selections", selectionOf(accountant, "SAMPLE", "2026-06-30", selected.reference()))
                .andExpect(status().isForbidden());
        call("demo-fg", "/api/v1/external-selections", selectionOf(accountant, "SAMPLE", "2026-12-31", selected.reference()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("validUntil"));
        call("demo-fg", "/api/v1/external-selections", selectionOf(accountant, "SAMPLE", "2026-06-30", selected.reference()))
                .andExpect(status().isCreated());
        assertThat(TestLogins.as(directory, clock, name, () -> dossiers.access(UUID.fromString(selected.dossierId()))))
                .hasValueSatisfying(a -> assertThat(a.freeText()).isFalse());
        assertThat(TestLogins.as(directory, clock, researcherName, () -> dossiers.access(UUID.fromString(selected.dossierId()))))
                .hasValueSatisfying(a -> assertThat(a.freeText()).isTrue());
        read(tokenFor(accountant), "/api/v1/external-selections/" + selection + "/research-export").andExpect(status().isForbidden());
    }

    @Test
    void anExternalAccountAlwaysHasATimeBoxOfAtMostAYearAndAVogAndStatement() throws Exception {
        call("demo-applicatiebeheer", "/api/v1/admin/external-accounts", account("x-" + UUID.randomUUID().toString()
                .substring(0, 8), "INSPECTORATE", "2026-05-01", "2027-06-01")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("validUntil"));
        call("demo-applicatiebeheer", "/api/v1/admin/external-accounts", account("x-" + UUID.randomUUID().toString()
                .substring(0, 8), "INSPECTORATE", "2026-05-01", "").replace("\"2026-04-01\"", "\"\""))
                .andExpect(status().isBadRequest());
        call("demo-fg", "/api/v1/admin/external-accounts", account("x-" + UUID.randomUUID().toString().substring(0, 8),
                "INSPECTORATE", "2026-05-01", "2026-10-01")).andExpect(status().isForbidden());
        call("demo-applicatiebeheer", "/api/v1/admin/external-accounts", account("x-" + UUID.randomUUID().toString()
                .substring(0, 8), "CASE_WORKER", "2026-05-01", "2026-10-01")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("role"));
        read("demo-applicatiebeheer", "/api/v1/admin/external-accounts/" + researcher).andExpect(status().isOk())
                .andExpect(jsonPath("$.vogIssuedOn").value("2026-04-01"))
                .andExpect(jsonPath("$.vogCheckedBy").value(directory.findByUsername("applicatiebeheer").orElseThrow().id().toString()))
                .andExpect(jsonPath("$.confidentialitySignedOn").value("2026-04-20"))
                .andExpect(jsonPath("$.validUntil").value("2026-10-31"));
        assertThat(directory.findById(UUID.fromString(researcher)).orElseThrow().teamIds()).isEmpty();
    }

    // --- helpers

    String externalAccount(String username, String role, String from, String until) throws Exception {
        return JsonPath.read(call("demo-applicatiebeheer", "/api/v1/admin/external-accounts", account(username, role, from, until))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.userId");
    }

    static String account(String username, String role, String from, String until) {
        return """
                {"username":"%s","displayName":"Extern %s","initialPassword":"juist-wachtwoord-42","role":"%s",
                 "organisation":"Universiteit Utrecht","vogIssuedOn":"2026-04-01","confidentialitySignedOn":"2026-04-20",
                 "validFrom":"%s","validUntil":"%s"}""".formatted(username, username, role, from, until);
    }

    String tokenFor(String userId) {
        String token = "test-" + UUID.randomUUID();
        tokens.store(UUID.fromString(userId), "test-" + UUID.randomUUID(), token, clock.instant(),
                clock.instant().plus(Duration.ofDays(300)), directory.findByUsername("applicatiebeheer").orElseThrow().id());
        return token;
    }

    static String selectionOf(String userId, String kind, String until, String references) {
        return """
                {"userId":"%s","kind":"%s","purpose":"%s","validFrom":"2026-05-04","validUntil":"%s",
                 "dossierReferences":["%s"]}""".formatted(userId, kind, PURPOSE, until, references);
    }

    Fixture fixture(String childBorn, String adultBorn, String postcode, String houseNumber) throws Exception {
        String bsn = TestData.randomBsn();
        String surname = TestData.uniqueSurname("Onderzoek");
        String concern = "Zorg " + UUID.randomUUID() + ": Sem komt vaak met blauwe plekken op school.";
        String report = call("demo-medewerker", "/api/v1/reports", TestData.exampleReport(bsn, surname)
                .replace("2017-03-01", childBorn).replace("1985-06-12", adultBorn).replace("3511AB", postcode)
                .replace("\"12\"", "\"" + houseNumber + "\"").replace("Sem komt vaak met blauwe plekken op school.", concern))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String dossierId = JsonPath.read(report, "$.dossierId");
        String reference = JsonPath.read(read("demo-medewerker", "/api/v1/dossiers/" + dossierId).andReturn().getResponse()
                .getContentAsString(), "$.reference");
        return new Fixture(dossierId, reference,
                JsonPath.<List<String>>read(report, "$.persons[?(@.role == 'CHILD')].personId").getFirst(),
                JsonPath.<List<String>>read(report, "$.persons[?(@.role == 'ALLEGED_PERPETRATOR')].personId").getFirst(),
                bsn, surname, childBorn, adultBorn, postcode, houseNumber, concern);
    }

    ResultActions call(String token, String path, String json) throws Exception {
        return mvc.perform(post(path).header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    ResultActions read(String token, String path) throws Exception {
        return mvc.perform(get(path).header("Authorization", "Bearer " + token));
    }

    long lastSeq() {
        return jdbc.sql("SELECT last_seq FROM access_log_head").query(Long.class).single();
    }

    List<String> entriesAfter(long seq) {
        return jdbc.sql("""
                SELECT action || ' ' || outcome || ' ' || coalesce(role_used, '-') || ' ' || coalesce(reason, '-')
                FROM access_log_entry WHERE seq > :s ORDER BY seq""").param("s", seq).query(String.class).list();
    }
}
