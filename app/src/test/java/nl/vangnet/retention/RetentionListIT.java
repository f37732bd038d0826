package nl.vangnet.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.vangnet.platform.DutchTime;
import nl.vangnet.staff.Role;
import nl.vangnet.staff.StaffDirectory;
import nl.vangnet.staff.TestLogins;
import nl.vangnet.support.Cases;
import nl.vangnet.support.IntegrationTest;
import nl.vangnet.support.MutableClock;
import nl.vangnet.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The monthly destruction list (issue 13 §4): only closed dossiers past their retention end (moving the test clock),
 * none under a legal hold; approved by the FG or a teamleider the FG mandated, never by a worker or another role
 * (403, logged); rejected only with a reason.
 */
@IntegrationTest
class RetentionListIT {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;
    @Autowired StaffDirectory directory;
    @Autowired DestructionLists lists;

    Cases cases;

    String dossier() throws Exception {
        cases = new Cases(mvc, directory, clock);
        return JsonPath.read(cases.post("/api/v1/reports", "demo-medewerker", TestData.exampleReport(TestData.randomBsn(),
                TestData.uniqueSurname("Bewaar"))).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString(), "$.dossierId");
    }

    /** Closed with its last change 20 years before {@code until}: the database's rule then sets that retention end. */
    void closedKeptUntil(String dossier, LocalDate until) {
        jdbc.sql("""
                UPDATE dossier SET status = 'CLOSED', closed_on = :on, closed_reason = 'Afgerond',
                    updated_at = (CAST(:on AS date) + time '12:00') AT TIME ZONE 'Europe/Amsterdam' WHERE id = :d""")
                .param("on", until.minusYears(20)).param("d", UUID.fromString(dossier)).update();
        assertThat(jdbc.sql("SELECT retention_until FROM dossier WHERE id = :d").param("d", UUID.fromString(dossier))
                .query(LocalDate.class).single()).isEqualTo(until);
    }

    List<String> on(UUID list) {
        return jdbc.sql("SELECT dossier_id::text FROM destruction_list_item WHERE list_id = :l AND taken_off_reason IS NULL")
                .param("l", list).query(String.class).list();
    }

    ResultActions call(MockHttpServletRequestBuilder request, String token, String json)
            throws Exception {
        return mvc.perform(request.header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    long lastSeq() {
        return jdbc.sql("SELECT last_seq FROM access_log_head").query(Long.class).single();
    }

    @Test
    void theMonthlyListHoldsOnlyClosedDossiersPastTheirRetentionEndAndNoneUnderALegalHold() throws Exception {
        LocalDate today = DutchTime.today(clock);
        String due = dossier();
        closedKeptUntil(due, today.plusDays(10));
        String held = dossier();
        closedKeptUntil(held, today.plusDays(10));
        String later = dossier();
        closedKeptUntil(later, today.plusDays(400));
        String open = dossier();
        Set<String> mine = Set.of(due, held, later, open);

        call(put("/api/v1/retention/legal-holds/" + held), "demo-medewerker", "{\"reason\":\"Rechtszaak\"}").andExpect(status().isForbidden());
        call(put("/api/v1/retention/legal-holds/" + held), "demo-fg", "{\"reason\":\" \"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("reason"));
        call(put("/api/v1/retention/legal-holds/" + held), "demo-fg", "{\"reason\":\"Lopende rechtszaak\"}").andExpect(status().isNoContent());

        // Not yet past the retention end: on no list.
        lists.drawUpMonthlyList().ifPresent(list -> assertThat(on(list)).doesNotContainAnyElementsOf(mine));

        clock.advance(Duration.ofDays(11));
        UUID list = lists.drawUpMonthlyList().orElseThrow();
        assertThat(on(list)).contains(due).doesNotContain(held, later, open);

        // The hold lifted, the next list has it (the first dossier is on an open list already).
        call(delete("/api/v1/retention/legal-holds/" + held), "demo-fg", "").andExpect(status().isNoContent());
        UUID next = lists.drawUpMonthlyList().orElseThrow();
        assertThat(on(next)).contains(held).doesNotContain(due, later, open);

        // Neither a worker nor a teamleider without mandate may see or approve a list: 403, logged.
        String approval = "/api/v1/retention/destruction-lists/" + list + "/approval";
        long before = lastSeq();
        call(post(approval), "demo-medewerker", "{\"decision\":\"APPROVED\"}").andExpect(status().isForbidden());
        call(post(approval), "demo-teamleider", "{\"decision\":\"APPROVED\"}").andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/retention/due").header("Authorization", "Bearer demo-secretariaat")).andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT action || ' ' || outcome FROM access_log_entry WHERE seq > :s ORDER BY seq").param("s", before)
                .query(String.class).list()).containsExactly("DESTROY DENIED", "DESTROY DENIED", "LIST DENIED");

        // The FG mandates a teamleider, who approves the list on the retention page.
        String username = "tl-" + UUID.randomUUID().toString().substring(0, 8);
        UUID teamLeader = directory.createPerson(new StaffDirectory.NewStaffMember(username, "Mandaat Teamleider",
                "juist-wachtwoord-42", EnumSet.of(Role.TEAM_LEADER), Set.of(), false)).id();
        call(put("/api/v1/retention/mandates/" + teamLeader), "demo-medewerker", "").andExpect(status().isForbidden());
        call(put("/api/v1/retention/mandates/" + teamLeader), "demo-fg", "").andExpect(status().isNoContent());
        var asTeamLeader = authentication(TestLogins.authentication(directory, clock, username));
        mvc.perform(get("/bewaartermijnen").with(asTeamLeader)).andExpect(status().isOk());
        for (String other : on(list)) {
            if (!other.equals(due)) {
                call(post("/api/v1/retention/destruction-lists/" + list + "/dossiers/" + other + "/removal"), "demo-fg",
                        "{\"reason\":\"Niet van deze test\"}").andExpect(status().isOk());
            }
        }
        mvc.perform(post("/bewaartermijnen/lijsten/" + list + "/beslissing").with(asTeamLeader).with(csrf())
                .param("decision", "APPROVED")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT count(*) FROM dossier WHERE id = :d").param("d", UUID.fromString(due)).query(Long.class).single())
                .isZero();
        assertThat(jdbc.sql("SELECT legal_basis || ' ' || approved_by FROM destruction_record WHERE dossier_id = :d")
                .param("d", UUID.fromString(due)).query(String.class).single()).isEqualTo("RETENTION_EXPIRED " + teamLeader);
        mvc.perform(get("/bewaartermijnen").with(asTeamLeader)).andExpect(status().isOk());

        // A list is rejected only with a reason; its dossiers stay.
        String rejection = "/api/v1/retention/destruction-lists/" + next + "/approval";
        call(post(rejection), "demo-fg", "{\"decision\":\"REJECTED\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("reason"));
        call(post(rejection), "demo-fg", "{\"decision\":\"SOMETIMES\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("decision"));
        call(post(rejection), "demo-fg", "{\"decision\":\"REJECTED\",\"reason\":\"Eerst navragen bij de jurist.\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("REJECTED"));
        assertThat(jdbc.sql("SELECT count(*) FROM dossier WHERE id = :d").param("d", UUID.fromString(held)).query(Long.class).single())
                .isEqualTo(1);
        call(post(rejection), "demo-fg", "{\"decision\":\"APPROVED\"}").andExpect(status().isConflict());

        // The mandate withdrawn, the teamleider is refused again.
        call(delete("/api/v1/retention/mandates/" + teamLeader), "demo-fg", "").andExpect(status().isNoContent());
        mvc.perform(get("/bewaartermijnen").with(asTeamLeader)).andExpect(status().isForbidden());
    }

    @Test
    void aDossierUnderALegalHoldIsNotDestroyedFromARequestList() throws Exception {
        String dossier = dossier();
        UUID list = lists.requested(UUID.fromString(dossier), null, DutchTime.today(clock));
        call(put("/api/v1/retention/legal-holds/" + dossier), "demo-fg", "{\"reason\":\"Lopende rechtszaak\"}")
                .andExpect(status().isNoContent());
        call(post("/api/v1/retention/destruction-lists/" + list + "/approval"), "demo-fg", "{\"decision\":\"APPROVED\"}")
                .andExpect(status().isConflict());
        assertThat(jdbc.sql("SELECT count(*) FROM dossier WHERE id = :d").param("d", UUID.fromString(dossier)).query(Long.class).single())
                .isEqualTo(1);
        call(post("/api/v1/retention/destruction-lists/" + list + "/dossiers/" + dossier + "/removal"), "demo-fg",
                "{\"reason\":\"Bewaarplicht\"}").andExpect(status().isOk()).andExpect(jsonPath("$.items[0].takenOffReason").value("Bewaarplicht"));
        call(post("/api/v1/retention/destruction-lists/" + list + "/approval"), "demo-fg", "{\"decision\":\"APPROVED\"}")
                .andExpect(status().isOk());
        assertThat(jdbc.sql("SELECT count(*) FROM dossier WHERE id = :d").param("d", UUID.fromString(dossier)).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void aPersonAlsoInAnotherDossierKeepsTheirRecordAndThatDossierOnlyThisDossiersLinksGo() throws Exception {
        cases = new Cases(mvc, directory, clock);
        String bsn = TestData.randomBsn();
        String surname = TestData.uniqueSurname("Gedeeld");
        String first = JsonPath.read(cases.post("/api/v1/reports", "demo-medewerker", TestData.exampleReport(bsn, surname))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.dossierId");
        closedKeptUntil(first, DutchTime.today(clock).plusDays(5));
        // A new report about the same child: a new dossier (the first is closed), the same person (one per BSN).
        String second = JsonPath.read(cases.post("/api/v1/reports", "demo-medewerker", TestData.exampleReport(bsn, surname))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.dossierId");
        assertThat(second).isNotEqualTo(first);
        UUID child = jdbc.sql("SELECT id FROM person WHERE bsn = :b").param("b", bsn).query(UUID.class).single();
        assertThat(jdbc.sql("SELECT count(*) FROM dossier_person WHERE person_id = :p").param("p", child).query(Long.class).single())
                .isEqualTo(2);

        UUID list = lists.requested(UUID.fromString(first), null, DutchTime.today(clock));
        call(post("/api/v1/retention/destruction-lists/" + list + "/approval"), "demo-fg", "{\"decision\":\"APPROVED\"}")
                .andExpect(status().isOk());
        assertThat(jdbc.sql("SELECT count(*) FROM dossier WHERE id = :d").param("d", UUID.fromString(first)).query(Long.class).single())
                .isZero();
        assertThat(jdbc.sql("SELECT dossier_id::text FROM dossier_person WHERE person_id = :p").param("p", child)
                .query(String.class).list()).containsExactly(second);
        assertThat(jdbc.sql("SELECT count(*) FROM report WHERE dossier_id = :d").param("d", UUID.fromString(second))
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM person WHERE id = :p").param("p", child).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT persons_kept FROM destruction_record WHERE dossier_id = :d")
                .param("d", UUID.fromString(first)).query(Integer.class).single()).isGreaterThanOrEqualTo(1);
        mvc.perform(get("/dossiers/" + second).with(authentication(TestLogins.authentication(directory, clock, "medewerker"))))
                .andExpect(status().isOk());
    }

    /**
     * A person once added to another dossier by mistake and removed from it is still named in that dossier's history:
     * the person's record stays (as for a person in another dossier), and the destruction goes through.
     */
    @Test
    void aPersonNamedInAnotherDossiersHistoryKeepsTheirRecordAndTheDestructionGoesThrough() throws Exception {
        cases = new Cases(mvc, directory, clock);
        String bsn = TestData.randomBsn();
        String surname = TestData.uniqueSurname("Historie");
        String first = JsonPath.read(cases.post("/api/v1/reports", "demo-medewerker", TestData.exampleReport(bsn, surname))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.dossierId");
        closedKeptUntil(first, DutchTime.today(clock).plusDays(5));
        String second = JsonPath.read(cases.post("/api/v1/reports", "demo-medewerker", TestData.exampleReport(bsn, surname))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.dossierId");
        UUID child = jdbc.sql("SELECT id FROM person WHERE bsn = :b").param("b", bsn).query(UUID.class).single();
        call(delete("/api/v1/dossiers/" + second + "/persons/" + child), "demo-medewerker",
                "{\"reason\":\"Ten onrechte toegevoegd: een ander kind.\"}").andExpect(status().isNoContent());

        UUID list = lists.requested(UUID.fromString(first), null, DutchTime.today(clock));
        call(post("/api/v1/retention/destruction-lists/" + list + "/approval"), "demo-fg", "{\"decision\":\"APPROVED\"}")
                .andExpect(status().isOk());
        assertThat(jdbc.sql("SELECT count(*) FROM dossier WHERE id = :d").param("d", UUID.fromString(first)).query(Long.class).single())
                .isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM person WHERE id = :p").param("p", child).query(Long.class).single()).isEqualTo(1);
    }
}
