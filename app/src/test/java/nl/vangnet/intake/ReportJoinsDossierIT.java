package nl.vangnet.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import nl.vangnet.platform.DutchTime;
import nl.vangnet.staff.ApiTokens;
import nl.vangnet.staff.Role;
import nl.vangnet.staff.StaffDirectory;
import nl.vangnet.staff.StaffUser;
import nl.vangnet.staff.TestLogins;
import nl.vangnet.support.IntegrationTest;
import nl.vangnet.support.MutableClock;
import nl.vangnet.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The attack of issue 9: a worker who may not read a dossier registers a report naming one of its persons. The report
 * joins the open dossier (DOMAIN.md) but opens nothing of it to the registrar: they see the report as they typed it
 * and the reference and team of the dossier it was added to; the dossier's own workers see it in their work list.
 */
@IntegrationTest
class ReportJoinsDossierIT {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;
    @Autowired StaffDirectory directory;
    @Autowired ApiTokens tokens;
    @Autowired IntakeWork workList;

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    /** The ways a new report's person is matched to a person of an open dossier. */
    enum Match { BSN, SURNAME_AND_DATE_OF_BIRTH, SURNAME_WITH_OTHER_ACCENTS_AND_CASE, BSN_AT_ANOTHER_ADDRESS }

    record Victim(String reportId, String dossierId, String dossierReference, String bsn, String surname, String secret) {
    }

    /** The demo medewerker's case: a verified report with a concern nobody else may read, in a dossier of the demo team. */
    private Victim victimCase(String surnameBase) throws Exception {
        String bsn = TestData.randomBsn();
        String surname = surnameBase;
        String secret = "Geheim" + TestData.uniqueSurname("x");
        String body = TestData.exampleReport(bsn, surname).replace("Sem komt vaak met blauwe plekken op school.", secret);
        String answer = post("/api/v1/reports", "demo-medewerker", body).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        String report = JsonPath.read(answer, "$.id");
        post("/api/v1/reports/" + report + "/verification", "demo-medewerker", "{\"with\":\"melder\",\"how\":\"telefonisch\"}")
                .andExpect(status().isOk());
        return new Victim(report, JsonPath.read(answer, "$.dossierId"), JsonPath.read(answer, "$.dossierReference"), bsn,
                surname, secret);
    }

    /** A report by the attacker naming the victim's child the way {@code match} needs, at another address. */
    private static String attackerReport(Victim v, Match match) {
        String child = switch (match) {
            case BSN, BSN_AT_ANOTHER_ADDRESS -> "\"bsn\":\"%s\",\"surname\":\"Anders\",\"givenNames\":\"X\",\"dateOfBirth\":\"2016-01-01\""
                    .formatted(v.bsn());
            case SURNAME_AND_DATE_OF_BIRTH -> "\"surname\":\"%s\",\"dateOfBirth\":\"2017-03-01\",\"identificationMissingReason\":\"Onbekend bij melder\""
                    .formatted(v.surname());
            case SURNAME_WITH_OTHER_ACCENTS_AND_CASE -> "\"surname\":\"%s\",\"dateOfBirth\":\"2017-03-01\",\"identificationMissingReason\":\"Onbekend bij melder\""
                    .formatted(v.surname().toUpperCase().replaceFirst("E", "É"));
        };
        String postcode = match == Match.BSN_AT_ANOTHER_ADDRESS ? "3581AA" : "3511AB";
        return """
                {"receivedAt":"2026-04-30T11:15:00+02:00","channel":"PHONE",
                 "reporter":{"type":"PRIVATE","name":"Buurman","phone":"0301234568","anonymous":false},
                 "household":{"postcode":"%s","houseNumber":"99","municipalityCode":"GM0344"},
                 "persons":[{"role":"CHILD",%s}],
                 "violenceTypes":["CHILD_ABUSE"],"concern":"Ik hoor geschreeuw.","acuteDanger":false}""".formatted(postcode, child);
    }

    @ParameterizedTest(name = "matched by {0}")
    @EnumSource(Match.class)
    void aWorkerOfAnotherTeamWhoseReportJoinsADossierGainsNoAccessToIt(Match match) throws Exception {
        Victim v = victimCase(TestData.uniqueSurname("Veerman"));
        StaffUser attacker = worker(otherTeam());
        String token = token(attacker);
        long before = lastSeq();

        String answer = post("/api/v1/reports", token, attackerReport(v, match)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.dossierId").value(v.dossierId()))
                .andExpect(jsonPath("$.dossierReference").value(v.dossierReference()))
                .andExpect(jsonPath("$.dossierTeam").value("Team Utrecht-Stad"))
                .andExpect(jsonPath("$.dossierAccess").value(false))
                .andExpect(jsonPath("$.earlierDossiers.length()").value(0))
                .andExpect(jsonPath("$.household.houseNumber").value("99"))
                .andExpect(jsonPath("$.persons.length()").value(1))
                .andReturn().getResponse().getContentAsString();
        String own = JsonPath.read(answer, "$.id");
        // Nothing of the dossier in the answer: not the other report's concern, not its persons' names, address or BSN.
        assertThat(answer).doesNotContain(v.secret()).doesNotContain("Sem").doesNotContain("Piet").doesNotContain("\"12\"");
        if (match != Match.BSN && match != Match.BSN_AT_ANOTHER_ADDRESS) {
            assertThat(answer).doesNotContain(v.bsn());
        }

        assertThat(jdbc.sql("SELECT count(*) FROM dossier_assignment WHERE dossier_id = :d AND user_id = :u")
                .param("d", UUID.fromString(v.dossierId())).param("u", attacker.id()).query(Long.class).single())
                .as("registering assigns nobody to someone else's dossier").isZero();
        get("/api/v1/dossiers/" + v.dossierId(), token).andExpect(status().isForbidden());
        get("/api/v1/reports/" + v.reportId(), token).andExpect(status().isForbidden());
        get("/api/v1/reports/" + v.reportId() + "/assessment", token).andExpect(status().isForbidden());
        get("/api/v1/dossiers/" + v.dossierId() + "/restraining-orders", token).andExpect(status().isForbidden());
        get("/api/v1/dossiers/" + v.dossierId() + "/aware", token).andExpect(status().isForbidden());
        get("/api/v1/dossiers/" + v.dossierId() + "/crisis-interventions", token).andExpect(status().isForbidden());

        // The registrar sees their own report as they registered it, until it is verified (handed over).
        String mine = get("/api/v1/reports/" + own, token).andExpect(status().isOk())
                .andExpect(jsonPath("$.dossierAccess").value(false))
                .andExpect(jsonPath("$.concern").value("Ik hoor geschreeuw.")).andReturn().getResponse().getContentAsString();
        assertThat(mine).doesNotContain(v.secret()).doesNotContain("Sem").doesNotContain("Piet");
        assertThat(jdbc.sql("""
                SELECT count(*) FROM access_log_entry WHERE seq > :s AND actor_id = :u AND outcome = 'ALLOWED'
                  AND action NOT IN ('CREATE') AND :d = ANY(dossier_ids) AND reason IS DISTINCT FROM 'Eigen registratie van de melding'""")
                .param("s", before).param("u", attacker.id()).param("d", UUID.fromString(v.dossierId()))
                .query(Long.class).single()).as("no read of the dossier is logged as allowed").isZero();

        // The dossier's worker and teamleider see the follow-up report in their work lists at once.
        assertThat(as("medewerker", () -> workList.of(IntakeWork.Scope.MINE)).toVerify())
                .anyMatch(i -> i.reportId().toString().equals(own) && i.classification() == Classification.FOLLOW_UP_REPORT);
        assertThat(as("teamleider", () -> workList.of(IntakeWork.Scope.TEAM)).toVerify())
                .anyMatch(i -> i.reportId().toString().equals(own));

        post("/api/v1/reports/" + own + "/verification", token, "{\"with\":\"Buurman\",\"how\":\"telefonisch\"}")
                .andExpect(status().isOk());
        get("/api/v1/reports/" + own, token).andExpect(status().isForbidden());
    }

    @Test
    void aColleagueOfTheSameTeamWhoIsNotAssignedGainsNoAccessEither() throws Exception {
        Victim v = victimCase(TestData.uniqueSurname("Collega"));
        StaffUser colleague = worker(Set.copyOf(directory.findByUsername("medewerker").orElseThrow().teamIds()));
        String token = token(colleague);
        post("/api/v1/reports", token, attackerReport(v, Match.BSN)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.dossierAccess").value(false));
        get("/api/v1/dossiers/" + v.dossierId(), token).andExpect(status().isForbidden());
        get("/api/v1/reports/" + v.reportId(), token).andExpect(status().isForbidden());
    }

    @Test
    void anAcuteReportThatJoinsADossierReachesTheCrisisService() throws Exception {
        Victim v = victimCase(TestData.uniqueSurname("Acuut"));
        String token = token(worker(otherTeam()));
        String id = JsonPath.read(post("/api/v1/reports", token, attackerReport(v, Match.BSN).replace("\"acuteDanger\":false",
                "\"acuteDanger\":true")).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        assertThat(as("crisisdienst", () -> workList.of(IntakeWork.Scope.MINE)).acute())
                .anyMatch(i -> i.reportId().toString().equals(id));
        assertThat(as("medewerker", () -> workList.of(IntakeWork.Scope.MINE)).acute())
                .anyMatch(i -> i.reportId().toString().equals(id));
    }

    @Test
    void aServiceAccountsPoliceNoticeJoinsTheDossierAndIsAnsweredWithoutTheDossier() throws Exception {
        Victim v = victimCase(TestData.uniqueSurname("Politie"));
        StaffUser service = directory.createServiceAccount("politie-" + UUID.randomUUID().toString().substring(0, 8),
                "Politie-koppeling", EnumSet.of(Role.CASE_WORKER));
        String token = tokens.issue(service.id(), "politie", 30,
                directory.findByUsername("applicatiebeheer").orElseThrow().id()).token();
        String team = directory.findByUsername("medewerker").orElseThrow().teamIds().iterator().next().toString();
        String answer = post("/api/v1/reports", token, attackerReport(v, Match.BSN).replace("\"channel\":\"PHONE\",",
                "\"channel\":\"POLICE_NOTICE\",\"teamId\":\"" + team + "\",")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.dossierAccess").value(false)).andReturn().getResponse().getContentAsString();
        assertThat(answer).doesNotContain(v.secret()).doesNotContain("Piet");
        get("/api/v1/dossiers/" + v.dossierId(), token).andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT count(*) FROM dossier_assignment WHERE user_id = :u").param("u", service.id())
                .query(Long.class).single()).isZero();
    }

    @Test
    void aReportCannotLinkAnotherTeamsAdviceRequestNorSettleItsCallBack() throws Exception {
        String advice = JsonPath.read(post("/api/v1/advice-requests", "demo-medewerker", """
                {"receivedAt":"2026-04-30T09:00:00+02:00","channel":"PHONE",
                 "seeker":{"name":"Juf","type":"PROFESSIONAL","category":"EDUCATION"},
                 "concern":"Zorgen over een leerling.","violenceTypes":["CHILD_ABUSE"],"callBackOn":"%s"}"""
                .formatted(DutchTime.today(clock).plusDays(3)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        String token = token(worker(otherTeam()));
        String report = TestData.exampleReport(TestData.randomBsn(), TestData.uniqueSurname("Koppel"))
                .replace("\"channel\":\"PHONE\",", "\"channel\":\"PHONE\",\"adviceRequestId\":\"" + advice + "\",");
        post("/api/v1/reports", token, report).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("adviceRequestId"));
        assertThat(jdbc.sql("SELECT call_back_done_at IS NULL FROM advice_request WHERE id = :id")
                .param("id", UUID.fromString(advice)).query(Boolean.class).single()).isTrue();
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    private Set<UUID> otherTeam() {
        String name = "Team Eemland " + TestData.uniqueSurname("");
        return Set.of(directory.createTeam(name).id());
    }

    private StaffUser worker(Set<UUID> teams) {
        String name = "w" + UUID.randomUUID().toString().substring(0, 8);
        return directory.createPerson(new StaffDirectory.NewStaffMember(name, "Werker " + name, "juist-wachtwoord-42",
                EnumSet.of(Role.CASE_WORKER), teams, false));
    }

    private String token(StaffUser user) {
        return tokens.issue(user.id(), "test", 30, user.id()).token();
    }

    private long lastSeq() {
        return jdbc.sql("SELECT last_seq FROM access_log_head").query(Long.class).single();
    }

    private ResultActions post(String path, String token, String json) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(path).header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private ResultActions get(String path, String token) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path).header("Authorization", "Bearer " + token));
    }

    private <T> T as(String username, Supplier<T> action) {
        return TestLogins.as(directory, clock, username, action);
    }
}
