package nl.vangnet.accesslog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.vangnet.dossier.NeedToKnow;
import nl.vangnet.platform.DutchTime;
import nl.vangnet.staff.Role;
import nl.vangnet.staff.SecondFactor;
import nl.vangnet.staff.StaffDirectory;
import nl.vangnet.staff.StaffUser;
import nl.vangnet.staff.TestLogins;
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

/** The access log as the FG and the teamleider review it (issue 11 §4). */
@IntegrationTest
class AccessLogReviewIT {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired StaffDirectory directory;
    @Autowired MutableClock clock;
    @Autowired NeedToKnow needToKnow;
    @Autowired SecondFactor secondFactor;

    /** A report registered by the demo medewerker: a new dossier of the demo team, assigned to them. */
    record Registered(UUID dossierId, String reference, UUID childId, String surname) {
    }

    @Test
    void theLogShowsNamesDossierReferencesAndDutchLabelsInsteadOfIds() throws Exception {
        Registered r = register();
        api("/api/v1/dossiers/" + r.dossierId(), "demo-medewerker").andReturn();
        mvc.perform(get("/api/v1/dossiers/" + r.dossierId()).header("Authorization", "Bearer demo-jurist"))
                .andExpect(status().isForbidden());
        for (String user : List.of("fg", "teamleider")) {
            String html = page("/toegangslog?dossier=" + r.reference(), user);
            assertThat(html).as(user).contains("Mila de Medewerker", "Julia Jurist", "Inzien", "Geweigerd", "Toegestaan",
                    "Medewerker", r.reference(), "Sem " + r.surname()).doesNotContain(r.dossierId().toString());
        }
        // The dossier may be named by its reference in any case, or by its id.
        assertThat(page("/toegangslog?dossier=" + r.reference().toLowerCase(), "fg")).contains("Julia Jurist");
        assertThat(page("/toegangslog?dossier=" + r.dossierId(), "fg")).contains("Julia Jurist");
    }

    @Test
    void theLogIsFilteredByUserActionOutcomeAndPeriod() throws Exception {
        Registered r = register();
        api("/api/v1/dossiers/" + r.dossierId(), "demo-medewerker").andReturn();
        mvc.perform(get("/api/v1/dossiers/" + r.dossierId()).header("Authorization", "Bearer demo-jurist"));
        String base = "/api/v1/access-log?dossierId=" + r.dossierId();
        List<String> denied = JsonPath.read(json(base + "&outcome=DENIED", "demo-fg"), "$.entries[*].actorName");
        assertThat(denied).containsOnly("jurist");
        List<String> reads = JsonPath.read(json(base + "&action=READ", "demo-fg"), "$.entries[*].action");
        assertThat(reads).isNotEmpty().containsOnly("READ");
        // By (part of) the display name or by the username.
        List<String> mila = JsonPath.read(json(base + "&actor=mila de", "demo-fg"), "$.entries[*].actorName");
        assertThat(mila).isNotEmpty().containsOnly("medewerker");
        List<String> byUsername = JsonPath.read(json(base + "&actor=JURIST", "demo-fg"), "$.entries[*].actorName");
        assertThat(byUsername).isNotEmpty().containsOnly("jurist");
        List<String> wildcard = JsonPath.read(json(base + "&actor=%25", "demo-fg"), "$.entries[*].actorName");
        assertThat(wildcard).as("a typed % is no wildcard").isEmpty();
        String tomorrow = cases().plusDays(1).toString();
        List<Object> none = JsonPath.read(json(base + "&from=" + tomorrow, "demo-fg"), "$.entries");
        assertThat(none).isEmpty();
        // The page: the same filters, refused with a Dutch reason at its field.
        assertThat(page("/toegangslog?dossier=" + r.reference() + "&outcome=DENIED", "fg"))
                .contains("Julia Jurist").doesNotContain("Mila de Medewerker");
        mvc.perform(get("/toegangslog").param("action", "DANCE")
                .with(authentication(TestLogins.authentication(directory, clock, "fg"))))
                .andExpect(status().isOk())
                .andExpect(r2 -> assertThat(r2.getResponse().getContentAsString()).contains("Kies een waarde uit de lijst."));
        assertThat(page("/toegangslog?dossier=VT-1999-999999", "fg")).contains("Er is geen dossier met dit kenmerk");
    }

    @Test
    void theLogIsPagedNewestFirst() throws Exception {
        Registered r = register();
        for (int i = 0; i < 3; i++) {
            api("/api/v1/dossiers/" + r.dossierId(), "demo-medewerker").andReturn();
        }
        String first = json("/api/v1/access-log?limit=2&dossierId=" + r.dossierId(), "demo-fg");
        List<Integer> seqs = JsonPath.read(first, "$.entries[*].seq");
        Number next = JsonPath.read(first, "$.nextBeforeSeq");
        String second = json("/api/v1/access-log?limit=2&dossierId=" + r.dossierId() + "&beforeSeq=" + next, "demo-fg");
        List<Integer> older = JsonPath.read(second, "$.entries[*].seq");
        assertThat(seqs).hasSize(2).isSortedAccordingTo((a, b) -> b - a);
        assertThat(older).isNotEmpty().allMatch(s -> s < seqs.getLast());
        // The page offers the older entries with the same filters.
        String html = page("/toegangslog?dossier=" + r.reference(), "fg");
        assertThat(html).contains("id=\"toegangslog\"");
    }

    @Test
    void theExportIsACsvFileThatDefusesFormulasAndIsItselfLogged() throws Exception {
        Registered r = register();
        StaffUser evil = directory.createPerson(new StaffDirectory.NewStaffMember("csv-" + UUID.randomUUID().toString().substring(0, 8),
                "=HYPERLINK(\"http://x\";\"klik\")", "juist-wachtwoord-42", EnumSet.of(Role.CASE_WORKER), demoTeams(), false));
        TestLogins.as(directory, clock, "teamleider", () -> {
            needToKnow.assign(r.dossierId(), evil.id());
            return null;
        });
        mvc.perform(get("/dossiers/" + r.dossierId()).with(authentication(TestLogins.authentication(directory, clock, evil.username()))))
                .andExpect(status().isOk());
        long before = lastSeq();
        byte[] file = mvc.perform(get("/toegangslog/export").param("dossier", r.reference())
                        .with(authentication(TestLogins.authentication(directory, clock, "fg"))))
                .andExpect(status().isOk())
                .andExpect(r2 -> assertThat(r2.getResponse().getContentType()).startsWith("text/csv"))
                .andReturn().getResponse().getContentAsByteArray();
        String csv = new String(file, StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFVolgnummer;Wanneer;Wie;");
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://x\"\";\"\"klik\"\")\"").doesNotContain(";=HYPERLINK")
                .contains("Inzien", "Toewijzen", r.reference(), "Sem " + r.surname());
        assertThat(jdbc.sql("SELECT count(*) FROM access_log_entry WHERE seq > :s AND action = 'EXPORT' AND actor_name = 'fg'"
                        + " AND :d = ANY(dossier_ids)").param("s", before).param("d", r.dossierId()).query(Long.class).single())
                .isEqualTo(1);
        // The teamleider exports their own team's dossier; a case worker exports nothing, and the refusal is logged.
        mvc.perform(get("/toegangslog/export").param("dossier", r.reference())
                .with(authentication(TestLogins.authentication(directory, clock, "teamleider")))).andExpect(status().isOk());
        mvc.perform(get("/toegangslog/export").param("dossier", r.reference())
                .with(authentication(TestLogins.authentication(directory, clock, "medewerker")))).andExpect(status().isForbidden());
    }

    @Test
    void aTeamleiderOfAnotherTeamReadsNeitherTheLogNorTheExportOfTheDossierAndTheRefusalIsLogged() throws Exception {
        Registered r = register();
        UUID otherTeam = directory.createTeam("Team Elders " + UUID.randomUUID().toString().substring(0, 8)).id();
        StaffUser stranger = directory.createPerson(new StaffDirectory.NewStaffMember("tl-" + UUID.randomUUID().toString().substring(0, 8),
                "Teun Vreemd", "juist-wachtwoord-42", EnumSet.of(Role.TEAM_LEADER), Set.of(otherTeam), false));
        long before = lastSeq();
        String html = page("/toegangslog?dossier=" + r.reference(), stranger.username());
        assertThat(html).contains("alleen van dossiers van uw eigen team").doesNotContain("Sem " + r.surname())
                .doesNotContain("Mila de Medewerker");
        mvc.perform(get("/toegangslog/export").param("dossier", r.reference())
                .with(authentication(TestLogins.authentication(directory, clock, stranger.username())))).andExpect(status().isForbidden());
        mvc.perform(get("/toegangslog/personen/" + r.childId())
                .with(authentication(TestLogins.authentication(directory, clock, stranger.username())))).andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT count(*) FROM access_log_entry WHERE seq > :s AND outcome = 'DENIED' AND actor_id = :u")
                .param("s", before).param("u", stranger.id()).query(Long.class).single()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void whoLookedAtThisPersonsFileListsEveryAccessAlsoUnderMergedIdsWithEmergencyAccessMarked() throws Exception {
        Registered kept = register();
        Registered duplicate = register();
        api("/api/v1/dossiers/" + kept.dossierId(), "demo-medewerker").andReturn();
        api("/api/v1/dossiers/" + duplicate.dossierId(), "demo-medewerker").andReturn();
        // The crisis service breaks the glass on the kept child's dossier and reads it.
        String code = TestLogins.nextCode(secondFactor, clock, TestLogins.DEMO_SECRET);
        TestLogins.as(directory, clock, "crisisdienst",
                () -> needToKnow.breakTheGlass(kept.dossierId(), "Politie belt 's nachts over een incident op dit adres", code));
        api("/api/v1/dossiers/" + kept.dossierId(), "demo-crisisdienst").andReturn();
        // The duplicate child's record was merged into the kept child (V15): the log still names the old id.
        jdbc.sql("INSERT INTO person_merged (merged_id, person_id, merged_at) VALUES (:m, :p, now())")
                .param("m", duplicate.childId()).param("p", kept.childId()).update();

        String overview = json("/api/v1/persons/" + kept.childId() + "/access-overview", "demo-fg");
        assertThat((String) JsonPath.read(overview, "$.personName")).isEqualTo("Sem " + kept.surname());
        List<Map<String, Object>> accesses = JsonPath.read(overview, "$.accesses");
        assertThat(accesses).anySatisfy(a -> {
            assertThat(a.get("actor")).isEqualTo("Cas Crisisdienst");
            assertThat(a.get("action")).isEqualTo("READ");
            assertThat(a.get("emergency")).isEqualTo(true);
        });
        assertThat(accesses).anySatisfy(a -> {
            assertThat(a.get("actor")).isEqualTo("Mila de Medewerker");
            assertThat(a.get("emergency")).isEqualTo(false);
            assertThat((List<Object>) a.get("dossiers")).contains(duplicate.reference());
        });
        // A period before today finds nothing; a bad period is refused at its field.
        String lastYear = cases().minusYears(1).toString();
        assertThat((List<?>) JsonPath.read(json("/api/v1/persons/" + kept.childId() + "/access-overview?from=" + lastYear
                + "&to=" + lastYear, "demo-fg"), "$.accesses")).isEmpty();
        mvc.perform(get("/api/v1/persons/" + kept.childId() + "/access-overview?from=2026-05-02&to=2026-05-01")
                .header("Authorization", "Bearer demo-fg")).andExpect(status().isBadRequest());
        // The page, for the FG.
        assertThat(page("/toegangslog/personen/" + kept.childId(), "fg"))
                .contains("Wie keek in het dossier van deze persoon", "Cas Crisisdienst", "Noodtoegang", duplicate.reference());
        // Nobody else: not the teamleider of the dossier (the overview spans every team's dossiers), not the workers.
        long before = lastSeq();
        for (String token : List.of("demo-teamleider", "demo-medewerker", "demo-crisisdienst", "demo-applicatiebeheer")) {
            mvc.perform(get("/api/v1/persons/" + kept.childId() + "/access-overview").header("Authorization", "Bearer " + token))
                    .andExpect(status().isForbidden());
        }
        assertThat(jdbc.sql("SELECT count(*) FROM access_log_entry WHERE seq > :s AND outcome = 'DENIED' AND :p = ANY(person_ids)")
                .param("s", before).param("p", kept.childId()).query(Long.class).single()).isEqualTo(4);
    }

    @Test
    void theFgFindsADossierByReferenceOrAPersonByTheRadarAndIsLedToTheLogNotTheDossier() throws Exception {
        Registered r = register();
        long before = lastSeq();
        mvc.perform(post("/zoeken").param("reference", " " + r.reference().toLowerCase() + " ").with(csrf())
                        .with(authentication(TestLogins.authentication(directory, clock, "fg"))))
                .andExpect(redirectedUrl("/toegangslog?dossier=" + r.reference()));
        assertThat(jdbc.sql("SELECT count(*) FROM access_log_entry WHERE seq > :s AND actor_name = 'fg' AND outcome = 'DENIED'")
                .param("s", before).query(Long.class).single()).as("the FG's search is no refused attempt to open").isZero();
        String hits = mvc.perform(post("/zoeken/personen").param("name", "Sem " + r.surname()).param("dateOfBirth", "2017-03-01")
                        .with(csrf()).with(authentication(TestLogins.authentication(directory, clock, "fg"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(hits).contains("/toegangslog/personen/" + r.childId(), "/toegangslog?dossier=" + r.reference())
                .doesNotContain("href=\"/dossiers/" + r.dossierId());
        // The teamleider of the team opens the dossier, and its log from there.
        mvc.perform(post("/zoeken").param("reference", r.reference()).with(csrf())
                        .with(authentication(TestLogins.authentication(directory, clock, "teamleider"))))
                .andExpect(redirectedUrl("/dossiers/" + r.dossierId()));
        assertThat(page("/dossiers/" + r.dossierId(), "teamleider")).contains("/toegangslog?dossier=" + r.reference());
    }

    private Registered register() throws Exception {
        String surname = TestData.uniqueSurname("Logboek");
        String body = mvc.perform(post("/api/v1/reports").header("Authorization", "Bearer demo-medewerker")
                        .contentType(MediaType.APPLICATION_JSON).content(TestData.exampleReport(TestData.randomBsn(), surname)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return new Registered(UUID.fromString(JsonPath.read(body, "$.dossierId")), JsonPath.read(body, "$.dossierReference"),
                UUID.fromString(JsonPath.<List<String>>read(body, "$.persons[?(@.role == 'CHILD')].personId").getFirst()), surname);
    }

    private ResultActions api(String path, String token) throws Exception {
        return mvc.perform(get(path).header("Authorization", "Bearer " + token)).andExpect(status().isOk());
    }

    private String json(String path, String token) throws Exception {
        return api(path, token).andReturn().getResponse().getContentAsString();
    }

    private String page(String path, String username) throws Exception {
        MockHttpServletRequestBuilder request = get(path).with(authentication(TestLogins.authentication(directory, clock, username)));
        return mvc.perform(request).andReturn().getResponse().getContentAsString();
    }

    private LocalDate cases() {
        return DutchTime.today(clock);
    }

    private Set<UUID> demoTeams() {
        return Set.copyOf(directory.findByUsername("medewerker").orElseThrow().teamIds());
    }

    private long lastSeq() {
        return jdbc.sql("SELECT last_seq FROM access_log_head").query(Long.class).single();
    }
}
