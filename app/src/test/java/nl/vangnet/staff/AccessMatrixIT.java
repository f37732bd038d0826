package nl.vangnet.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import nl.vangnet.platform.DutchTime;
import nl.vangnet.support.IntegrationTest;
import nl.vangnet.support.MutableClock;
import nl.vangnet.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint × every role × anonymous against the expected allow/deny table. An endpoint that is not in the
 * table fails this test, so no endpoint ships without a decision on who may call it.
 */
@IntegrationTest
class AccessMatrixIT {

    /** Anyone, also without logging in. */
    static final Set<Role> PUBLIC = null;
    /** Every logged-in staff member or token holder. */
    static final Set<Role> ANY = EnumSet.allOf(Role.class);

    static final Map<String, Set<Role>> EXPECTED = new TreeMap<>();

    static {
        for (String e : List.of("GET /login", "POST /login", "GET /login/code", "POST /login/code", "GET /login/koppelen",
                "POST /login/koppelen", "GET /setup", "POST /setup", "GET /error", "POST /error", "PUT /error",
                "DELETE /error", "PATCH /error", "GET /api/v1/openapi.json", "GET /v3/api-docs", "GET /v3/api-docs.yaml",
                "GET /actuator/health")) {
            EXPECTED.put(e, PUBLIC);
        }
        Set<Role> intake = EnumSet.of(Role.CASE_WORKER, Role.CRISIS_WORKER, Role.SECRETARIAT);
        for (String e : List.of("GET /meldingen/nieuw", "GET /meldingen/nieuw/betrokkene", "POST /meldingen", "POST /api/v1/reports")) {
            EXPECTED.put(e, intake);
        }
        // Advice is given (and so registered) by case and crisis workers, not by the secretariaat.
        for (String e : List.of("GET /adviezen/nieuw", "POST /adviezen", "POST /api/v1/advice-requests")) {
            EXPECTED.put(e, EnumSet.of(Role.CASE_WORKER, Role.CRISIS_WORKER));
        }
        // The report under test was registered by the demo medewerker (assigned); the teamleider leads its team.
        for (String e : List.of("GET /meldingen/{id}", "POST /meldingen/{id}/melder-geinformeerd", "GET /api/v1/reports/{id}",
                "POST /api/v1/reports/{id}/reporter-informed")) {
            EXPECTED.put(e, EnumSet.of(Role.CASE_WORKER, Role.TEAM_LEADER, Role.SECRETARIAT));
        }
        // Verifying the text with the reporter is case work: not for the secretariaat, who may not read the text.
        for (String e : List.of("POST /meldingen/{id}/verificatie", "POST /api/v1/reports/{id}/verification")) {
            EXPECTED.put(e, EnumSet.of(Role.CASE_WORKER, Role.TEAM_LEADER));
        }
        // Advice requests are read by the intake workers and the teamleider of their team.
        for (String e : List.of("GET /adviezen/{id}", "POST /adviezen/{id}/contact", "GET /api/v1/advice-requests/{id}",
                "POST /api/v1/advice-requests/{id}/contacts")) {
            EXPECTED.put(e, EnumSet.of(Role.CASE_WORKER, Role.CRISIS_WORKER, Role.TEAM_LEADER));
        }
        for (String e : List.of("GET /", "GET /werkvoorraad", "GET /dossiers", "GET /zoeken", "POST /zoeken",
                "GET /mijn/tokens", "POST /mijn/tokens", "POST /mijn/tokens/{id}/intrekken", "GET /mijn/wachtwoord",
                "POST /mijn/wachtwoord", "GET /api/v1/me", "GET /api/v1/dossiers")) {
            EXPECTED.put(e, ANY);
        }
        // The radar (person search): the roles that do case work, and the FG for the rights of persons.
        for (String e : List.of("GET /api/v1/persons/search", "POST /zoeken/personen")) {
            EXPECTED.put(e, EnumSet.of(Role.CASE_WORKER, Role.CRISIS_WORKER, Role.TEAM_LEADER, Role.BEHAVIOURAL_SCIENTIST,
                    Role.LEGAL_ADVISOR, Role.CONFIDENTIAL_DOCTOR, Role.DATA_PROTECTION_OFFICER));
        }
        // Need to know: the dossier under test is assigned to the demo medewerker, in the teamleider's team; the
        // secretariaat of the team has administrative access (without free text).
        Set<Role> needToKnow = EnumSet.of(Role.CASE_WORKER, Role.TEAM_LEADER, Role.SECRETARIAT);
        for (String e : List.of("GET /dossiers/{id}", "GET /api/v1/dossiers/{id}", "GET /api/v1/dossiers/{id}/timeline")) {
            EXPECTED.put(e, needToKnow);
        }
        // A consultation is closed by the workers on the case (or the consultant, their own): not the secretariaat.
        for (String e : List.of("POST /dossiers/{id}/raadplegingen/{consultationId}/sluiten",
                "POST /api/v1/dossiers/{id}/consultations/{consultationId}/close")) {
            EXPECTED.put(e, EnumSet.of(Role.CASE_WORKER, Role.TEAM_LEADER));
        }
        // The safety assessment is done by the assigned worker and confirmed by a gedragswetenschapper.
        EXPECTED.put("POST /api/v1/reports/{id}/assessment", EnumSet.of(Role.CASE_WORKER));
        EXPECTED.put("POST /api/v1/reports/{id}/informing", EnumSet.of(Role.CASE_WORKER));
        EXPECTED.put("GET /api/v1/reports/{id}/assessment", needToKnow);
        EXPECTED.put("POST /api/v1/reports/{id}/assessment/confirmation", EnumSet.of(Role.BEHAVIOURAL_SCIENTIST));
        EXPECTED.put("GET /api/v1/dossier-tasks", ANY);
        EXPECTED.put("POST /api/v1/dossier-tasks/{taskId}/done", needToKnow);
        // Postponing a statutory notice needs a substantive reason: case work, not the secretariaat.
        EXPECTED.put("POST /api/v1/dossier-tasks/{taskId}/extension", EnumSet.of(Role.CASE_WORKER, Role.TEAM_LEADER));
        EXPECTED.put("GET /api/v1/team/assessment-deadlines", EnumSet.of(Role.TEAM_LEADER));
        EXPECTED.put("GET /termijnen", EnumSet.of(Role.CASE_WORKER, Role.CRISIS_WORKER, Role.TEAM_LEADER, Role.SECRETARIAT));
        // Follow-up tracks and closing: read with need to know, acted on by who works on the dossier's follow-up.
        EXPECTED.put("GET /api/v1/dossiers/{id}/tracks", needToKnow);
        EXPECTED.put("GET /dossiers/{id}/vervolg", needToKnow);
        for (String e : List.of("POST /api/v1/dossiers/{id}/investigation/conversations",
                "POST /api/v1/dossiers/{id}/investigation/conversations/{conversationId}/held",
                "PUT /api/v1/dossiers/{id}/investigation/conversations/{conversationId}",
                "POST /api/v1/dossiers/{id}/investigation/conversations/{conversationId}/cancel",
                "POST /dossiers/{id}/vervolg/gesprekken/{conversationId}/wijzigen",
                "POST /dossiers/{id}/vervolg/gesprekken/{conversationId}/annuleren",
                "POST /api/v1/dossiers/{id}/investigation/findings", "POST /api/v1/dossiers/{id}/investigation/conclusion",
                "POST /api/v1/dossiers/{id}/investigation/stop", "POST /api/v1/dossiers/{id}/investigation/next-step",
                "POST /api/v1/dossiers/{id}/investigation/reporter-feedback", "POST /api/v1/dossiers/{id}/conditions",
                "POST /api/v1/dossiers/{id}/handover-meeting", "POST /api/v1/dossiers/{id}/monitoring-contacts",
                "POST /api/v1/dossiers/{id}/handover", "POST /api/v1/dossiers/{id}/rvdk-request", "POST /api/v1/dossiers/{id}/close",
                "POST /dossiers/{id}/vervolg/gesprekken", "POST /dossiers/{id}/vervolg/gesprekken/{conversationId}",
                "POST /dossiers/{id}/vervolg/bevindingen", "POST /dossiers/{id}/vervolg/conclusie", "POST /dossiers/{id}/vervolg/stoppen",
                "POST /dossiers/{id}/vervolg/vervolgstap", "POST /dossiers/{id}/vervolg/terugkoppeling",
                "POST /dossiers/{id}/vervolg/voorwaarden", "POST /dossiers/{id}/vervolg/overdrachtsgesprek",
                "POST /dossiers/{id}/vervolg/monitoring", "POST /dossiers/{id}/vervolg/overdracht", "POST /dossiers/{id}/vervolg/raad",
                "POST /dossiers/{id}/sluiten")) {
            EXPECTED.put(e, EnumSet.of(Role.CASE_WORKER, Role.TEAM_LEADER));
        }
        EXPECTED.put("GET /vervanging", EnumSet.of(Role.TEAM_LEADER));
        // Correcting what was registered (issue 11 §1): read with need to know (the secretariaat without free text),
        // changed only by the workers on the case (not the secretariaat, a consultant or the crisis service).
        for (String e : List.of("GET /api/v1/dossiers/{id}/persons/{personId}", "GET /api/v1/dossiers/{id}/persons/{personId}/history",
                "GET /dossiers/{id}/personen/{personId}", "GET /api/v1/reports/{id}/corrections",
                "GET /api/v1/reports/{id}/corrections/{changeId}", "GET /api/v1/dossiers/{id}/household",
                "GET /dossiers/{id}/huishouden")) {
            EXPECTED.put(e, needToKnow);
        }
        for (String e : List.of("POST /api/v1/dossiers/{id}/persons", "PUT /api/v1/dossiers/{id}/persons/{personId}",
                "DELETE /api/v1/dossiers/{id}/persons/{personId}", "GET /dossiers/{id}/personen/nieuw",
                "POST /dossiers/{id}/personen", "POST /dossiers/{id}/personen/{personId}",
                "POST /dossiers/{id}/personen/{personId}/verwijderen", "POST /api/v1/reports/{id}/corrections",
                "POST /meldingen/{id}/correctie", "PUT /api/v1/dossiers/{id}/household", "POST /dossiers/{id}/huishouden")) {
            EXPECTED.put(e, EnumSet.of(Role.CASE_WORKER, Role.TEAM_LEADER));
        }
        // Restraining orders: registered and followed by the dossier's workers and teamleider.
        EXPECTED.put("GET /api/v1/dossiers/{id}/restraining-orders", needToKnow);
        EXPECTED.put("GET /api/v1/dossiers/{id}/aware", needToKnow);
        EXPECTED.put("GET /api/v1/dossiers/{id}/crisis-interventions", needToKnow);
        EXPECTED.put("POST /api/v1/dossiers/{id}/crisis-interventions", EnumSet.of(Role.CASE_WORKER));
        EXPECTED.put("POST /api/v1/dossiers/{id}/crisis-interventions/{interventionId}/followed-up",
                EnumSet.of(Role.CASE_WORKER, Role.TEAM_LEADER));
        for (String e : List.of("POST /api/v1/dossiers/{id}/aware", "POST /api/v1/dossiers/{id}/aware/{applicationId}/decision",
                "POST /api/v1/dossiers/{id}/aware/{applicationId}/device", "POST /api/v1/dossiers/{id}/aware/{applicationId}/return")) {
            EXPECTED.put(e, EnumSet.of(Role.CASE_WORKER, Role.TEAM_LEADER));
        }
        for (String e : List.of("POST /api/v1/dossiers/{id}/restraining-orders",
                "POST /api/v1/dossiers/{id}/restraining-orders/{orderId}/extension",
                "POST /api/v1/dossiers/{id}/restraining-orders/{orderId}/veilig-thuis")) {
            EXPECTED.put(e, EnumSet.of(Role.CASE_WORKER, Role.TEAM_LEADER));
        }
        // The follow-up pages: read by whoever has need to know (the secretariaat without free text); the acts by the
        // dossier's workers and teamleider, a crisis intervention by a case or crisis worker (the crisis service is not
        // assigned to the dossier under test).
        for (String e : List.of("GET /dossiers/{id}/huisverbod", "GET /dossiers/{id}/aware", "GET /dossiers/{id}/crisisinterventies")) {
            EXPECTED.put(e, needToKnow);
        }
        for (String e : List.of("POST /dossiers/{id}/huisverbod", "POST /dossiers/{id}/huisverbod/{orderId}/verlenging",
                "POST /dossiers/{id}/huisverbod/{orderId}/veilig-thuis", "POST /dossiers/{id}/aware",
                "POST /dossiers/{id}/aware/{applicationId}/besluit", "POST /dossiers/{id}/aware/{applicationId}/kastje",
                "POST /dossiers/{id}/aware/{applicationId}/ingeleverd",
                "POST /dossiers/{id}/crisisinterventies/{interventionId}/opvolging")) {
            EXPECTED.put(e, EnumSet.of(Role.CASE_WORKER, Role.TEAM_LEADER));
        }
        EXPECTED.put("POST /dossiers/{id}/crisisinterventies", EnumSet.of(Role.CASE_WORKER));
        // The journal and the documents: read with need to know (the secretariaat without free text, and no file);
        // written and added by who works on the case.
        for (String e : List.of("GET /api/v1/dossiers/{id}/journal", "GET /api/v1/dossiers/{id}/journal/{entryId}",
                "GET /api/v1/dossiers/{id}/documents", "GET /dossiers/{id}/journaal", "GET /dossiers/{id}/documenten")) {
            EXPECTED.put(e, needToKnow);
        }
        for (String e : List.of("POST /api/v1/dossiers/{id}/journal", "POST /api/v1/dossiers/{id}/documents",
                "POST /dossiers/{id}/journaal", "POST /dossiers/{id}/documenten")) {
            EXPECTED.put(e, EnumSet.of(Role.CASE_WORKER, Role.TEAM_LEADER));
        }
        // A file is opened by who works on the case; the secretariaat opens a letter (which holds no free text), no
        // other document (DocumentsIT, LettersIT): here, with an unknown document id, it gets past the dossier's rule.
        for (String e : List.of("GET /api/v1/dossiers/{id}/documents/{documentId}", "GET /dossiers/{id}/documenten/{documentId}")) {
            EXPECTED.put(e, EnumSet.of(Role.CASE_WORKER, Role.TEAM_LEADER, Role.SECRETARIAT));
        }
        // Letters: made, and their page shown, by who works on the case and by the secretariaat (DOMAIN.md: letters
        // are administrative work); the document module stores and opens letters on the same rule.
        for (String e : List.of("POST /api/v1/dossiers/{id}/letters", "GET /dossiers/{id}/brieven", "POST /dossiers/{id}/brieven",
                "GET /dossiers/{id}/brieven/{documentId}")) {
            EXPECTED.put(e, EnumSet.of(Role.CASE_WORKER, Role.TEAM_LEADER, Role.SECRETARIAT));
        }
        // Issue 12 §5, the exchanges with a fixed shape: a VIR signal and the transfer to another region by who works
        // on the case; the billing export (no dossier, all teams, no content) by the secretariaat and the teamleider.
        for (String e : List.of("POST /api/v1/dossiers/{id}/vir-signals", "GET /api/v1/dossiers/{id}/vir-signals/{signalId}",
                "POST /api/v1/dossiers/{id}/region-transfers", "GET /api/v1/dossiers/{id}/region-transfers/{transferId}",
                "GET /dossiers/{id}/uitwisseling", "POST /dossiers/{id}/uitwisseling/vir",
                "POST /dossiers/{id}/uitwisseling/overdracht")) {
            EXPECTED.put(e, EnumSet.of(Role.CASE_WORKER, Role.TEAM_LEADER));
        }
        for (String e : List.of("GET /api/v1/billing-exports", "GET /facturatie", "POST /facturatie")) {
            EXPECTED.put(e, EnumSet.of(Role.SECRETARIAT, Role.TEAM_LEADER));
        }
        // Information requests to professionals (issue 12 §1-3): read with need to know (the secretariaat without free
        // text), asked and acted on by who works on the case; the professional's page needs no login (link and code).
        for (String e : List.of("GET /api/v1/dossiers/{id}/information-requests",
                "GET /api/v1/dossiers/{id}/information-requests/{requestId}", "GET /dossiers/{id}/informatieverzoeken",
                "GET /dossiers/{id}/informatieverzoeken/{requestId}")) {
            EXPECTED.put(e, needToKnow);
        }
        for (String e : List.of("POST /api/v1/dossiers/{id}/information-requests",
                "POST /api/v1/dossiers/{id}/information-requests/{requestId}/answer",
                "POST /api/v1/dossiers/{id}/information-requests/{requestId}/new-link",
                "POST /api/v1/dossiers/{id}/information-requests/{requestId}/passages/{passageId}/share-decision",
                "POST /dossiers/{id}/informatieverzoeken", "POST /dossiers/{id}/informatieverzoeken/{requestId}/antwoord",
                "POST /dossiers/{id}/informatieverzoeken/{requestId}/nieuwe-link",
                "POST /dossiers/{id}/informatieverzoeken/{requestId}/passages/{passageId}/delen")) {
            EXPECTED.put(e, EnumSet.of(Role.CASE_WORKER, Role.TEAM_LEADER));
        }
        for (String e : List.of("GET /informatieverzoek/{token}", "POST /informatieverzoek/{token}/code",
                "POST /informatieverzoek/{token}", "GET /informatieverzoek/geaccordeerd")) {
            EXPECTED.put(e, PUBLIC);
        }
        EXPECTED.put("POST /meldingen/{id}/informeren", EnumSet.of(Role.CASE_WORKER));
        EXPECTED.put("GET /kennisgevingen/{taskId}", needToKnow);
        EXPECTED.put("POST /kennisgevingen/{taskId}/afgerond", needToKnow);
        EXPECTED.put("POST /kennisgevingen/{taskId}/uitstel", EnumSet.of(Role.CASE_WORKER, Role.TEAM_LEADER));
        EXPECTED.put("POST /vervanging", EnumSet.of(Role.TEAM_LEADER));
        EXPECTED.put("GET /beoordelingen", EnumSet.of(Role.BEHAVIOURAL_SCIENTIST));
        EXPECTED.put("GET /meldingen/{id}/beoordeling", needToKnow);
        EXPECTED.put("POST /meldingen/{id}/beoordeling", EnumSet.of(Role.CASE_WORKER));
        EXPECTED.put("POST /meldingen/{id}/beoordeling/bevestiging", EnumSet.of(Role.BEHAVIOURAL_SCIENTIST));
        // Consulting is for who works on the dossier: the assigned worker and the teamleider.
        for (String e : List.of("POST /dossiers/{id}/raadplegen", "POST /api/v1/dossiers/{id}/consultations")) {
            EXPECTED.put(e, EnumSet.of(Role.CASE_WORKER, Role.TEAM_LEADER));
        }
        // The form is shown to anyone; emergency access itself only to the roles that do case work (reason and second
        // factor required; reviewed afterwards).
        EXPECTED.put("GET /dossiers/{id}/noodtoegang", ANY);
        for (String e : List.of("POST /dossiers/{id}/noodtoegang", "POST /api/v1/dossiers/{id}/emergency-access")) {
            EXPECTED.put(e, EnumSet.of(Role.CASE_WORKER, Role.CRISIS_WORKER, Role.BEHAVIOURAL_SCIENTIST,
                    Role.LEGAL_ADVISOR, Role.CONFIDENTIAL_DOCTOR, Role.TEAM_LEADER));
        }
        for (String e : List.of("POST /dossiers/{id}/toewijzen", "POST /api/v1/dossiers/{id}/assignments",
                "DELETE /api/v1/dossiers/{id}/assignments/{workerId}", "POST /api/v1/substitutes",
                "GET /noodtoegang", "POST /noodtoegang/{grantId}/beoordeling", "GET /api/v1/emergency-access/reviews",
                "POST /api/v1/emergency-access/{grantId}/review")) {
            EXPECTED.put(e, EnumSet.of(Role.TEAM_LEADER));
        }
        // Picking a gedragswetenschapper to confirm an assessment (the request names role=BEHAVIOURAL_SCIENTIST).
        EXPECTED.put("GET /api/v1/staff", EnumSet.of(Role.CASE_WORKER, Role.CRISIS_WORKER));
        EXPECTED.put("GET /api/v1/work-list", ANY);
        EXPECTED.put("GET /toegangslog", EnumSet.of(Role.DATA_PROTECTION_OFFICER, Role.TEAM_LEADER));
        EXPECTED.put("POST /toegangslog/controle", EnumSet.of(Role.DATA_PROTECTION_OFFICER));
        EXPECTED.put("POST /toegangslog/meldingen/{id}/afgehandeld", EnumSet.of(Role.DATA_PROTECTION_OFFICER));
        // The teamleider reads the log of a dossier of their own team (the request names one).
        EXPECTED.put("GET /api/v1/access-log", EnumSet.of(Role.DATA_PROTECTION_OFFICER, Role.TEAM_LEADER));
        EXPECTED.put("GET /api/v1/access-log/verify", EnumSet.of(Role.DATA_PROTECTION_OFFICER));
        // Issue 11 §4: the export follows reading (FG; a teamleider per dossier of the own team, refused at the field
        // without one); who looked at a person's file spans every team's dossiers: the FG only.
        EXPECTED.put("GET /toegangslog/export", EnumSet.of(Role.DATA_PROTECTION_OFFICER, Role.TEAM_LEADER));
        EXPECTED.put("GET /toegangslog/personen/{personId}", EnumSet.of(Role.DATA_PROTECTION_OFFICER));
        EXPECTED.put("GET /api/v1/persons/{id}/access-overview", EnumSet.of(Role.DATA_PROTECTION_OFFICER));
        // Issue 12 §4: the dossier's disclosures are read with need to know (the secretariaat without free text) and
        // registered by who works on the case; the whole register is the FG's; what was disclosed about a person (the
        // matrix's own person) is read by the FG and by whoever has access to a dossier the person is in.
        for (String e : List.of("GET /api/v1/dossiers/{id}/disclosures", "GET /api/v1/dossiers/{id}/disclosures/{disclosureId}",
                "GET /dossiers/{id}/verstrekkingen")) {
            EXPECTED.put(e, needToKnow);
        }
        for (String e : List.of("POST /api/v1/dossiers/{id}/disclosures", "POST /dossiers/{id}/verstrekkingen")) {
            EXPECTED.put(e, EnumSet.of(Role.CASE_WORKER, Role.TEAM_LEADER));
        }
        EXPECTED.put("GET /api/v1/disclosures", EnumSet.of(Role.DATA_PROTECTION_OFFICER));
        EXPECTED.put("GET /verstrekkingen", EnumSet.of(Role.DATA_PROTECTION_OFFICER));
        EXPECTED.put("GET /api/v1/persons/{id}/disclosures", EnumSet.of(Role.CASE_WORKER, Role.TEAM_LEADER, Role.SECRETARIAT,
                Role.DATA_PROTECTION_OFFICER));
        // The teamleider's caseload and assigning from it.
        EXPECTED.put("GET /team", EnumSet.of(Role.TEAM_LEADER));
        EXPECTED.put("POST /team/toewijzen", EnumSet.of(Role.TEAM_LEADER));
        EXPECTED.put("GET /api/v1/team/caseload", EnumSet.of(Role.TEAM_LEADER));
        // Rights requests (issue 13 §1): taken in by who works on a dossier of the person (the page on the dossier under
        // test: its workers); read by them and the FG; the FG's work list, extension, decision and letter for the FG only.
        EXPECTED.put("POST /api/v1/rights-requests", EnumSet.of(Role.CASE_WORKER, Role.CRISIS_WORKER, Role.TEAM_LEADER));
        // The copy (issue 13 §2) is the FG's; the inspection on screen for the FG and who works on the case (a request
        // not granted yet answers 409 to them).
        for (String e : List.of("GET /api/v1/rights-requests/{id}", "GET /rechten/{id}", "GET /rechten/{id}/inzage")) {
            EXPECTED.put(e, EnumSet.of(Role.CASE_WORKER, Role.TEAM_LEADER, Role.DATA_PROTECTION_OFFICER));
        }
        for (String e : List.of("GET /dossiers/{id}/rechtenverzoek", "POST /dossiers/{id}/rechtenverzoek")) {
            EXPECTED.put(e, EnumSet.of(Role.CASE_WORKER, Role.TEAM_LEADER));
        }
        for (String e : List.of("GET /api/v1/rights-requests", "POST /api/v1/rights-requests/{id}/extension",
                "POST /api/v1/rights-requests/{id}/decision", "GET /api/v1/rights-requests/{id}/letter", "GET /rechten",
                "POST /rechten/{id}/verlenging", "POST /rechten/{id}/beslissing", "GET /rechten/{id}/brief",
                "GET /api/v1/rights-requests/{id}/copy.pdf", "GET /rechten/{id}/afschrift.pdf",
                // Issue 13 §3: lifting a restriction of processing, by the FG only.
                "POST /api/v1/rights-requests/{id}/restriction-lift", "POST /rechten/{id}/beperking-opheffen")) {
            EXPECTED.put(e, EnumSet.of(Role.DATA_PROTECTION_OFFICER));
        }
        // Retention and destruction (issue 13 §4): the FG (a teamleider only with the FG's mandate, which no demo
        // teamleider has); legal holds and mandates the FG only.
        for (String e : List.of("GET /api/v1/retention/due", "POST /api/v1/retention/destruction-lists/{id}/approval",
                "POST /api/v1/retention/destruction-lists/{id}/dossiers/{dossierId}/removal",
                "PUT /api/v1/retention/legal-holds/{dossierId}", "DELETE /api/v1/retention/legal-holds/{dossierId}",
                "PUT /api/v1/retention/mandates/{userId}", "DELETE /api/v1/retention/mandates/{userId}", "GET /bewaartermijnen",
                "POST /bewaartermijnen/lijsten/{id}/beslissing", "POST /bewaartermijnen/lijsten/{id}/dossiers/{dossierId}/eraf")) {
            EXPECTED.put(e, EnumSet.of(Role.DATA_PROTECTION_OFFICER));
        }
        EXPECTED.put("GET /actuator/prometheus", EnumSet.of(Role.APPLICATION_ADMIN));
        for (String e : List.of("GET /beheer", "GET /beheer/gebruikers/nieuw", "POST /beheer/gebruikers",
                "GET /beheer/gebruikers/{id}", "POST /beheer/gebruikers/{id}/rollen",
                "POST /beheer/gebruikers/{id}/blokkeren", "POST /beheer/gebruikers/{id}/deblokkeren",
                "POST /beheer/gebruikers/{id}/tweede-factor-herstellen", "POST /beheer/gebruikers/{id}/tokens",
                "POST /beheer/gebruikers/{id}/tokens/{tokenId}/intrekken", "POST /beheer/teams",
                "GET /beheer/kalender", "POST /beheer/kalender", "GET /beheer/risicofactoren", "POST /beheer/risicofactoren",
                "POST /beheer/risicofactoren/{code}/actief", "GET /beheer/brieven", "GET /beheer/brieven/{code}",
                "POST /beheer/brieven/{code}", "GET /beheer/extern", "POST /beheer/extern",
                "POST /api/v1/admin/external-accounts", "GET /api/v1/admin/external-accounts",
                "GET /api/v1/admin/external-accounts/{id}")) {
            EXPECTED.put(e, EnumSet.of(Role.APPLICATION_ADMIN));
        }
        // Research and control: the FG selects dossiers for an external party (only the FG, across teams); the FG
        // sees every selection, an external party its own; the research export is the own researcher's. The
        // selection under test is the demo onderzoeker's, on a dossier other than the one under test.
        Set<Role> fgAndExternal = EnumSet.of(Role.DATA_PROTECTION_OFFICER, Role.RESEARCHER, Role.ACCOUNTANT,
                Role.INSPECTORATE, Role.OMBUDSMAN);
        for (String e : List.of("POST /api/v1/external-selections", "POST /api/v1/external-selections/{id}/end",
                "POST /externe-toegang", "POST /externe-toegang/{id}/beeindigen")) {
            EXPECTED.put(e, EnumSet.of(Role.DATA_PROTECTION_OFFICER));
        }
        EXPECTED.put("GET /api/v1/external-selections", fgAndExternal);
        EXPECTED.put("GET /externe-toegang", fgAndExternal);
        EXPECTED.put("GET /api/v1/external-selections/{id}", EnumSet.of(Role.DATA_PROTECTION_OFFICER, Role.RESEARCHER));
        for (String e : List.of("GET /api/v1/external-selections/{id}/research-export",
                "GET /externe-toegang/{id}/onderzoeksexport")) {
            EXPECTED.put(e, EnumSet.of(Role.RESEARCHER));
        }
    }

    /** Endpoints served outside Spring MVC's request mappings (Spring Boot actuator). */
    static final List<String> OUTSIDE_MVC = List.of("GET /actuator/health", "GET /actuator/prometheus");

    static final Map<Role, String> DEMO_USER = Map.ofEntries(Map.entry(Role.CASE_WORKER, "medewerker"),
            Map.entry(Role.BEHAVIOURAL_SCIENTIST, "gedragswetenschapper"), Map.entry(Role.LEGAL_ADVISOR, "jurist"),
            Map.entry(Role.CONFIDENTIAL_DOCTOR, "vertrouwensarts"), Map.entry(Role.CRISIS_WORKER, "crisisdienst"),
            Map.entry(Role.SECRETARIAT, "secretariaat"), Map.entry(Role.TEAM_LEADER, "teamleider"),
            Map.entry(Role.DATA_PROTECTION_OFFICER, "fg"), Map.entry(Role.APPLICATION_ADMIN, "applicatiebeheer"),
            Map.entry(Role.RESEARCHER, "onderzoeker"), Map.entry(Role.ACCOUNTANT, "accountant"),
            Map.entry(Role.INSPECTORATE, "inspectie"), Map.entry(Role.OMBUDSMAN, "ombudsman"));

    @Autowired MockMvc mvc;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;
    @Autowired StaffDirectory directory;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;

    UUID dossierId;
    UUID throwawayUser;
    UUID reportId;
    UUID adviceId;
    UUID taskId;
    UUID orderId;
    UUID awareId;
    UUID interventionId;
    UUID personId;
    UUID selectionId;

    static UUID ownReport;
    static UUID rightsRequest;

    UUID registerOwnReport() {
        try {
            String answer = mvc.perform(request(HttpMethod.POST, "/api/v1/reports").header("Authorization", "Bearer demo-medewerker")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(TestData.exampleReport(TestData.randomBsn(), TestData.uniqueSurname("Matrix"))))
                    .andReturn().getResponse().getContentAsString();
            return UUID.fromString(JsonPath.read(answer, "$.id"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A request of the adult of the dossier under test, taken in by the medewerker (assigned). */
    UUID registerRightsRequest() {
        UUID adult = jdbc.sql("SELECT person_id FROM dossier_person WHERE dossier_id = :d AND role = 'ALLEGED_PERPETRATOR' LIMIT 1")
                .param("d", dossierId).query(UUID.class).single();
        try {
            String answer = mvc.perform(request(HttpMethod.POST, "/api/v1/rights-requests").header("Authorization", "Bearer demo-medewerker")
                            .contentType(MediaType.APPLICATION_JSON).content("""
                                    {"kind":"INSPECTION","personId":"%s","dossierId":"%s","requester":"SELF",
                                     "identityCheck":"KNOWN_TO_WORKER","receivedOn":"%s","text":"Inzage"}"""
                                    .formatted(adult, dossierId, DutchTime.today(clock))))
                    .andReturn().getResponse().getContentAsString();
            return UUID.fromString(JsonPath.read(answer, "$.id"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeEach
    void fixture() {
        UUID medewerker = directory.findByUsername("medewerker").orElseThrow().id();
        // A report (and dossier) of this test's own, registered once: taking "the first report of the medewerker"
        // picked whichever test's report had the earliest (test-clock) date, a dossier other tests had consulted the
        // jurist on, so the matrix depended on which tests ran before it.
        if (ownReport == null) {
            ownReport = registerOwnReport();
        }
        reportId = ownReport;
        dossierId = jdbc.sql("SELECT dossier_id FROM report WHERE id = :r").param("r", reportId).query(UUID.class).single();
        taskId = jdbc.sql("SELECT id FROM dossier_task WHERE dossier_id = :d LIMIT 1").param("d", dossierId)
                .query(UUID.class).single();
        orderId = jdbc.sql("SELECT id FROM restraining_order WHERE dossier_id = :d LIMIT 1").param("d", dossierId)
                .query(UUID.class).optional().orElseGet(() -> {
                    UUID id = UUID.randomUUID();
                    List<UUID> persons = jdbc.sql("SELECT person_id FROM dossier_person WHERE dossier_id = :d").param("d", dossierId)
                            .query(UUID.class).list();
                    jdbc.sql("""
                            INSERT INTO restraining_order (id, dossier_id, starts_at, ends_at, ordered_out_person_id,
                                protected_person_ids, child_abuse_reason, registered_by, registered_at)
                            VALUES (:id, :d, now(), now() + interval '10 days', :out, CAST(:prot AS uuid[]), false, :u, now())""")
                            .param("id", id).param("d", dossierId).param("out", persons.get(0))
                            .param("prot", "{" + persons.get(1) + "}").param("u", medewerker).update();
                    return id;
                });
        awareId = jdbc.sql("SELECT id FROM aware_application WHERE dossier_id = :d LIMIT 1").param("d", dossierId)
                .query(UUID.class).optional().orElseGet(() -> {
                    UUID id = UUID.randomUUID();
                    List<UUID> persons = jdbc.sql("SELECT person_id FROM dossier_person WHERE dossier_id = :d").param("d", dossierId)
                            .query(UUID.class).list();
                    jdbc.sql("""
                            INSERT INTO aware_application (id, dossier_id, victim_id, perpetrator_id, fear_description, applied_on,
                                created_by, created_at) VALUES (:id, :d, :v, :p, 'vrees', current_date, :u, now())""")
                            .param("id", id).param("d", dossierId).param("v", persons.get(0)).param("p", persons.get(1))
                            .param("u", medewerker).update();
                    return id;
                });
        interventionId = jdbc.sql("SELECT id FROM crisis_intervention WHERE dossier_id = :d LIMIT 1").param("d", dossierId)
                .query(UUID.class).optional().orElseGet(() -> {
                    UUID id = UUID.randomUUID();
                    jdbc.sql("""
                            INSERT INTO crisis_intervention (id, dossier_id, acted_by, acted_at, mode, what_happened, how_it_arose,
                                immediate_needs, next_step, created_at)
                            VALUES (:id, :d, :u, now(), 'PHONE', 'x', 'x', 'x', 'ASSESSMENT', now())""")
                            .param("id", id).param("d", dossierId).param("u", medewerker).update();
                    return id;
                });
        personId = jdbc.sql("SELECT person_id FROM dossier_person WHERE dossier_id = :d ORDER BY person_id LIMIT 1")
                .param("d", dossierId).query(UUID.class).single();
        adviceId = jdbc.sql("SELECT id FROM advice_request WHERE created_by = :u LIMIT 1")
                .param("u", medewerker).query(UUID.class).single();
        if (rightsRequest == null) {
            rightsRequest = registerRightsRequest();
        }
        selectionId = researchSelectionOnAnotherDossier();
        throwawayUser = directory.createPerson(new StaffDirectory.NewStaffMember(
                "matrix-" + UUID.randomUUID().toString().substring(0, 8), "Matrix", "juist-wachtwoord-42",
                EnumSet.of(Role.SECRETARIAT), Set.of(), false)).id();
    }

    /** A research selection of the demo onderzoeker, running today, on a dossier that is not the one under test. */
    UUID researchSelectionOnAnotherDossier() {
        UUID id = UUID.randomUUID();
        UUID other = jdbc.sql("SELECT id FROM dossier WHERE id <> :d ORDER BY opened_on LIMIT 1").param("d", dossierId)
                .query(UUID.class).single();
        jdbc.sql("""
                INSERT INTO external_selection (id, user_id, kind, purpose, valid_from, valid_until, created_by, created_at)
                VALUES (:id, :u, 'RESEARCH', 'Toegangsmatrix', :today, :today, :fg, now())""")
                .param("id", id).param("u", directory.findByUsername("onderzoeker").orElseThrow().id())
                .param("today", DutchTime.today(clock)).param("fg", directory.findByUsername("fg").orElseThrow().id()).update();
        jdbc.sql("INSERT INTO external_selection_dossier (selection_id, dossier_id) VALUES (:s, :d)")
                .param("s", id).param("d", other).update();
        return id;
    }

    @Test
    void everyEndpointIsInTheTable() {
        Set<String> actual = endpoints();
        assertThat(new TreeSet<>(actual)).as("endpoints missing from the access matrix")
                .isSubsetOf(EXPECTED.keySet());
        Set<String> stale = new TreeSet<>(EXPECTED.keySet());
        stale.removeAll(actual);
        stale.removeAll(OUTSIDE_MVC);
        assertThat(stale).as("table rows for endpoints that no longer exist").isEmpty();
    }

    @Test
    void everyEndpointAnswersEveryRoleAndAnonymousAsTheTableSays() throws Exception {
        List<String> wrong = new ArrayList<>();
        int calls = 0;
        for (var row : EXPECTED.entrySet()) {
            String endpoint = row.getKey();
            if (endpoint.endsWith(" /error")) {
                continue;
            }
            MockHttpServletResponse anonymous = mvc.perform(build(endpoint)).andReturn().getResponse();
            boolean anonymousAllowed = allowed(endpoint, anonymous);
            if (anonymousAllowed != (row.getValue() == PUBLIC)) {
                wrong.add(endpoint + " anonymous -> " + anonymous.getStatus() + " " + anonymous.getRedirectedUrl());
            }
            for (Role role : Role.values()) {
                long before = jdbc.sql("SELECT last_seq FROM access_log_head").query(Long.class).single();
                MockHttpServletResponse response = mvc.perform(as(build(endpoint), endpoint, role)).andReturn().getResponse();
                boolean expected = row.getValue() == PUBLIC || row.getValue().contains(role);
                if (allowed(endpoint, response) != expected) {
                    wrong.add(endpoint + " " + role + " -> " + response.getStatus() + " " + response.getRedirectedUrl()
                            + " (expected " + (expected ? "allowed" : "denied") + ")");
                }
                calls++;
                // One entry per dossier per call: no dossier in two entries of one request; a call on a dossier of
                // its own (allowed or refused) leaves at least one entry about it.
                List<UUID> logged = jdbc.sql("SELECT unnest(dossier_ids) FROM access_log_entry WHERE seq > :s")
                        .param("s", before).query(UUID.class).list();
                if (logged.size() != new HashSet<>(logged).size()) {
                    wrong.add(endpoint + " " + role + " -> the same dossier in more than one access-log entry");
                }
                // (A refused input, 400 or 409, reads and stores nothing and is rolled back; the emergency-access form
                // shows nothing of the dossier.)
                int status = response.getStatus();
                if (endpoint.contains("/dossiers/{id}") && (status < 400 || status == 403) && !logged.contains(dossierId)
                        && !endpoint.equals("GET /dossiers/{id}/noodtoegang")) {
                    wrong.add(endpoint + " " + role + " -> " + response.getStatus() + " without an access-log entry on the dossier");
                }
            }
        }
        assertThat(wrong).as("answers that differ from the access matrix (%d calls)", calls).isEmpty();
    }

    private Set<String> endpoints() {
        Set<String> result = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            Set<RequestMethod> effective = methods.isEmpty()
                    ? EnumSet.of(RequestMethod.GET, RequestMethod.POST, RequestMethod.PUT, RequestMethod.DELETE, RequestMethod.PATCH)
                    : methods;
            for (String pattern : info.getPatternValues()) {
                for (RequestMethod m : effective) {
                    result.add(m.name() + " " + pattern);
                }
            }
        });
        return result;
    }

    private MockHttpServletRequestBuilder build(String endpoint) {
        String[] parts = endpoint.split(" ", 2);
        String path = parts[1];
        if (path.startsWith("/api/v1/external-selections/{id}") || path.startsWith("/externe-toegang/{id}")) {
            path = path.replace("{id}", selectionId.toString());
        } else if (path.startsWith("/api/v1/rights-requests/{id}") || path.startsWith("/rechten/{id}")) {
            path = path.replace("{id}", rightsRequest.toString());
        } else if (path.startsWith("/meldingen/{id}") || path.startsWith("/api/v1/reports/{id}")) {
            path = path.replace("{id}", reportId.toString());
        } else if (path.startsWith("/adviezen/{id}") || path.startsWith("/api/v1/advice-requests/{id}")) {
            path = path.replace("{id}", adviceId.toString());
        } else if (path.startsWith("/dossiers/") || path.startsWith("/api/v1/dossiers/")) {
            path = path.replace("{id}", dossierId.toString());
        } else if (path.equals("/api/v1/persons/{id}/disclosures")) {
            path = path.replace("{id}", personId.toString());
        } else if (path.startsWith("/beheer/gebruikers/")) {
            path = path.replace("{id}", throwawayUser.toString());
        }
        path = path.replace("{id}", UUID.randomUUID().toString()).replace("{tokenId}", UUID.randomUUID().toString())
                .replace("{consultationId}", UUID.randomUUID().toString()).replace("{workerId}", UUID.randomUUID().toString())
                .replace("{grantId}", UUID.randomUUID().toString()).replace("{taskId}", taskId.toString()).replace("{code}", "NO_SUCH_FACTOR")
                .replace("{orderId}", orderId.toString()).replace("{applicationId}", awareId.toString())
                .replace("{interventionId}", interventionId.toString())
                .replace("{conversationId}", UUID.randomUUID().toString())
                .replace("{personId}", personId.toString()).replace("{changeId}", UUID.randomUUID().toString())
                .replace("{entryId}", UUID.randomUUID().toString()).replace("{documentId}", UUID.randomUUID().toString())
                .replace("{signalId}", UUID.randomUUID().toString()).replace("{transferId}", UUID.randomUUID().toString())
                .replace("{disclosureId}", UUID.randomUUID().toString())
                .replace("{dossierId}", UUID.randomUUID().toString()).replace("{userId}", UUID.randomUUID().toString())
                .replace("{requestId}", UUID.randomUUID().toString()).replace("{passageId}", UUID.randomUUID().toString())
                .replace("{token}", "A".repeat(43));
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(parts[0]), path).with(csrf());
        if (path.equals("/api/v1/access-log")) {
            request.param("dossierId", dossierId.toString());
        }
        if (path.equals("/api/v1/staff")) {
            request.param("role", Role.BEHAVIOURAL_SCIENTIST.name());
        }
        if (List.of("POST", "PUT", "DELETE").contains(parts[0]) && isApi(endpoint)) {
            request.contentType(MediaType.APPLICATION_JSON).content("{}");
        }
        return request;
    }

    private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String endpoint, Role role) {
        String username = DEMO_USER.get(role);
        if (isApi(endpoint)) {
            return request.header("Authorization", "Bearer demo-" + username);
        }
        return request.with(authentication(TestLogins.authentication(directory, clock, username)));
    }

    private static boolean isApi(String endpoint) {
        String path = endpoint.split(" ", 2)[1];
        return path.startsWith("/api/") || path.startsWith("/actuator/") || path.startsWith("/v3/");
    }

    private static boolean allowed(String endpoint, MockHttpServletResponse response) {
        if (response.getStatus() == 401 || response.getStatus() == 403) {
            return false;
        }
        String redirect = response.getRedirectedUrl();
        return !(redirect != null && (redirect.endsWith("/login") || redirect.contains("/login?")) && !isApi(endpoint)
                && !endpoint.startsWith("POST /login") && !endpoint.startsWith("GET /login")
                && !endpoint.endsWith("/setup"));
    }
}
