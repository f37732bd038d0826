package nl.vangnet.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.UnaryOperator;
import nl.vangnet.retention.DestructionLists;
import nl.vangnet.staff.SecondFactor;
import nl.vangnet.staff.StaffDirectory;
import nl.vangnet.staff.TestLogins;
import nl.vangnet.support.Cases;
import nl.vangnet.support.IntegrationTest;
import nl.vangnet.support.MutableClock;
import nl.vangnet.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The examples in the OpenAPI document are true: every request body's documented example, sent to its operation as
 * a user who may, is accepted (a 2xx answer, in the state the example is written for), and leaving out any one of the
 * fields the schema lists as required is refused with a 400 at that field (the top-level fields of each body). Only what cannot be the same in every
 * installation is put over the example: the ids of the persons, staff, conversations and conditions it names, and the
 * authenticator code. The state each operation needs is built through the API on 4 May 2026; the examples are sent on
 * 11 May 2026 (the monitoring contact three months later), the days their dates are written for.
 */
@IntegrationTest
@SuppressWarnings("unchecked")
class OpenApiExamplesIT {

    static final Instant BUILT = OffsetDateTime.parse("2026-05-04T09:00:00+02:00").toInstant();
    static final Instant SENT = OffsetDateTime.parse("2026-05-11T12:00:00+02:00").toInstant();
    static final Instant MONITORED = OffsetDateTime.parse("2026-08-10T12:00:00+02:00").toInstant();

    /** Where the application names a missing required field otherwise: an incomplete period is refused at its end. */
    static final Map<String, String> REFUSED_AT = Map.of("post /substitutes from", "to");

    static final String ME = "demo-medewerker";

    @Autowired MockMvc mvc;
    @Autowired StaffDirectory directory;
    @Autowired MutableClock clock;
    @Autowired SecondFactor secondFactor;
    @Autowired JdbcClient jdbc;
    @Autowired DestructionLists destructionLists;

    final ObjectMapper json = JsonMapper.builder().build();
    final Map<String, Map<String, Object>> operations = new LinkedHashMap<>();
    final Map<String, Map<String, Object>> schemas = new HashMap<>();
    final List<String> wrong = new ArrayList<>();
    final TreeSet<String> sent = new TreeSet<>();

    @Test
    void everyDocumentedRequestExampleIsAcceptedAndEachRequiredFieldIsRefusedWhenLeftOut() throws Exception {
        readTheDocument();
        Cases cases = new Cases(mvc, directory, clock);

        // The state, built on 4 May.
        clock.set(BUILT);
        String flowReport = id(cases.post("/api/v1/reports", ME, TestData.exampleReport(TestData.randomBsn(),
                TestData.uniqueSurname("Voorbeeld"))).andExpect(status().isCreated()), "$.id");
        String adults = body(cases.post("/api/v1/reports", ME, adultReport()).andExpect(status().isCreated()));
        String adultDossier = JsonPath.read(adults, "$.dossierId");
        String victim = JsonPath.<List<String>>read(adults, "$.persons[?(@.role == 'VICTIM')].personId").getFirst();
        String perpetrator = JsonPath.<List<String>>read(adults, "$.persons[?(@.role == 'ALLEGED_PERPETRATOR')].personId").getFirst();
        Cases.Case investigation = cases.decided("INVESTIGATION");
        Cases.Case stopped = cases.decided("INVESTIGATION");
        Cases.Case conditions = cases.decided("CONDITIONS_AND_FOLLOW_UP");
        Cases.Case handover = cases.decided("HANDOVER");
        Cases.Case rvdk = cases.decided("RVDK_INVESTIGATION_REQUEST");
        Cases.Case closing = cases.decided("CLOSE_NO_UNSAFETY");
        Cases.Case transferred = cases.decided("CLOSE_NO_UNSAFETY");
        String child = JsonPath.<List<String>>read(body(cases.get("/api/v1/dossiers/" + investigation.dossierId(), ME)),
                "$.persons[?(@.role == 'CHILD')].personId").getFirst();
        String worker = staff("medewerker");
        String crisisWorker = staff("crisisdienst");

        // The examples, sent on 11 May.
        clock.set(SENT);
        send("post /reports", "/reports", ME, Map.of());
        String advice = id(send("post /advice-requests", "/advice-requests", ME, Map.of()), "$.id");
        send("post /advice-requests/{id}/contacts", "/advice-requests/" + advice + "/contacts", ME, Map.of());

        String report = "/reports/" + flowReport;
        send("post /reports/{id}/verification", report + "/verification", ME, Map.of());
        send("post /reports/{id}/reporter-informed", report + "/reporter-informed", ME, Map.of());
        send("post /reports/{id}/assessment", report + "/assessment", ME, Map.of("confirmerId", staff("gedragswetenschapper")));
        send("post /reports/{id}/assessment/confirmation", report + "/assessment/confirmation", "demo-gedragswetenschapper", Map.of());
        send("post /reports/{id}/informing", report + "/informing", ME, Map.of());

        String closingTasks = body(cases.get("/api/v1/dossier-tasks", ME));
        List<String> tasksToClose = JsonPath.read(closingTasks, "$[?(@.dossierId == '" + closing.dossierId() + "')].id");
        for (String task : tasksToClose) {
            send("post /dossier-tasks/{taskId}/done", "/dossier-tasks/" + task + "/done", ME, Map.of());
        }
        send("post /dossiers/{id}/close", "/dossiers/" + closing.dossierId() + "/close", ME, Map.of());
        // Issue 12 §5: a VIR signal for a child; a dossier that may close transferred to another region.
        send("post /dossiers/{id}/vir-signals", "/dossiers/" + investigation.dossierId() + "/vir-signals", ME,
                Map.of("personId", child));
        cases.noticesDone(transferred.dossierId());
        send("post /dossiers/{id}/region-transfers", "/dossiers/" + transferred.dossierId() + "/region-transfers", ME, Map.of());
        String notice = JsonPath.<List<String>>read(closingTasks, "$[?(@.dossierId == '" + rvdk.dossierId()
                + "' && @.kind == 'REGISTRATION_NOTICE')].id").getFirst();
        send("post /dossier-tasks/{taskId}/extension", "/dossier-tasks/" + notice + "/extension", ME, Map.of());

        String dossier = "/dossiers/" + investigation.dossierId();
        send("post /dossiers/{id}/assignments", dossier + "/assignments", "demo-teamleider", Map.of("workerId", worker));
        send("post /substitutes", "/substitutes", "demo-teamleider", Map.of("workerId", worker, "substituteId", crisisWorker));
        send("post /dossiers/{id}/consultations", dossier + "/consultations", ME, Map.of("consultantId", staff("jurist")));
        String grant = id(send("post /dossiers/{id}/emergency-access", "/dossiers/" + rvdk.dossierId() + "/emergency-access",
                "demo-crisisdienst", Map.of("code", (UnaryOperator<Object>) code ->
                        TestLogins.nextCode(secondFactor, clock, TestLogins.DEMO_SECRET))), "$.id");
        send("post /emergency-access/{grantId}/review", "/emergency-access/" + grant + "/review", "demo-teamleider", Map.of());

        String adult = "/dossiers/" + adultDossier;
        String application = id(send("post /dossiers/{id}/aware", adult + "/aware", ME,
                Map.of("victimId", victim, "perpetratorId", perpetrator)), "$.id");
        send("post /dossiers/{id}/aware/{applicationId}/decision", adult + "/aware/" + application + "/decision", ME, Map.of());
        send("post /dossiers/{id}/aware/{applicationId}/device", adult + "/aware/" + application + "/device", ME, Map.of());
        send("post /dossiers/{id}/aware/{applicationId}/return", adult + "/aware/" + application + "/return", ME, Map.of());
        String order = id(send("post /dossiers/{id}/restraining-orders", adult + "/restraining-orders", ME,
                Map.of("orderedOutPersonId", perpetrator, "protectedPersonIds", List.of(victim))), "$.id");
        send("post /dossiers/{id}/restraining-orders/{orderId}/extension", adult + "/restraining-orders/" + order + "/extension",
                ME, Map.of());
        send("post /dossiers/{id}/restraining-orders/{orderId}/veilig-thuis", adult + "/restraining-orders/" + order
                + "/veilig-thuis", ME, Map.of());
        send("post /dossiers/{id}/crisis-interventions", adult + "/crisis-interventions", ME, Map.of());
        // Correcting what was registered: a person added, corrected and taken out again; a report corrected.
        String added = JsonPath.read(body(send("post /dossiers/{id}/persons", adult + "/persons", ME, Map.of())),
                "$.person.personId");
        send("put /dossiers/{id}/persons/{personId}", adult + "/persons/" + perpetrator, ME, Map.of());
        send("delete /dossiers/{id}/persons/{personId}", adult + "/persons/" + added, ME, Map.of());
        send("post /reports/{id}/corrections", report + "/corrections", ME, Map.of());
        send("put /dossiers/{id}/household", adult + "/household", ME, Map.of());
        send("post /dossiers/{id}/journal", adult + "/journal", ME, Map.of("personIds", List.of(victim),
                "occurredAt", OffsetDateTime.now(clock).minusHours(1).withNano(0).toString()));
        send("post /dossiers/{id}/letters", adult + "/letters", ME, Map.of("addresseePersonId", victim));
        // A rights request of the victim (issue 13 §1): taken in by the worker, extended and decided by the FG.
        String rights = "/rights-requests/" + id(send("post /rights-requests", "/rights-requests", ME,
                Map.of("personId", victim, "dossierId", adultDossier, "consentedPersonIds", List.of())), "$.id");
        send("post /rights-requests/{id}/extension", rights + "/extension", "demo-fg", Map.of());
        send("post /rights-requests/{id}/decision", rights + "/decision", "demo-fg", Map.of());
        // A restriction of the victim (issue 13 §3), granted by the FG and lifted again with the reason.
        String restricted = "/rights-requests/" + id(send("post /rights-requests", "/rights-requests", ME,
                Map.of("personId", victim, "dossierId", adultDossier, "kind", "RESTRICTION", "consentedPersonIds", List.of())),
                "$.id");
        send("post /rights-requests/{id}/decision", restricted + "/decision", "demo-fg", Map.of());
        send("post /rights-requests/{id}/restriction-lift", restricted + "/restriction-lift", "demo-fg", Map.of());
        send("post /dossiers/{id}/disclosures", adult + "/disclosures", ME, Map.of("personIds", List.of(victim)));
        String external = id(send("post /admin/external-accounts", "/admin/external-accounts", "demo-applicatiebeheer",
                Map.of("username", "onderzoeker-" + UUID.randomUUID().toString().substring(0, 8))), "$.userId");
        send("post /external-selections", "/external-selections", "demo-fg", Map.of("userId", external, "dossierReferences",
                List.of(JsonPath.<String>read(body(cases.get("/api/v1" + adult, ME)), "$.reference"))));
        // An information request, the worker's phone record of the answer, a new link, and the decision to share a
        // passage (marked here as the professional's page would, which needs the mail and the code: InformationRequestIT).
        String asked = adult + "/information-requests/" + id(send("post /dossiers/{id}/information-requests",
                adult + "/information-requests", ME, Map.of("personIds", List.of(victim))), "$.id");
        send("post /dossiers/{id}/information-requests/{requestId}/answer", asked + "/answer", ME, Map.of());
        UUID passage = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO information_request_passage (id, version_id, start_offset, end_offset, reason)
                SELECT :p, v.id, 0, 8, 'OWN_SAFETY' FROM information_request_version v
                WHERE v.request_id = CAST(:r AS uuid)""")
                .param("p", passage).param("r", asked.substring(asked.lastIndexOf('/') + 1)).update();
        send("post /dossiers/{id}/information-requests/{requestId}/passages/{passageId}/share-decision",
                asked + "/passages/" + passage + "/share-decision", ME, Map.of());

        String planned = body(send("post /dossiers/{id}/investigation/conversations", dossier + "/investigation/conversations",
                ME, Map.of("personId", child)));
        String other = JsonPath.read(body(send("post /dossiers/{id}/investigation/conversations", dossier + "/investigation/conversations",
                ME, Map.of("personId", child))), "$.conversations[1].id");
        send("put /dossiers/{id}/investigation/conversations/{conversationId}", dossier + "/investigation/conversations/" + other,
                ME, Map.of("personId", child));
        send("post /dossiers/{id}/investigation/conversations/{conversationId}/cancel", dossier + "/investigation/conversations/"
                + other + "/cancel", ME, Map.of());
        send("post /dossiers/{id}/investigation/conversations/{conversationId}/held", dossier + "/investigation/conversations/"
                + JsonPath.read(planned, "$.conversations[0].id") + "/held", ME, Map.of());
        send("post /dossiers/{id}/investigation/findings", dossier + "/investigation/findings", ME, Map.of());
        send("post /dossiers/{id}/investigation/conclusion", dossier + "/investigation/conclusion", ME, Map.of());
        send("post /dossiers/{id}/investigation/next-step", dossier + "/investigation/next-step", ME, Map.of());
        send("post /dossiers/{id}/investigation/reporter-feedback", dossier + "/investigation/reporter-feedback", ME, Map.of());
        send("post /dossiers/{id}/investigation/stop", "/dossiers/" + stopped.dossierId() + "/investigation/stop", ME, Map.of());

        String monitored = "/dossiers/" + conditions.dossierId();
        String condition = JsonPath.read(body(send("post /dossiers/{id}/conditions", monitored + "/conditions", ME, Map.of())),
                "$.conditions[0].id");
        send("post /dossiers/{id}/handover-meeting", monitored + "/handover-meeting", ME, Map.of());
        send("post /dossiers/{id}/handover", "/dossiers/" + handover.dossierId() + "/handover", ME, Map.of());
        send("post /dossiers/{id}/rvdk-request", "/dossiers/" + rvdk.dossierId() + "/rvdk-request", ME, Map.of());
        clock.set(MONITORED);
        send("post /dossiers/{id}/monitoring-contacts", monitored + "/monitoring-contacts", ME, Map.of("checks",
                (UnaryOperator<Object>) checks -> List.of(with((Map<String, Object>) ((List<Object>) checks).getFirst(),
                        "conditionId", condition))));

        // Issue 13 §4: a legal hold; two destruction lists of a granted request each (as rights.DestructionGranted
        // makes them): one dossier taken off, the other approved and so destroyed.
        send("put /retention/legal-holds/{dossierId}", "/retention/legal-holds/" + adultDossier, "demo-fg", Map.of());
        String kept = JsonPath.read(body(cases.post("/api/v1/reports", ME, TestData.exampleReport(TestData.randomBsn(),
                TestData.uniqueSurname("Bewaard")))), "$.dossierId");
        UUID keptList = destructionLists.requested(UUID.fromString(kept), null, DutchTime.today(clock));
        send("post /retention/destruction-lists/{id}/dossiers/{dossierId}/removal", "/retention/destruction-lists/" + keptList
                + "/dossiers/" + kept + "/removal", "demo-fg", Map.of());
        String destroyed = JsonPath.read(body(cases.post("/api/v1/reports", ME, TestData.exampleReport(TestData.randomBsn(),
                TestData.uniqueSurname("Vernietigd")))), "$.dossierId");
        UUID destroyedList = destructionLists.requested(UUID.fromString(destroyed), null, DutchTime.today(clock));
        send("post /retention/destruction-lists/{id}/approval", "/retention/destruction-lists/" + destroyedList + "/approval",
                "demo-fg", Map.of());

        assertThat(wrong).isEmpty();
        assertThat(sent).as("every operation that takes a body has its example sent here").isEqualTo(new TreeSet<>(operations.keySet()));
    }

    /**
     * Sends the documented example of {@code operation} to {@code path} as {@code token}, with {@code replace} put over
     * its ids (a value, or a function of the example's value): first once without each required field, which must be
     * refused with a 400 at that field; then whole, which must not be refused as bad input.
     */
    MockHttpServletResponse send(String operation, String path, String token, Map<String, Object> replace) throws Exception {
        Map<String, Object> op = operations.get(operation);
        if (op == null) {
            wrong.add(operation + " has no documented example");
            return new MockHttpServletResponse();
        }
        sent.add(operation);
        // A documented BSN is everyone's example: each send gets a person of its own, so that no other test's report
        // joins this one's dossier (whatever order the tests run in).
        Map<String, Object> example = (Map<String, Object>) withOwnBsns(new LinkedHashMap<>((Map<String, Object>) op.get("example")));
        replace.forEach((field, value) -> example.put(field,
                value instanceof UnaryOperator<?> f ? ((UnaryOperator<Object>) f).apply(example.get(field)) : value));
        for (String field : (List<String>) op.get("required")) {
            Map<String, Object> without = new LinkedHashMap<>(example);
            without.remove(field);
            MockHttpServletResponse answer = request(operation, path, token, without);
            String at = REFUSED_AT.getOrDefault(operation + " " + field, field);
            List<String> names = answer.getStatus() == 400 ? JsonPath.read(answer.getContentAsString(), "$.invalidParams[*].name")
                    : List.of();
            if (names.stream().noneMatch(n -> n.equals(at) || n.startsWith(at + ".") || n.startsWith(at + "["))) {
                wrong.add(operation + " without " + field + ": " + answer.getStatus() + " " + names);
            }
        }
        MockHttpServletResponse answer = request(operation, path, token, example);
        if (answer.getStatus() < 200 || answer.getStatus() > 299) {
            wrong.add(operation + " example: " + answer.getStatus() + " " + answer.getContentAsString());
        }
        return answer;
    }

    /** A copy of {@code value} with every {@code bsn} replaced by a fresh valid one. */
    static Object withOwnBsns(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put((String) k, "bsn".equals(k) && v instanceof String ? TestData.randomBsn() : withOwnBsns(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(OpenApiExamplesIT::withOwnBsns).toList();
        }
        return value;
    }

    /** Sends {@code body} with the operation's method (post, put, delete). */
    MockHttpServletResponse request(String operation, String path, String token, Map<String, Object> body) throws Exception {
        String method = operation.substring(0, operation.indexOf(' ')).toUpperCase();
        return mvc.perform(MockMvcRequestBuilders.request(HttpMethod.valueOf(method), "/api/v1" + path)
                .header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body))).andReturn().getResponse();
    }

    /** Each operation with a body: its example and the required fields of its schema. */
    void readTheDocument() throws Exception {
        String docs = mvc.perform(MockMvcRequestBuilders.get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
        schemas.putAll(JsonPath.read(docs, "$.components.schemas"));
        Map<String, Map<String, Map<String, Object>>> paths = JsonPath.read(docs, "$.paths");
        paths.forEach((path, ops) -> ops.forEach((method, op) -> {
            if (op.get("requestBody") instanceof Map<?, ?> body
                    && ((Map<String, Object>) body.get("content")).get("application/json") instanceof Map<?, ?> media) {
                String ref = (String) ((Map<String, Object>) media.get("schema")).get("$ref");
                Map<String, Object> schema = schemas.get(ref.substring(ref.lastIndexOf('/') + 1));
                Map<String, Object> entry = new HashMap<>();
                entry.put("example", example((Map<String, Object>) media, docs));
                entry.put("required", schema.getOrDefault("required", List.of()));
                operations.put(method + " " + path, entry);
            }
        }));
    }

    /** The media type's example, or its first named example (given here or referred to in components/examples). */
    static Object example(Map<String, Object> media, String docs) {
        if (media.get("example") != null) {
            return media.get("example");
        }
        if (!(media.get("examples") instanceof Map<?, ?> examples) || examples.isEmpty()) {
            return Map.of();
        }
        Map<String, Object> named = (Map<String, Object>) examples.values().iterator().next();
        if (named.get("$ref") instanceof String ref) {
            named = JsonPath.read(docs, "$.components.examples['" + ref.substring(ref.lastIndexOf('/') + 1) + "']");
        }
        return named.get("value");
    }

    /** A report of partner violence between two adults: the victim and the alleged perpetrator. */
    static String adultReport() {
        return """
                {"receivedAt":"2026-05-04T08:30:00+02:00","channel":"POLICE_NOTICE",
                 "reporter":{"type":"PROFESSIONAL","category":"POLICE","name":"Wijkagent R. Bos","organisation":"Politie Midden-Nederland","anonymous":false},
                 "household":{"postcode":"3512CD","houseNumber":"8","municipalityCode":"GM0344"},
                 "persons":[{"role":"VICTIM","bsn":"%s","surname":"%s","givenNames":"Eva","dateOfBirth":"1990-02-11"},
                            {"role":"ALLEGED_PERPETRATOR","surname":"%s","givenNames":"Mark","dateOfBirth":"1988-07-23","postcode":"3512CD","houseNumber":"8"}],
                 "violenceTypes":["EX_PARTNER_VIOLENCE"],"concern":"De ex-partner van Eva bedreigt haar sinds de scheiding.","acuteDanger":false}
                """.formatted(TestData.randomBsn(), TestData.uniqueSurname("Slachtoffer"), TestData.uniqueSurname("Pleger"));
    }

    String staff(String username) {
        return directory.findByUsername(username).orElseThrow().id().toString();
    }

    static Map<String, Object> with(Map<String, Object> map, String field, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(map);
        copy.put(field, value);
        return copy;
    }

    static String body(ResultActions actions) throws Exception {
        return actions.andReturn().getResponse().getContentAsString();
    }

    static String id(ResultActions actions, String path) throws Exception {
        return JsonPath.read(body(actions), path);
    }

    static String id(MockHttpServletResponse response, String path) throws Exception {
        return JsonPath.read(response.getContentAsString(), path);
    }

    static String body(MockHttpServletResponse response) throws Exception {
        return response.getContentAsString();
    }
}
