package nl.vangnet.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import nl.vangnet.person.NewPerson;
import nl.vangnet.person.PersonRole;
import nl.vangnet.platform.BusinessRuleException;
import nl.vangnet.staff.Role;
import nl.vangnet.staff.SecondFactor;
import nl.vangnet.staff.StaffDirectory;
import nl.vangnet.staff.StaffPrincipal;
import nl.vangnet.staff.TestLogins;
import nl.vangnet.support.IntegrationTest;
import nl.vangnet.support.MutableClock;
import nl.vangnet.support.TestData;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;

/** Need to know as a matrix: role × relation to the dossier × action, and break-the-glass expiry with a moved clock. */
@IntegrationTest
class NeedToKnowIT {

    @Autowired DossierAccessPolicy policy;
    @Autowired Dossiers dossiers;
    @Autowired DossierOpening opening;
    @Autowired NeedToKnow needToKnow;
    @Autowired StaffDirectory directory;
    @Autowired SecondFactor secondFactor;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    /**
     * Each demo user (one role each) in one relation to a fresh dossier of the demo team (or of another team), with
     * the access the policy must give for reading and for assigning.
     */
    @ParameterizedTest(name = "{0} {1}: read {2}, assign {3}")
    @CsvSource({
            // user,             relation,          read access,     may assign
            "medewerker,         ASSIGNED,          ASSIGNED,        false",
            "medewerker,         NONE,              DENIED,          false",
            "medewerker,         SUBSTITUTE,        SUBSTITUTE,      false",
            "medewerker,         SUBSTITUTE_ENDED,  DENIED,          false",
            "crisisdienst,       ASSIGNED,          ASSIGNED,        false",
            "crisisdienst,       NONE,              DENIED,          false",
            "teamleider,         NONE,              TEAM_LEADER,     true",
            "teamleider,         OTHER_TEAM,        DENIED,          false",
            "gedragswetenschapper, NONE,            DENIED,          false",
            "gedragswetenschapper, CONSULTED,       CONSULTED,       false",
            "gedragswetenschapper, CONSULTATION_CLOSED, DENIED,      false",
            "jurist,             CONSULTED,         CONSULTED,       false",
            "jurist,             NONE,              DENIED,          false",
            "vertrouwensarts,    CONSULTED,         CONSULTED,       false",
            "vertrouwensarts,    EMERGENCY,         EMERGENCY,       false",
            "vertrouwensarts,    EMERGENCY_EXPIRED, DENIED,          false",
            "secretariaat,       NONE,              ADMINISTRATIVE,  false",
            "secretariaat,       OTHER_TEAM,        DENIED,          false",
            "fg,                 NONE,              DENIED,          false",
            "applicatiebeheer,   NONE,              DENIED,          false",
            // Emergency access is for the roles that do case work only: a grant given to anyone else opens nothing.
            "applicatiebeheer,   EMERGENCY,         DENIED,          false",
            "fg,                 EMERGENCY,         DENIED,          false",
            "secretariaat,       EMERGENCY_OTHER_TEAM, DENIED,       false",
            "jurist,             EMERGENCY,         EMERGENCY,       false",
            "teamleider,         EMERGENCY_OTHER_TEAM, EMERGENCY,    false"})
    void needToKnowDecidesWhoMayOpenADossier(String username, String relation, String read, boolean assign) {
        UUID user = directory.findByUsername(username).orElseThrow().id();
        UUID dossier = relation.endsWith("OTHER_TEAM") ? dossierOfOtherTeam() : dossierOfDemoTeam();
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Amsterdam")));
        switch (relation) {
            case "ASSIGNED" -> assign(dossier, user);
            case "SUBSTITUTE", "SUBSTITUTE_ENDED" -> {
                UUID colleague = colleague();
                assign(dossier, colleague);
                LocalDate to = relation.equals("SUBSTITUTE") ? today.plusDays(7) : today.minusDays(1);
                jdbc.sql("""
                        INSERT INTO substitute (id, worker_id, substitute_id, valid_from, valid_to, created_by, created_at)
                        VALUES (gen_random_uuid(), :w, :s, :f, :t, :w, now())""")
                        .param("w", colleague).param("s", user).param("f", today.minusDays(14)).param("t", to).update();
            }
            case "CONSULTED", "CONSULTATION_CLOSED" -> jdbc.sql("""
                    INSERT INTO consultation (id, dossier_id, consultant_id, role, started_at, started_by, closed_at)
                    VALUES (gen_random_uuid(), :d, :u, :r, now(), :u, :closed)""")
                    .param("d", dossier).param("u", user)
                    .param("r", directory.findById(user).orElseThrow().roles().iterator().next().name())
                    .param("closed", relation.equals("CONSULTED") ? null : Timestamp.from(clock.instant())).update();
            case "EMERGENCY", "EMERGENCY_EXPIRED", "EMERGENCY_OTHER_TEAM" -> jdbc.sql("""
                    INSERT INTO emergency_access (id, dossier_id, user_id, reason, granted_at, expires_at)
                    VALUES (gen_random_uuid(), :d, :u, 'Acute zorg: moeder belt vanuit het ziekenhuis', :g, :e)""")
                    .param("d", dossier).param("u", user)
                    .param("g", Timestamp.from(clock.instant().minus(relation.equals("EMERGENCY_EXPIRED") ? Duration.ofHours(9) : Duration.ofHours(1))))
                    .param("e", Timestamp.from(clock.instant().plus(relation.equals("EMERGENCY_EXPIRED") ? Duration.ofHours(-1) : Duration.ofHours(7))))
                    .update();
            default -> { }
        }
        StaffPrincipal who = TestLogins.principal(directory, clock, username);
        Optional<DossierAccess> access = policy.accessFor(who, dossier);
        assertThat(access.map(a -> a.basis().name()).orElse("DENIED")).isEqualTo(read);
        assertThat(policy.openable(who, Set.of(dossier))).as("the batch rule agrees").hasSize(access.isPresent() ? 1 : 0);
        access.ifPresent(a -> assertThat(a.freeText()).isEqualTo(a.basis() != DossierAccess.Basis.ADMINISTRATIVE));
        access.filter(a -> a.basis() == DossierAccess.Basis.EMERGENCY)
                .ifPresent(a -> assertThat(a.logReason()).startsWith("Noodtoegang ").contains("Acute zorg"));
        boolean assigned = as(username, () -> {
            try {
                needToKnow.assign(dossier, directory.findByUsername("medewerker").orElseThrow().id());
                return true;
            } catch (AccessDeniedException e) {
                return false;
            }
        });
        assertThat(assigned).isEqualTo(assign);
    }

    @Test
    void breakingTheGlassNeedsAReasonAndTheSecondFactorAndEndsAfterEightHours() throws Exception {
        UUID dossier = dossierOfDemoTeam();
        mvc.perform(get("/api/v1/dossiers/" + dossier).header("Authorization", "Bearer demo-jurist")).andExpect(status().isForbidden());
        assertThatThrownBy(() -> as("jurist", () -> needToKnow.breakTheGlass(dossier, "kort", "000000")))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("ten minste 10 tekens");
        assertThatThrownBy(() -> as("jurist", () -> needToKnow.breakTheGlass(dossier, "De rechter vraagt nu om advies", TestLogins.wrongCode(secondFactor, TestLogins.DEMO_SECRET))))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("code is onjuist");
        String code = TestLogins.nextCode(secondFactor, clock, TestLogins.DEMO_SECRET);
        NeedToKnow.Grant grant = as("jurist", () -> needToKnow.breakTheGlass(dossier, "De rechter vraagt nu om advies", code));
        assertThat(grant.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofHours(8)));

        long before = jdbc.sql("SELECT last_seq FROM access_log_head").query(Long.class).single();
        mvc.perform(get("/api/v1/dossiers/" + dossier).header("Authorization", "Bearer demo-jurist")).andExpect(status().isOk());
        assertThat(jdbc.sql("SELECT reason FROM access_log_entry WHERE seq > :s AND action = 'READ' AND actor_name = 'jurist'")
                .param("s", before).query(String.class).list())
                .singleElement().satisfies(r -> assertThat(r).startsWith("Noodtoegang " + grant.id()));

        clock.advance(Duration.ofHours(8).plusSeconds(1));
        assertThatThrownBy(() -> as("jurist", () -> dossiers.open(dossier))).isInstanceOf(AccessDeniedException.class);
        mvc.perform(get("/api/v1/dossiers/" + dossier).header("Authorization", "Bearer demo-jurist")).andExpect(status().isForbidden());

        // The teamleider reviews it; nobody reviews their own.
        assertThat(as("teamleider", () -> needToKnow.reviewTasks())).anyMatch(t -> t.grantId().equals(grant.id()));
        as("teamleider", () -> {
            needToKnow.review(grant.id(), true, "Terecht: zitting vandaag");
            return null;
        });
        assertThat(jdbc.sql("SELECT review_outcome FROM emergency_access WHERE id = :id").param("id", grant.id())
                .query(String.class).single()).isEqualTo("JUSTIFIED");
    }

    @Test
    void aConsultedColleagueReadsTheDossierUntilTheConsultationCloses() {
        UUID dossier = dossierOfDemoTeam();
        assign(dossier, directory.findByUsername("medewerker").orElseThrow().id());
        UUID gws = directory.findByUsername("gedragswetenschapper").orElseThrow().id();
        assertThatThrownBy(() -> as("gedragswetenschapper", () -> dossiers.open(dossier))).isInstanceOf(AccessDeniedException.class);
        UUID consultation = as("medewerker", () -> needToKnow.consult(dossier, gws, "Is er sprake van structurele onveiligheid?"));
        assertThat(as("gedragswetenschapper", () -> dossiers.open(dossier)).id()).isEqualTo(dossier);
        as("medewerker", () -> {
            needToKnow.closeConsultation(dossier, consultation);
            return null;
        });
        assertThatThrownBy(() -> as("gedragswetenschapper", () -> dossiers.open(dossier))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("medewerker", () -> needToKnow.consult(dossier,
                directory.findByUsername("secretariaat").orElseThrow().id(), null)))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("gedragswetenschapper, jurist of vertrouwensarts");
    }

    @Test
    void aSubstituteIsNamedByTheTeamleiderForAPeriod() throws Exception {
        UUID worker = colleague();
        UUID substitute = directory.findByUsername("medewerker").orElseThrow().id();
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Amsterdam")));
        assertThatThrownBy(() -> as("medewerker", () -> needToKnow.nameSubstitute(worker, substitute, today, today.plusDays(3))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("teamleider", () -> needToKnow.nameSubstitute(worker, substitute, today, today.minusDays(1))))
                .hasMessageContaining("einddatum");
        as("teamleider", () -> needToKnow.nameSubstitute(worker, substitute, today, today.plusDays(3)));
        UUID dossier = dossierOfDemoTeam();
        assign(dossier, worker);
        assertThat(as("medewerker", () -> dossiers.open(dossier)).id()).isEqualTo(dossier);
        clock.advance(Duration.ofDays(5));
        assertThatThrownBy(() -> as("medewerker", () -> dossiers.open(dossier))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theTeamleiderNamesASubstituteOnTheSubstitutionPage() throws Exception {
        UUID worker = colleague();
        UUID substitute = directory.findByUsername("medewerker").orElseThrow().id();
        var leader = SecurityMockMvcRequestPostProcessors
                .authentication(TestLogins.authentication(directory, clock, "teamleider"));
        var csrf = SecurityMockMvcRequestPostProcessors.csrf();
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Amsterdam")));
        mvc.perform(MockMvcRequestBuilders.post("/vervanging").with(leader).with(csrf)
                        .param("workerId", worker.toString()).param("substituteId", substitute.toString())
                        .param("from", today.toString()).param("to", today.minusDays(2).toString()))
                .andExpect(status().isBadRequest())
                .andExpect(MockMvcResultMatchers.content().string(
                        Matchers.containsString("einddatum")));
        mvc.perform(MockMvcRequestBuilders.post("/vervanging").with(leader).with(csrf)
                        .param("workerId", worker.toString()).param("substituteId", substitute.toString())
                        .param("from", today.toString()).param("to", today.plusDays(2).toString()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/vervanging").with(leader)).andExpect(MockMvcResultMatchers
                .content().string(Matchers.containsString("Mila de Medewerker")));
    }

    @Test
    void theSecretariaatSeesAReportWithoutItsFreeText() throws Exception {
        String json = TestData.exampleReport(TestData.randomBsn(), TestData.uniqueSurname("Administratief"));
        String id = JsonPath.read(mvc.perform(MockMvcRequestBuilders
                        .post("/api/v1/reports").header("Authorization", "Bearer demo-medewerker")
                        .contentType(MediaType.APPLICATION_JSON).content(json))
                .andReturn().getResponse().getContentAsString(), "$.id");
        mvc.perform(get("/api/v1/reports/" + id).header("Authorization", "Bearer demo-secretariaat"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.concern").doesNotExist())
                .andExpect(jsonPath("$.reference").isNotEmpty());
        mvc.perform(get("/api/v1/reports/" + id).header("Authorization", "Bearer demo-medewerker"))
                .andExpect(jsonPath("$.concern").isNotEmpty());
    }

    private <T> T as(String username, Supplier<T> action) {
        return TestLogins.as(directory, clock, username, action);
    }

    private UUID dossierOfDemoTeam() {
        return newDossier(directory.findByUsername("medewerker").orElseThrow().teamIds().iterator().next());
    }

    private UUID dossierOfOtherTeam() {
        UUID team = directory.teams().stream().filter(t -> t.name().equals("Team Elders")).findFirst()
                .orElseGet(() -> directory.createTeam("Team Elders")).id();
        return newDossier(team);
    }

    private UUID newDossier(UUID team) {
        return as("medewerker", () -> opening.register(new NewDossier(team, LocalDate.of(2026, 1, 5), List.of(
                new NewPerson(PersonRole.CHILD, null, "Matrix", null, "Kind", LocalDate.of(2015, 2, 3), null)),
                Set.of())));
    }

    private UUID colleague() {
        String name = "collega-" + UUID.randomUUID().toString().substring(0, 6);
        return directory.createPerson(new StaffDirectory.NewStaffMember(name, "Collega " + name, "juist-wachtwoord-42",
                EnumSet.of(Role.CASE_WORKER), Set.copyOf(directory.findByUsername("medewerker").orElseThrow().teamIds()), false)).id();
    }

    private void assign(UUID dossier, UUID user) {
        jdbc.sql("INSERT INTO dossier_assignment (dossier_id, user_id, assigned_at) VALUES (:d, :u, now()) ON CONFLICT DO NOTHING")
                .param("d", dossier).param("u", user).update();
    }

}
