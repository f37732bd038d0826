package nl.vangnet.inforequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.vangnet.platform.DutchTime;
import nl.vangnet.staff.ApiTokens;
import nl.vangnet.staff.Role;
import nl.vangnet.staff.StaffDirectory;
import nl.vangnet.staff.TestLogins;
import nl.vangnet.support.IntegrationTest;
import nl.vangnet.support.Mailbox;
import nl.vangnet.support.MutableClock;
import nl.vangnet.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Information requests to professionals (issue 12 §1-3) on the real database and a real SMTP server: the request is a
 * registered disclosure and a mail without personal data; the link alone, an expired, locked or used link show
 * nothing; the code opens only what the professional needs; approval fixes the text with its marked passages; another
 * team's worker gets nothing and is logged as refused.
 */
@IntegrationTest
class InformationRequestIT {

    static final String ME = "demo-medewerker";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;
    @Autowired StaffDirectory directory;
    @Autowired ApiTokens tokens;
    @Autowired InformationRequests requests;
    @Autowired ProfessionalAccess professionals;

    record Fixture(String dossierId, String childId, String surname, String email, String requestId, String code,
            String link) {
    }

    Fixture request(String channel, String consent) throws Exception {
        String surname = TestData.uniqueSurname("Verzoek");
        String report = api(post("/api/v1/reports"), ME, TestData.exampleReport(TestData.randomBsn(), surname)).getContentAsString();
        String dossierId = JsonPath.read(report, "$.dossierId");
        String child = JsonPath.<List<String>>read(report, "$.persons[?(@.role == 'CHILD')].personId").getFirst();
        String email = "huisarts-" + UUID.randomUUID().toString().substring(0, 8) + "@praktijk.example";
        MockHttpServletResponse created = api(post("/api/v1/dossiers/" + dossierId + "/information-requests"), ME, """
                {"professionalName":"Dr. Wortelboer","professionalOrganisation":"Praktijk Zuilen","profession":"GP",
                 "professionalEmail":"%s","personIds":["%s"],"purpose":"Zorg over blauwe plekken; wij willen weten wat u zag.",
                 "consent":"%s","withoutConsentReason":"Toestemming vragen brengt het kind in gevaar.","personsKnow":false,
                 "channel":"%s"}""".formatted(email, child, consent, channel));
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
        String body = created.getContentAsString();
        String id = JsonPath.read(body, "$.id");
        assertThat(created.getHeader("Location")).isEqualTo("/api/v1/dossiers/" + dossierId + "/information-requests/" + id);
        return new Fixture(dossierId, child, surname, email, id, JsonPath.read(body, "$.accessCode"),
                Mailbox.get().latestLinkPath(email));
    }

    @Test
    void aRequestIsRegisteredAsADisclosureAndMailedWithoutPersonalData() throws Exception {
        Fixture f = request("WRITING", "NOT_ASKED");
        assertThat(f.code()).matches("[0-9]{8}");
        String view = api(get(path(f)), ME, null).getContentAsString();
        assertThat(JsonPath.<String>read(view, "$.status")).isEqualTo("AWAITING_PROFESSIONAL");
        assertThat(JsonPath.<String>read(view, "$.mailSentAt")).isNotNull();
        assertThat(JsonPath.<String>read(view, "$.accessCode")).isEqualTo(f.code());
        String disclosure = JsonPath.read(view, "$.disclosureId");
        assertThat(jdbc.sql("""
                SELECT kind || '|' || legal_ground || '|' || recipient_organisation || '|' || recipient_person || '|'
                       || array_to_string(data_items, ',') || '|' || source_id FROM disclosure WHERE id = CAST(:id AS uuid)""")
                .param("id", disclosure).query(String.class).single())
                .isEqualTo("INFORMATION_REQUEST|INVESTIGATION_NECESSITY|Praktijk Zuilen|Dr. Wortelboer|NAME,DATE_OF_BIRTH,CONCERN|"
                        + f.requestId());
        assertThat(jdbc.sql("SELECT person_id::text FROM disclosure_person WHERE disclosure_id = CAST(:id AS uuid)")
                .param("id", disclosure).query(String.class).list()).containsExactly(f.childId());
        String mail = Mailbox.text(Mailbox.get().to(f.email()).getLast());
        assertThat(mail).contains("Dr. Wortelboer", "telefonisch", "/informatieverzoek/")
                .doesNotContain(f.surname(), "Sem", "blauwe plekken", f.code());
        // The code is stored for the worker only while usable; the token only as its hash.
        String token = f.link().substring(f.link().lastIndexOf('/') + 1);
        assertThat(jdbc.sql("SELECT id::text FROM information_request WHERE token_hash = sha256(convert_to(:t, 'UTF8'))")
                .param("t", token).query(String.class).single()).isEqualTo(f.requestId());
        // All consented: the ground is consent.
        Fixture consented = request("WRITING", "ALL_CONSENTED");
        assertThat(jdbc.sql("SELECT legal_ground FROM disclosure WHERE source_id = CAST(:id AS uuid)")
                .param("id", consented.requestId()).query(String.class).single()).isEqualTo("CONSENT");
    }

    @Test
    void theLinkWithoutTheCodeShowsNothing() throws Exception {
        Fixture f = request("WRITING", "NOT_ASKED");
        String html = mvc.perform(get(f.link())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("name=\"code\"")
                .doesNotContain(f.surname(), "Sem", "Praktijk Zuilen", "Wortelboer", "blauwe plekken", "Mila");
        // A made-up token shows the same nothing.
        String unknown = mvc.perform(get("/informatieverzoek/" + "A".repeat(43))).andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();
        assertThat(unknown).doesNotContain("name=\"code\"");
    }

    @Test
    void fiveWrongCodesLockTheLinkAndANewLinkWorks() throws Exception {
        Fixture f = request("WRITING", "NOT_ASKED");
        long before = seq();
        String wrong = f.code().equals("00000000") ? "11111111" : "00000000";
        for (int i = 0; i < 5; i++) {
            MockHttpServletResponse refused = mvc.perform(post(f.link() + "/code").param("code", wrong).with(csrf()))
                    .andReturn().getResponse();
            assertThat(refused.getStatus()).isEqualTo(400);
            assertThat(refused.getContentAsString()).contains("Deze code klopt niet").doesNotContain(f.surname());
        }
        assertThat(mvc.perform(post(f.link() + "/code").param("code", f.code()).with(csrf())).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
        assertThat(jdbc.sql("""
                SELECT count(*) FROM access_log_entry WHERE seq > :s AND actor_kind = 'EXTERNAL' AND outcome = 'DENIED'
                AND actor_name = 'Dr. Wortelboer (Praktijk Zuilen)' AND dossier_ids @> ARRAY[CAST(:d AS uuid)]""")
                .param("s", before).param("d", f.dossierId()).query(Long.class).single()).isEqualTo(6);
        String view = api(get(path(f)), ME, null).getContentAsString();
        assertThat(JsonPath.<String>read(view, "$.status")).isEqualTo("LINK_LOCKED");
        assertThat(JsonPath.<String>read(view, "$.accessCode")).isNull();

        String renewed = api(post(path(f) + "/new-link"), ME, null).getContentAsString();
        String code = JsonPath.read(renewed, "$.accessCode");
        String link = Mailbox.get().latestLinkPath(f.email());
        assertThat(link).isNotEqualTo(f.link());
        mvc.perform(get(f.link())).andExpect(status().isNotFound());
        mvc.perform(post(link + "/code").param("code", code).with(csrf())).andExpect(status().is3xxRedirection());
    }

    @Test
    void anExpiredLinkShowsNothing() throws Exception {
        Fixture f = request("WRITING", "NOT_ASKED");
        clock.advance(Duration.ofDays(14).plusMinutes(1));
        String html = mvc.perform(get(f.link())).andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        assertThat(html).doesNotContain("name=\"code\"", f.surname(), "Praktijk Zuilen");
        mvc.perform(post(f.link() + "/code").param("code", f.code()).with(csrf())).andExpect(status().isNotFound());
        assertThat(JsonPath.<String>read(api(get(path(f)), ME, null).getContentAsString(), "$.status")).isEqualTo("LINK_EXPIRED");
    }

    @Test
    void theCodeOpensTheRequestAndApprovalFixesTheTextWithItsPassagesAfterwhichTheLinkShowsNothing() throws Exception {
        Fixture f = request("PHONE", "NOT_ASKED");
        api(post(path(f) + "/answer"), ME, "{\"text\":\"Sem was drie keer afwezig. Moeder belde mij in paniek.\"}");
        String code = JsonPath.read(api(get(path(f)), ME, null).getContentAsString(), "$.accessCode");
        String link = Mailbox.get().latestLinkPath(f.email());
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post(link + "/code").param("code", code).session(session).with(csrf())).andExpect(status().is3xxRedirection());
        long before = seq();
        String page = mvc.perform(get(link).session(session)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(f.surname(), "01-03-2017", "Sem was drie keer afwezig", "Zorg over blauwe plekken")
                .doesNotContain("Piet");

        // A passage that is not in the text is refused at its field, with what was typed kept.
        MockHttpServletResponse refused = mvc.perform(approve(link, session, "Sem was vier keer afwezig. Moeder belde mij in paniek.",
                "Vader belde")).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString()).contains("Deze passage staat niet letterlijk in de tekst", "Sem was vier keer afwezig");

        mvc.perform(approve(link, session, "Sem was vier keer afwezig. Moeder belde mij in paniek.", "Moeder belde mij in paniek."))
                .andExpect(status().is3xxRedirection());
        String view = api(get(path(f)), ME, null).getContentAsString();
        assertThat(JsonPath.<String>read(view, "$.status")).isEqualTo("APPROVED");
        assertThat(JsonPath.<Integer>read(view, "$.versions.length()")).isEqualTo(2);
        assertThat(JsonPath.<String>read(view, "$.versions[0].author")).isEqualTo("WORKER");
        assertThat(JsonPath.<String>read(view, "$.versions[0].approvedAt")).isNull();
        assertThat(JsonPath.<String>read(view, "$.versions[1].author")).isEqualTo("PROFESSIONAL");
        assertThat(JsonPath.<String>read(view, "$.versions[1].approvedByName")).isEqualTo("J. Wortelboer");
        assertThat(JsonPath.<Integer>read(view, "$.versions[1].passages[0].start")).isEqualTo(27);
        assertThat(JsonPath.<String>read(view, "$.versions[1].passages[0].text")).isEqualTo("Moeder belde mij in paniek.");
        assertThat(JsonPath.<String>read(view, "$.versions[1].passages[0].reason")).isEqualTo("OTHERS_SAFETY");
        assertThat(JsonPath.<Boolean>read(view, "$.versions[1].passages[0].shared")).isFalse();
        assertThat(JsonPath.<String>read(view, "$.informedPersons")).isEqualTo("NOT_INFORMED");
        assertThat(JsonPath.<String>read(view, "$.accessCode")).isNull();
        assertThat(requests.textForInvolvedPersons(UUID.fromString(f.requestId()))).isEqualTo("Sem was vier keer afwezig. […]");
        assertThat(jdbc.sql("""
                SELECT action || '/' || outcome FROM access_log_entry WHERE seq > :s AND actor_kind = 'EXTERNAL'
                AND actor_name = 'Dr. Wortelboer (Praktijk Zuilen)' ORDER BY seq""")
                .param("s", before).query(String.class).list()).containsExactly("READ/ALLOWED", "UPDATE/ALLOWED");

        // Used: the link shows nothing, in this session or another.
        String used = mvc.perform(get(link).session(session)).andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        assertThat(used).doesNotContain(f.surname(), "Sem was");
        mvc.perform(post(link + "/code").param("code", code).with(csrf())).andExpect(status().isNotFound());

        // The staff page shows the passage marked; a worker on the case decides to share it.
        String passage = JsonPath.read(view, "$.versions[1].passages[0].id");
        String staffPage = mvc.perform(get("/dossiers/" + f.dossierId() + "/informatieverzoeken/" + f.requestId())
                .with(authentication(TestLogins.authentication(directory, clock, "medewerker"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(staffPage).contains("<mark", "Moeder belde mij in paniek.");
        api(post(path(f) + "/passages/" + passage + "/share-decision"), ME, "{\"reason\":\"Moeder is inmiddels veilig opgevangen.\"}");
        assertThat(requests.textForInvolvedPersons(UUID.fromString(f.requestId())))
                .isEqualTo("Sem was vier keer afwezig. Moeder belde mij in paniek.");
    }

    /** Two browsers of the professional approve at the same moment: the link is used once, one version approved. */
    @Test
    void twoApprovalsAtOnceApproveOnce() throws Exception {
        Fixture f = request("WRITING", "ALL_CONSENTED");
        String token = f.link().substring(f.link().lastIndexOf('/') + 1);
        ProfessionalAccess.Grant grant = new ProfessionalAccess.Grant(UUID.fromString(f.requestId()), clock.instant().plusSeconds(600));
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (String text : List.of("Sem was afwezig op maandag.", "Sem was afwezig op dinsdag.")) {
                outcomes.add(two.submit(() -> {
                    together.await();
                    try {
                        professionals.approve(token, grant, new ProfessionalAnswer(text, List.of(), "NOT_INFORMED", null,
                                "Veiligheid van het kind.", true, "J. Wortelboer"));
                        return "approved";
                    } catch (ProfessionalAccess.LinkNotUsable e) {
                        return "refused";
                    }
                }));
            }
            List<String> results = new ArrayList<>();
            for (Future<String> o : outcomes) {
                results.add(o.get(30, TimeUnit.SECONDS));
            }
            assertThat(results).containsExactlyInAnyOrder("approved", "refused");
        } finally {
            two.shutdownNow();
        }
        assertThat(jdbc.sql("""
                SELECT count(*) FROM information_request_version WHERE request_id = CAST(:r AS uuid) AND approved_at IS NOT NULL""")
                .param("r", f.requestId()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aFailedMailIsVisibleOnTheRequestAndANewLinkCanBeSent() throws Exception {
        Mailbox.get().stop();
        Fixture f;
        String body;
        try {
            String surname = TestData.uniqueSurname("Postloos");
            String report = api(post("/api/v1/reports"), ME, TestData.exampleReport(TestData.randomBsn(), surname)).getContentAsString();
            String dossierId = JsonPath.read(report, "$.dossierId");
            String child = JsonPath.<List<String>>read(report, "$.persons[?(@.role == 'CHILD')].personId").getFirst();
            body = api(post("/api/v1/dossiers/" + dossierId + "/information-requests"), ME, """
                    {"professionalName":"M. Jansen","professionalOrganisation":"Basisschool De Linde","profession":"TEACHER",
                     "professionalEmail":"m.jansen@linde.example","personIds":["%s"],"purpose":"Zorg gemeld.",
                     "consent":"ALL_CONSENTED","personsKnow":true,"channel":"WRITING"}""".formatted(child)).getContentAsString();
            f = new Fixture(dossierId, child, surname, "m.jansen@linde.example", JsonPath.read(body, "$.id"), null, null);
            // The application stays healthy without its mail server: only the mail waits, the request shows it.
            mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        } finally {
            Mailbox.get().start();
        }
        assertThat(JsonPath.<String>read(body, "$.status")).isEqualTo("MAIL_FAILED");
        assertThat(JsonPath.<String>read(body, "$.mailSentAt")).isNull();
        String renewed = api(post(path(f) + "/new-link"), ME, null).getContentAsString();
        assertThat(JsonPath.<String>read(renewed, "$.status")).isEqualTo("AWAITING_PROFESSIONAL");
        assertThat(JsonPath.<String>read(renewed, "$.mailSentAt")).isNotNull();
    }

    @Test
    void anotherTeamsWorkerGetsNothingAndIsLoggedAsRefused() throws Exception {
        Fixture f = request("WRITING", "NOT_ASKED");
        UUID team = directory.teams().stream().filter(t -> t.name().equals("Team Elders")).findFirst()
                .orElseGet(() -> directory.createTeam("Team Elders")).id();
        UUID other = directory.createPerson(new StaffDirectory.NewStaffMember("elders-" + UUID.randomUUID().toString().substring(0, 8),
                "Collega Elders", "juist-wachtwoord-42", EnumSet.of(Role.CASE_WORKER), Set.of(team), false)).id();
        String token = tokens.issue(other, "test", 1, other).token();
        String passage = UUID.randomUUID().toString();
        for (MockHttpServletRequestBuilder call : List.of(get("/api/v1/dossiers/" + f.dossierId() + "/information-requests"),
                get(path(f)), post("/api/v1/dossiers/" + f.dossierId() + "/information-requests"), post(path(f) + "/answer"),
                post(path(f) + "/new-link"), post(path(f) + "/passages/" + passage + "/share-decision"))) {
            long before = seq();
            MockHttpServletResponse answer = mvc.perform(call.header("Authorization", "Bearer " + token)
                    .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"x\",\"reason\":\"x\"}")).andReturn().getResponse();
            assertThat(answer.getStatus()).isIn(403, 404);
            assertThat(answer.getContentAsString()).doesNotContain(f.surname(), "Wortelboer");
            assertThat(jdbc.sql("""
                    SELECT count(*) FROM access_log_entry WHERE seq > :s AND outcome = 'DENIED' AND dossier_ids @> ARRAY[CAST(:d AS uuid)]""")
                    .param("s", before).param("d", f.dossierId()).query(Long.class).single()).isEqualTo(1);
        }
    }

    @Test
    void anOpenRequestIsInTheWorkListWithItsReminderUntilApproved() throws Exception {
        Fixture f = request("WRITING", "NOT_ASKED");
        String href = "/dossiers/" + f.dossierId() + "/informatieverzoeken/" + f.requestId();
        String view = api(get(path(f)), ME, null).getContentAsString();
        LocalDate reminder = LocalDate.parse(JsonPath.read(view, "$.reminderOn"));
        LocalDate due = LocalDate.parse(JsonPath.read(view, "$.dueOn"));
        assertThat(reminder).isBefore(due);
        assertThat(kindsInWorkList(href)).containsExactly("inforequest.work.open");
        clock.set(reminder.atTime(12, 0).atZone(DutchTime.ZONE).toInstant());
        assertThat(kindsInWorkList(href)).containsExactly("inforequest.work.reminder");
        // Not in the work list of a worker who does not work on the dossier.
        assertThat(JsonPath.<List<String>>read(api(get("/api/v1/work-list"), "demo-crisisdienst", null).getContentAsString(),
                "$.due[*].href")).doesNotContain(href);

        MockHttpSession session = new MockHttpSession();
        mvc.perform(post(f.link() + "/code").param("code", f.code()).session(session).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(approve(f.link(), session, "Niets bijzonders gezien. Wel vaak te laat.", "")).andExpect(status().is3xxRedirection());
        assertThat(kindsInWorkList(href)).isEmpty();
    }

    @Test
    void aRefusedRequestIsRefusedAtItsFieldsInDutchAndStoresAndSendsNothing() throws Exception {
        Fixture f = request("WRITING", "NOT_ASKED");
        String other = JsonPath.read(api(post("/api/v1/reports"), ME,
                TestData.exampleReport(TestData.randomBsn(), TestData.uniqueSurname("Ander"))).getContentAsString(),
                "$.persons[0].personId");
        long requests = jdbc.sql("SELECT count(*) FROM information_request").query(Long.class).single();
        long disclosures = jdbc.sql("SELECT count(*) FROM disclosure").query(Long.class).single();
        int mails = Mailbox.get().to("zonder@praktijk.example").size();
        MockHttpServletResponse refused = api(post("/api/v1/dossiers/" + f.dossierId() + "/information-requests"), ME, """
                {"professionalName":"Dr. Wortelboer","professionalOrganisation":"Praktijk Zuilen","profession":"DENTIST",
                 "professionalEmail":"zonder@praktijk","personIds":["%s"],"purpose":"Zorg.","consent":"REFUSED",
                 "personsKnow":true,"channel":"PHONE","dueOn":"%s"}""".formatted(other, LocalDate.now(clock.withZone(DutchTime.ZONE))));
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(JsonPath.<List<String>>read(refused.getContentAsString(), "$.invalidParams[*].name"))
                .containsExactlyInAnyOrder("profession", "professionalEmail", "personIds", "withoutConsentReason", "dueOn");
        assertThat(refused.getContentAsString()).contains("Zonder toestemming van alle betrokkenen", "hoort niet bij dit dossier");
        assertThat(jdbc.sql("SELECT count(*) FROM information_request").query(Long.class).single()).isEqualTo(requests);
        assertThat(jdbc.sql("SELECT count(*) FROM disclosure").query(Long.class).single()).isEqualTo(disclosures);
        assertThat(Mailbox.get().to("zonder@praktijk.example")).hasSize(mails);
    }

    @Test
    void theProfessionalsPageSendsTheStrictHeaders() throws Exception {
        Fixture f = request("WRITING", "NOT_ASKED");
        MockHttpServletResponse page = mvc.perform(get(f.link())).andReturn().getResponse();
        assertThat(page.getHeader("Content-Security-Policy")).contains("default-src 'self'");
        assertThat(page.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(page.getHeader("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(page.getHeader("Cache-Control")).contains("no-store");
        // A post without the CSRF token is refused.
        assertThat(mvc.perform(post(f.link() + "/code").param("code", f.code())).andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    List<String> kindsInWorkList(String href) throws Exception {
        return JsonPath.read(api(get("/api/v1/work-list"), ME, null).getContentAsString(), "$.due[?(@.href == '" + href + "')].kindKey");
    }

    MockHttpServletRequestBuilder approve(String link, MockHttpSession session, String text, String passage) {
        boolean marks = !passage.isEmpty();
        return post(link).session(session).with(csrf()).param("text", text).param("passage[0]", passage)
                .param("passageReason[0]", marks ? "OTHERS_SAFETY" : "")
                .param("passageExplanation[0]", marks ? "Moeder is nog thuis." : "")
                .param("passage[1]", "").param("passageReason[1]", "").param("passageExplanation[1]", "")
                .param("informedPersons", "NOT_INFORMED").param("notInformedReason", "Dat brengt moeder in gevaar.")
                .param("factual", "true").param("approverName", "J. Wortelboer");
    }

    static String path(Fixture f) {
        return "/api/v1/dossiers/" + f.dossierId() + "/information-requests/" + f.requestId();
    }

    long seq() {
        return jdbc.sql("SELECT last_seq FROM access_log_head").query(Long.class).single();
    }

    MockHttpServletResponse api(MockHttpServletRequestBuilder request, String token, String json) throws Exception {
        request.header("Authorization", "Bearer " + token);
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return mvc.perform(request).andReturn().getResponse();
    }
}
