package nl.vangnet.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import nl.vangnet.calendar.WorkingDays;
import nl.vangnet.platform.DutchTime;
import nl.vangnet.staff.ApiTokens;
import nl.vangnet.staff.StaffDirectory;
import nl.vangnet.staff.TestLogins;
import nl.vangnet.support.Cases;
import nl.vangnet.support.IntegrationTest;
import nl.vangnet.support.MutableClock;
import nl.vangnet.support.TestData;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;

/** The follow-up tracks through the API, from the confirmed decision to closing the dossier. */
@IntegrationTest
class FollowUpTracksIT {

    @Autowired MockMvc mvc;
    @Autowired StaffDirectory directory;
    @Autowired MutableClock clock;
    @Autowired WorkingDays calendar;
    @Autowired JdbcClient jdbc;

    @Autowired ApiTokens tokens;

    Cases cases;
    /** The worker's API token, issued anew whenever the clock moves (a token lives at most 90 days). */
    String me = "demo-medewerker";

    @BeforeEach
    void setUp() {
        cases = new Cases(mvc, directory, clock);
    }

    void at(String date) {
        clock.set(ZonedDateTime.of(LocalDate.parse(date).atTime(10, 0), DutchTime.ZONE).toInstant());
        UUID worker = directory.findByUsername("medewerker").orElseThrow().id();
        me = tokens.issue(worker, "test " + UUID.randomUUID(), 30, worker).token();
    }

    String json(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString();
    }

    @Test
    void anInvestigationPlansConversationsConcludesPerViolenceTypeAndHandsOverToConditions() throws Exception {
        at("2026-10-16");
        Cases.Case c = cases.decided("INVESTIGATION");
        String d = "/api/v1/dossiers/" + c.dossierId();
        // 16 October + 10 weeks is eerste Kerstdag: due Monday 28 December.
        cases.get(d, me).andExpect(jsonPath("$.investigationDue").value("2026-12-28"))
                .andExpect(jsonPath("$.tracks[0].kind").value("INVESTIGATION"));

        // Nothing can be concluded yet: no conversation held, no findings.
        cases.post(d + "/investigation/conclusion", me, "{\"conclusions\":[{\"violenceType\":\"CHILD_ABUSE\",\"outcome\":\"CONFIRMED\"}]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[*].name", hasItem("findings")))
                .andExpect(jsonPath("$.invalidParams[*].name", hasItem("conversations")));
        cases.post(d + "/investigation/next-step", me, "{\"nextStep\":\"CLOSE\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("De vervolgstap na het onderzoek kiezen kan niet: het onderzoek heeft nog geen conclusie."));

        String person = JsonPath.read(json(cases.get(d, me)), "$.persons[0].personId");
        String plan = json(cases.post(d + "/investigation/conversations", me,
                "{\"personId\":\"" + person + "\",\"role\":\"moeder\",\"plannedOn\":\"2026-10-20\"}").andExpect(status().isOk()));
        cases.post(d + "/investigation/conversations", me, "{\"name\":\"Dr. Jansen\",\"role\":\"huisarts\",\"plannedOn\":\"2026-10-22\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.conversations.length()").value(2));
        cases.post(d + "/investigation/conversations", me, "{\"role\":\"leerkracht\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[*].name", hasItem("name")))
                .andExpect(jsonPath("$.invalidParams[*].name", hasItem("plannedOn")));
        String conversation = JsonPath.read(plan, "$.conversations[0].id");
        at("2026-10-20");
        cases.post(d + "/investigation/conversations/" + conversation + "/held", me,
                "{\"heldOn\":\"2026-10-21\",\"summary\":\"Moeder vertelt over de spanningen thuis.\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].reason").value("Deze datum ligt in de toekomst."));
        cases.post(d + "/investigation/conversations/" + conversation + "/held", me,
                "{\"heldOn\":\"2026-10-20\",\"summary\":\"Moeder vertelt over de spanningen thuis.\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.conversations[0].heldOn").value("2026-10-20"));
        cases.post(d + "/investigation/findings", me, "{\"findings\":\"Het letsel past bij de uitleg van school.\"}")
                .andExpect(status().isOk());

        // A conclusion for every type of violence reported (the example report names child abuse), nothing else.
        cases.post(d + "/investigation/conclusion", me, "{\"conclusions\":[{\"violenceType\":\"ELDER_ABUSE\",\"outcome\":\"REFUTED\"}]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[*].name", hasItem("conclusions[0].violenceType")))
                .andExpect(jsonPath("$.invalidParams[*].name", hasItem("conclusions.CHILD_ABUSE")));
        cases.post(d + "/investigation/conclusion", me, "{\"conclusions\":[{\"violenceType\":\"CHILD_ABUSE\",\"outcome\":\"CONFIRMED\"}]}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CONCLUDED"))
                .andExpect(jsonPath("$.concludedOn").value("2026-10-20"))
                .andExpect(jsonPath("$.conclusions[0].outcome").value("CONFIRMED"));
        cases.post(d + "/investigation/conversations", me, "{\"name\":\"X\",\"role\":\"buur\",\"plannedOn\":\"2026-10-22\"}")
                .andExpect(status().isConflict());

        // The reporter hears the outcome once.
        cases.post(d + "/investigation/reporter-feedback", me, "{\"informedOn\":\"2026-10-20\",\"how\":\"telefonisch\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.reporterInformedOn").value("2026-10-20"));
        cases.post(d + "/investigation/reporter-feedback", me, "{\"informedOn\":\"2026-10-20\",\"how\":\"telefonisch\"}")
                .andExpect(status().isConflict());

        cases.post(d + "/investigation/next-step", me, "{\"nextStep\":\"CONDITIONS_AND_FOLLOW_UP\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("FINISHED"))
                .andExpect(jsonPath("$.finishedOn").value("2026-10-20"));
        cases.get(d, me)
                .andExpect(jsonPath("$.investigationDue").doesNotExist())
                .andExpect(jsonPath("$.tracks[1].kind").value("CONDITIONS_AND_FOLLOW_UP"))
                .andExpect(jsonPath("$.tracks[1].status").value("SETTING_CONDITIONS"));
    }

    @Test
    void aReportDecidedDuringTheInvestigationAddsItsViolenceToWhatTheInvestigationConcludesOn() throws Exception {
        at("2026-10-16");
        String bsn = TestData.randomBsn();
        String surname = TestData.uniqueSurname("Onderzoek");
        Cases.Case first = cases.decided("INVESTIGATION", bsn, surname, "CHILD_ABUSE");
        String d = "/api/v1/dossiers/" + first.dossierId();
        String person = JsonPath.read(json(cases.get(d, me)), "$.persons[0].personId");
        String plan = json(cases.post(d + "/investigation/conversations", me,
                "{\"personId\":\"" + person + "\",\"role\":\"kind\",\"plannedOn\":\"2026-10-16\"}").andExpect(status().isOk()));
        cases.post(d + "/investigation/conversations/" + JsonPath.read(plan, "$.conversations[0].id") + "/held", me,
                "{\"heldOn\":\"2026-10-16\",\"summary\":\"Gesprek op school.\"}").andExpect(status().isOk());
        cases.post(d + "/investigation/findings", me, "{\"findings\":\"Bevindingen.\"}").andExpect(status().isOk());

        // A second report about the same child names partner violence; its assessment also decides an investigation,
        // which keeps the running one: that one now concludes on both.
        Cases.Case second = cases.decided("INVESTIGATION", bsn, surname, "PARTNER_VIOLENCE");
        assertThat(second.dossierId()).isEqualTo(first.dossierId());
        cases.post(d + "/investigation/conclusion", me, "{\"conclusions\":[{\"violenceType\":\"CHILD_ABUSE\",\"outcome\":\"CONFIRMED\"}]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[*].name", hasItem("conclusions.PARTNER_VIOLENCE")));
        cases.post(d + "/investigation/conclusion", me, """
                {"conclusions":[{"violenceType":"CHILD_ABUSE","outcome":"CONFIRMED"},
                                {"violenceType":"PARTNER_VIOLENCE","outcome":"NOT_CONFIRMED"}]}""")
                .andExpect(status().isOk()).andExpect(jsonPath("$.conclusions.length()").value(2));
    }

    @Test
    void conditionsAreHandedOverAndMonitoredAt3And12MonthsBeforeTheDossierCanClose() throws Exception {
        at("2026-11-23");
        Cases.Case c = cases.decided("CONDITIONS_AND_FOLLOW_UP");
        String d = "/api/v1/dossiers/" + c.dossierId();
        cases.post(d + "/handover-meeting", me, "{\"organisation\":\"Buurtteam\",\"contactPerson\":\"Anna\",\"heldOn\":\"2026-11-23\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[*].name", hasItem("conditions")));
        cases.post(d + "/conditions", me, "{\"description\":\"Vader volgt agressieregulatietraining\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams.length()").value(3));
        String track = json(cases.post(d + "/conditions", me,
                "{\"description\":\"Vader volgt agressieregulatietraining\",\"forWhom\":\"vader\",\"agreedWith\":\"vader en moeder\",\"partner\":\"Buurtteam Overvecht\"}")
                .andExpect(status().isOk()));
        String condition = JsonPath.read(track, "$.conditions[0].id");
        cases.post(d + "/monitoring-contacts", me, "{}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Een monitoringscontact vastleggen kan niet: het overdrachtsgesprek is nog niet gehouden."));

        at("2026-11-30");
        cases.post(d + "/handover-meeting", me, "{\"organisation\":\"Buurtteam Overvecht\",\"contactPerson\":\"Anna de Vries\",\"heldOn\":\"2026-11-30\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("MONITORING"))
                .andExpect(jsonPath("$.monitoringContacts[0].dueOn").value("2027-03-01"))
                .andExpect(jsonPath("$.monitoringContacts[1].dueOn").value("2027-11-30"));
        cases.get(d, me).andExpect(jsonPath("$.monitoringContactsDue[0]").value("2027-03-01"))
                .andExpect(jsonPath("$.monitoringContactsDue[1]").value("2027-11-30"));
        // The conditions were handed over to the partner: one disclosure, to the local team, with its ground.
        assertThat(disclosures(c.dossierId())).containsExactly(
                "HANDOVER|CARE_PROVIDER_DIRECTLY_INVOLVED|Buurtteam Overvecht|Anna de Vries|2026-11-30");
        cases.post(d + "/conditions", me, "{\"description\":\"x\",\"forWhom\":\"x\",\"agreedWith\":\"x\",\"partner\":\"x\"}")
                .andExpect(status().isConflict());

        at("2027-03-01");
        String contact = """
                {"heldOn":"%s","spokenWith":"moeder, vader, Sem, buurtteam","partnerSpoken":true,
                 "checks":[{"conditionId":"%s","kept":true,"safetyImproved":true}]}""";
        cases.post(d + "/monitoring-contacts", me, "{\"heldOn\":\"2027-03-01\",\"spokenWith\":\"moeder\",\"partnerSpoken\":true}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("checks." + condition));
        cases.post(d + "/monitoring-contacts", me, contact.formatted("2027-03-01", condition))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("MONITORING"))
                .andExpect(jsonPath("$.monitoringContacts[0].heldOn").value("2027-03-01"))
                .andExpect(jsonPath("$.monitoringContacts[0].checks[0].kept").value(true));
        cases.post(d + "/close", me, "{\"reason\":\"Veiligheid hersteld\"}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("de monitoring loopt nog (contact na 12 maanden uiterlijk 30-11-2027)")));

        // Veilig Thuis stays involved 12 months after the handover meeting: the last contact cannot come earlier.
        at("2027-11-29");
        cases.post(d + "/monitoring-contacts", me, contact.formatted("2027-11-29", condition))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].reason", containsString("30-11-2027")));
        at("2027-11-30");
        cases.post(d + "/monitoring-contacts", me, contact.formatted("2027-11-30", condition))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("FINISHED"));

        // The registration notice of the report is still due: closing says so, until it is done.
        cases.post(d + "/close", me, "{\"reason\":\"Veiligheid hersteld\"}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("kennisgeving van registratie")));
        for (UUID task : jdbc.sql("SELECT id FROM dossier_task WHERE dossier_id = :d AND done_at IS NULL")
                .param("d", UUID.fromString(c.dossierId())).query(UUID.class).list()) {
            cases.post("/api/v1/dossier-tasks/" + task + "/done", me, "{\"note\":\"brief verstuurd\"}")
                    .andExpect(status().is2xxSuccessful());
        }
        cases.post(d + "/close", me, "{\"reason\":\" \"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("reason"));
        cases.post(d + "/close", me, "{\"reason\":\"Veiligheid hersteld, monitoring afgerond\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(jsonPath("$.closedOn").value("2027-11-30"))
                .andExpect(jsonPath("$.retentionUntil").value("2047-11-30"));

        // A closed dossier takes no more acts; a later change would move the retention end (the database keeps it).
        cases.post(d + "/conditions", me, "{}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Dit dossier is gesloten; er kan niets meer aan worden toegevoegd."));
        at("2028-02-29");
        jdbc.sql("UPDATE dossier SET updated_at = :now WHERE id = :id").param("now", Timestamp.from(clock.instant()))
                .param("id", UUID.fromString(c.dossierId())).update();
        cases.get(d, me).andExpect(jsonPath("$.retentionUntil").value("2048-02-29"));
    }

    @Test
    void aConditionNotKeptStartsAnInvestigationFromTheMonitoring() throws Exception {
        at("2026-11-23");
        Cases.Case c = cases.decided("CONDITIONS_AND_FOLLOW_UP");
        String d = "/api/v1/dossiers/" + c.dossierId();
        String condition = JsonPath.read(json(cases.post(d + "/conditions", me,
                "{\"description\":\"Geen alcohol in huis\",\"forWhom\":\"vader\",\"agreedWith\":\"vader\",\"partner\":\"Tactus\"}")), "$.conditions[0].id");
        cases.post(d + "/handover-meeting", me, "{\"organisation\":\"Tactus\",\"contactPerson\":\"Bas\",\"heldOn\":\"2026-11-23\"}")
                .andExpect(status().isOk());
        at("2027-02-24");
        String kept = "{\"heldOn\":\"2027-02-24\",\"spokenWith\":\"moeder\",\"partnerSpoken\":false,\"followUp\":\"INVESTIGATION\","
                + "\"checks\":[{\"conditionId\":\"%s\",\"kept\":%s,\"safetyImproved\":false}]}";
        cases.post(d + "/monitoring-contacts", me, kept.formatted(condition, true))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("followUp"));
        cases.post(d + "/monitoring-contacts", me, kept.formatted(condition, false)).andExpect(status().isOk())
                .andExpect(jsonPath("$.monitoringContacts[0].followUp").value("INVESTIGATION"));
        // The investigation is due 10 weeks later: 5, 6 and 7 May 2027 are holidays, so Monday 10 May; monitoring goes on.
        cases.get(d, me).andExpect(jsonPath("$.investigationDue").value("2027-05-10"))
                .andExpect(jsonPath("$.monitoringContactsDue[0]").value("2027-11-23"));
        List<String> kinds = JsonPath.read(json(cases.get(d + "/tracks", me)), "$[*].origin");
        assertThat(kinds).containsExactly("ASSESSMENT", "MONITORING");
    }

    @Test
    void aHandoverWithoutConditionsTakesThePartnerFromTheAssessmentAndEndsTheTrack() throws Exception {
        Cases.Case c = cases.decided("HANDOVER");
        String d = "/api/v1/dossiers/" + c.dossierId();
        cases.get(d + "/tracks", me).andExpect(jsonPath("$[0].handoverTo").value("LOCAL_TEAM"))
                .andExpect(jsonPath("$[0].handoverParty").value("Buurtteam Overvecht"));
        cases.post(d + "/handover", me, "{\"heldOn\":\"" + cases.today() + "\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[*].name", hasItem("contactPerson")))
                .andExpect(jsonPath("$.invalidParams[*].name", hasItem("what")));
        cases.post(d + "/handover", me, "{\"heldOn\":\"" + cases.today()
                        + "\",\"contactPerson\":\"Anna de Vries\",\"what\":\"De zorgen, de afspraken met moeder en het plan van het buurtteam.\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("FINISHED"));
        cases.get(d, me).andExpect(jsonPath("$.tracks[0].finishedOn").value(cases.today().toString()));
        cases.post(d + "/handover", me, "{}").andExpect(status().isConflict());
        // The handover passed data to the local team: registered once, with its ground, recipient and contact person.
        assertThat(disclosures(c.dossierId())).containsExactly(
                "HANDOVER|CARE_PROVIDER_DIRECTLY_INVOLVED|Buurtteam Overvecht|Anna de Vries|" + cases.today());
        assertThat(jdbc.sql("""
                SELECT count(*) FROM disclosure_person p JOIN disclosure x ON x.id = p.disclosure_id WHERE x.dossier_id = :d""")
                .param("d", UUID.fromString(c.dossierId())).query(Long.class).single())
                .isEqualTo(jdbc.sql("SELECT count(*) FROM dossier_person WHERE dossier_id = :d")
                        .param("d", UUID.fromString(c.dossierId())).query(Long.class).single());
    }

    @Test
    void aHandoverToTheHouseholdItselfDisclosesNothing() throws Exception {
        Cases.Case c = cases.decided("HANDOVER");
        String d = "/api/v1/dossiers/" + c.dossierId();
        cases.post(d + "/handover", me, "{\"handoverTo\":\"HOUSEHOLD\",\"handoverParty\":\"Het gezin\",\"heldOn\":\""
                        + cases.today() + "\",\"what\":\"De afspraken met de ouders.\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("FINISHED"));
        assertThat(disclosures(c.dossierId())).isEmpty();
    }

    /** The dossier's registered disclosures: kind, ground, recipient organisation and person, date. */
    List<String> disclosures(String dossierId) {
        return jdbc.sql("""
                SELECT kind || '|' || legal_ground || '|' || recipient_organisation || '|' || coalesce(recipient_person, '')
                       || '|' || disclosed_on FROM disclosure WHERE dossier_id = :d ORDER BY recorded_at""")
                .param("d", UUID.fromString(dossierId)).query(String.class).list();
    }

    @Test
    void anInvestigationStoppedEarlyCanLeadToARequestToTheRvdkWithANoticeToTheMunicipality() throws Exception {
        Cases.Case c = cases.decided("INVESTIGATION");
        String d = "/api/v1/dossiers/" + c.dossierId();
        cases.post(d + "/investigation/stop", me, "{}").andExpect(status().isBadRequest());
        cases.post(d + "/investigation/stop", me, "{\"reason\":\"Ouders werken niet mee; de Raad moet onderzoeken.\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.stoppedEarlyReason").exists());
        cases.post(d + "/investigation/next-step", me, "{\"nextStep\":\"HANDOVER\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[*].name", hasItem("handoverTo")));
        cases.post(d + "/investigation/next-step", me, "{\"nextStep\":\"RVDK_INVESTIGATION_REQUEST\"}")
                .andExpect(status().isOk());
        assertThat(jdbc.sql("SELECT count(*) FROM dossier_task WHERE dossier_id = :d AND kind = 'BW_NOTIFICATION' AND done_at IS NULL")
                .param("d", UUID.fromString(c.dossierId())).query(Long.class).single()).isEqualTo(1);
        cases.post(d + "/rvdk-request", me, "{\"requestedOn\":\"" + cases.today() + "\",\"note\":\"Verzoek per beveiligde mail, kenmerk R-1.\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("FINISHED"));
        assertThat(disclosures(c.dossierId())).containsExactly(
                "RVDK_REQUEST|CHILD_PROTECTION_RVDK|Raad voor de Kinderbescherming||" + cases.today());
        // The notice to B&W, once done, is the municipality's disclosure on its legal duty.
        UUID notice = jdbc.sql("SELECT id FROM dossier_task WHERE dossier_id = :d AND kind = 'BW_NOTIFICATION'")
                .param("d", UUID.fromString(c.dossierId())).query(UUID.class).single();
        cases.post("/api/v1/dossier-tasks/" + notice + "/done", me, "{\"note\":\"brief aan het college verstuurd\"}")
                .andExpect(status().isNoContent());
        List<String> registered = disclosures(c.dossierId());
        assertThat(registered).hasSize(2);
        assertThat(registered.get(1)).startsWith("BW_NOTICE|LEGAL_DUTY_BW_NOTICE|College van B&W van ").endsWith("|" + cases.today());
    }

    @Test
    void theSecretariaatSeesTheTracksWithoutWhatWasSaidAndCannotAct() throws Exception {
        Cases.Case c = cases.decided("INVESTIGATION");
        String d = "/api/v1/dossiers/" + c.dossierId();
        cases.post(d + "/investigation/findings", me, "{\"findings\":\"Vertrouwelijke bevinding.\"}").andExpect(status().isOk());
        cases.get(d + "/tracks", "demo-secretariaat").andExpect(status().isOk())
                .andExpect(jsonPath("$[0].kind").value("INVESTIGATION")).andExpect(jsonPath("$[0].findings").doesNotExist());
        cases.post(d + "/investigation/findings", "demo-secretariaat", "{\"findings\":\"x\"}").andExpect(status().isForbidden());
        cases.post(d + "/close", "demo-secretariaat", "{\"reason\":\"x\"}").andExpect(status().isForbidden());
        // Another worker without need to know is refused and the refusal is logged.
        long refusals = refusals(c.dossierId());
        cases.post(d + "/investigation/findings", "demo-crisisdienst", "{\"findings\":\"x\"}").andExpect(status().isForbidden());
        assertThat(refusals(c.dossierId())).isEqualTo(refusals + 1);
    }

    @Test
    void theTermijnenShowTheInvestigationDueAndTheTeamleiderSeesTheEightyPercentNorm() throws Exception {
        Cases.Case c = cases.decided("INVESTIGATION");
        String reference = JsonPath.read(json(cases.get("/api/v1/dossiers/" + c.dossierId(), me)), "$.reference");
        String page = mvc.perform(MockMvcRequestBuilders.get("/termijnen")
                        .with(SecurityMockMvcRequestPostProcessors.authentication(
                                TestLogins.authentication(directory, clock, "medewerker"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(reference).contains("Onderzoek afronden").doesNotContain("Onderzoeken binnen 10 weken");
        clock.advance(Duration.ofDays(1));
        String leader = mvc.perform(MockMvcRequestBuilders.get("/termijnen").param("team", "true")
                        .with(SecurityMockMvcRequestPostProcessors.authentication(
                                TestLogins.authentication(directory, clock, "teamleider"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(leader).contains(reference).contains("Onderzoeken binnen 10 weken").contains("norm 80%");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"INVESTIGATION", "CONDITIONS_AND_FOLLOW_UP", "HANDOVER",
            "RVDK_INVESTIGATION_REQUEST", "CRISIS_INTERVENTION", "CLOSE_NO_UNSAFETY"})
    void theFollowUpPageOfEveryTrackHasItsTextsInDutchAndEnglish(String decision) throws Exception {
        Cases.Case c = cases.decided(decision);
        if (decision.equals("CONDITIONS_AND_FOLLOW_UP")) {
            cases.post("/api/v1/dossiers/" + c.dossierId() + "/conditions", me,
                    "{\"description\":\"x\",\"forWhom\":\"x\",\"agreedWith\":\"x\",\"partner\":\"x\"}").andExpect(status().isOk());
            cases.post("/api/v1/dossiers/" + c.dossierId() + "/handover-meeting", me,
                    "{\"organisation\":\"x\",\"contactPerson\":\"x\",\"heldOn\":\"" + cases.today() + "\"}").andExpect(status().isOk());
        }
        var worker = SecurityMockMvcRequestPostProcessors.authentication(
                TestLogins.authentication(directory, clock, "medewerker"));
        for (String language : List.of("nl", "en")) {
            for (String page : List.of("/dossiers/" + c.dossierId() + "/vervolg", "/dossiers/" + c.dossierId(), "/termijnen")) {
                mvc.perform(MockMvcRequestBuilders.get(page).param("taal", language).with(worker))
                        .andExpect(status().isOk())
                        .andExpect(MockMvcResultMatchers.content().string(
                                Matchers.not(containsString("??"))));
            }
        }
    }

    private long refusals(String dossierId) {
        return jdbc.sql("SELECT count(*) FROM access_log_entry WHERE outcome = 'DENIED' AND :d = ANY(dossier_ids)")
                .param("d", UUID.fromString(dossierId)).query(Long.class).single();
    }
}
