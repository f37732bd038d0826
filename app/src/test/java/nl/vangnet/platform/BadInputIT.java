package nl.vangnet.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.vangnet.support.IntegrationTest;
import nl.vangnet.support.MutableClock;
import nl.vangnet.support.TestData;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Bad input gets a 4xx problem with a Dutch message at its field, never a 5xx, and a refused request stores nothing:
 * each case here answered 500 (or stored an absurd value) before.
 */
@IntegrationTest
class BadInputIT {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;
    @LocalServerPort int port;

    ResultActions post(String path, String token, String json) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(path).header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    /** Persons stored under this surname: a refused report or advice request stores none. */
    int reportsAbout(String surname) {
        return jdbc.sql("select count(*) from person where surname = :s").param("s", surname).query(Integer.class).single();
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/Amsterdam"));
    }

    @Test
    void aNulCharacterInAnyTextIsRefusedAtItsFieldAndNothingIsStored() throws Exception {
        String surname = TestData.uniqueSurname("Nul");
        String report = TestData.exampleReport(TestData.randomBsn(), surname)
                .replace("Sem komt vaak", "Sem komt\\u0000 vaak");
        post("/api/v1/reports", "demo-medewerker", report)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.invalidParams[0].name").value("concern"))
                .andExpect(jsonPath("$.invalidParams[0].reason").value("Bevat een ongeldig (stuur)teken."));
        post("/api/v1/reports", "demo-medewerker", TestData.exampleReport(TestData.randomBsn(), surname)
                .replace("\"givenNames\":\"Sem\"", "\"givenNames\":\"S\\u0085em\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("persons[0].givenNames"));
        assertThat(reportsAbout(surname)).isZero();
    }

    @Test
    void aMegabyteStringIsRefusedAtItsField() throws Exception {
        String surname = TestData.uniqueSurname("Groot");
        post("/api/v1/reports", "demo-medewerker", TestData.exampleReport(TestData.randomBsn(), surname)
                .replace("\"A. Voorbeeld\"", "\"" + "A".repeat(1_000_000) + "\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("reporter.name"))
                .andExpect(jsonPath("$.invalidParams[0].reason").value("Ten hoogste " + Checks.MAX_TEXT + " tekens."));
        assertThat(reportsAbout(surname)).isZero();
    }

    @Test
    void multipartOrAWildcardContentTypeOnAJsonEndpointIs415ProblemJson() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String type : new String[] {"multipart/form-data", "*/*", "text/plain", "application/json; charset=nonsense"}) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/reports"))
                    .header("Authorization", "Bearer demo-medewerker").header("Content-Type", type)
                    .POST(HttpRequest.BodyPublishers.ofString(TestData.exampleReport(TestData.randomBsn(), TestData.uniqueSurname("Type"))))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(type).isEqualTo(415);
            assertThat(response.headers().firstValue("Content-Type")).as(type).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        }
    }

    @Test
    void nullItemsInArraysAreRefusedNotAnError() throws Exception {
        String surname = TestData.uniqueSurname("Leeg");
        post("/api/v1/reports", "demo-medewerker", TestData.exampleReport(TestData.randomBsn(), surname)
                .replace("\"violenceTypes\":[\"CHILD_ABUSE\"]", "\"violenceTypes\":[null]"))
                .andExpect(status().isBadRequest());
        post("/api/v1/reports", "demo-medewerker", TestData.exampleReport(TestData.randomBsn(), surname)
                .replace("\"persons\":[", "\"persons\":[null,"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[*].name", hasItem("persons[0]")));
        assertThat(reportsAbout(surname)).isZero();
    }

    @Test
    void aCrisisProfessionalWithoutItsKindOrEmptyIsRefusedAtItsField() throws Exception {
        String report = post("/api/v1/reports", "demo-crisisdienst", TestData.exampleReport(TestData.randomBsn(), TestData.uniqueSurname("Crisis")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String base = "/api/v1/dossiers/" + JsonPath.read(report, "$.dossierId") + "/crisis-interventions";
        post(base, "demo-crisisdienst", "{\"mode\":\"ON_SITE\",\"whatHappened\":\"w\",\"howItArose\":\"h\",\"immediateNeeds\":\"i\","
                + "\"nextStep\":\"ASSESSMENT\",\"professionals\":[{\"name\":\"Dr. Smit\",\"withPersonConsent\":true},null]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[*].name", Matchers.hasItems("professionals[0].kind", "professionals[1]")));
    }

    @Test
    void datesOutsideAPlausibleRangeAreRefused() throws Exception {
        String surname = TestData.uniqueSurname("Datum");
        for (String dateOfBirth : new String[] {"-999999999-01-01", "+1000000-01-01", "1850-01-01"}) {
            post("/api/v1/reports", "demo-medewerker", TestData.exampleReport(TestData.randomBsn(), surname)
                    .replace("2017-03-01", dateOfBirth))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.invalidParams[0].name").value("persons[0].dateOfBirth"));
        }
        post("/api/v1/reports", "demo-medewerker", TestData.exampleReport(TestData.randomBsn(), surname)
                .replace("2026-04-30T10:15:00+02:00", "+1000000-04-30T10:15:00+02:00"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("receivedAt"));
        assertThat(reportsAbout(surname)).isZero();
        String advice = """
                {"receivedAt":"2026-11-02T14:00:00+01:00","channel":"CHAT","seeker":{"name":"Buurvrouw","type":"PRIVATE"},
                 "concern":"Zorgen om de buren.","violenceTypes":["CHILD_ABUSE"],"callBackOn":"%s",
                 "persons":[{"role":"CHILD","surname":"%s","givenNames":"Tim"}]}""";
        for (String callBack : new String[] {"+1000000-01-01", today().plusYears(3).toString(), "2026-99-01"}) {
            post("/api/v1/advice-requests", "demo-medewerker", advice.formatted(callBack, surname).replace("2026-11-02T14:00:00+01:00",
                    OffsetDateTime.now(clock.withZone(ZoneId.of("Europe/Amsterdam"))).minusHours(3).withNano(0).toString()))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.invalidParams[0].name").value("callBackOn"));
        }
        assertThat(jdbc.sql("select count(*) from person where surname = :s").param("s", surname)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void extremeYearsInAFilterOrNumbersAsDatesAreRefused() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/api/v1/access-log").header("Authorization", "Bearer demo-fg")
                        .queryParam("from", "+1000000-01-01"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("from"));
        mvc.perform(MockMvcRequestBuilders.get("/api/v1/access-log").header("Authorization", "Bearer demo-fg")
                        .queryParam("to", "-999999999-01-01"))
                .andExpect(status().isBadRequest());
        mvc.perform(MockMvcRequestBuilders.get("/api/v1/access-log").header("Authorization", "Bearer demo-fg")
                        .queryParam("limit", "-1"))
                .andExpect(status().isBadRequest());
        mvc.perform(MockMvcRequestBuilders.get("/api/v1/persons/search").header("Authorization", "Bearer demo-medewerker")
                        .queryParam("name", "Jansen").queryParam("dateOfBirth", "+1000000-01-01"))
                .andExpect(status().isBadRequest());
        String worker = jdbc.sql("select id::text from staff_user where username = 'medewerker'").query(String.class).single();
        post("/api/v1/substitutes", "demo-teamleider", "{\"workerId\":\"%s\",\"substituteId\":\"%s\",\"from\":99999999999,\"to\":12}"
                .formatted(worker, worker))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aFieldsOwnShorterLimitIsEnforcedAtItsFieldAsTheOpenApiStatesIt() throws Exception {
        String surname = TestData.uniqueSurname("Kort");
        post("/api/v1/reports", "demo-medewerker", TestData.exampleReport(TestData.randomBsn(), surname)
                .replace("\"A. Voorbeeld\"", "\"" + "A".repeat(Checks.MAX_SHORT_TEXT + 1) + "\""))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.invalidParams[0].name").value("reporter.name"))
                .andExpect(jsonPath("$.invalidParams[0].reason").value("Ten hoogste " + Checks.MAX_SHORT_TEXT + " tekens."));
        assertThat(reportsAbout(surname)).isZero();
        String docs = mvc.perform(MockMvcRequestBuilders.get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
        assertThat((Integer) JsonPath.read(docs, "$.components.schemas.ReporterInput.properties.name.maxLength")).isEqualTo(Checks.MAX_SHORT_TEXT);
        assertThat((Integer) JsonPath.read(docs, "$.components.schemas.ReportInput.properties.concern.maxLength")).isEqualTo(Checks.MAX_TEXT);
        assertThat((String) JsonPath.read(docs, "$.components.schemas.PersonInput.properties.dateOfBirth.format")).isEqualTo("date");
        assertThat((List<String>) JsonPath.read(docs, "$.components.schemas.ReportInput.properties.channel.enum")).contains("PHONE");
    }

    /** Every text property of every request body's schema has a maximum length, a format (date, id) or a closed set. */
    @Test
    @SuppressWarnings("unchecked")
    void theOpenApiStatesALimitForEveryTextOfEveryRequest() throws Exception {
        String docs = mvc.perform(MockMvcRequestBuilders.get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
        Map<String, Object> schemas = JsonPath.read(docs, "$.components.schemas");
        List<String> refs = JsonPath.read(docs, "$.paths.*.*.requestBody.content.*.schema.$ref");
        Deque<String> todo = new ArrayDeque<>(refs);
        Set<String> seen = new HashSet<>();
        List<String> unlimited = new ArrayList<>();
        while (!todo.isEmpty()) {
            String name = todo.pop().replace("#/components/schemas/", "");
            if (!seen.add(name)) {
                continue;
            }
            Map<String, Object> properties = (Map<String, Object>) ((Map<String, Object>) schemas.get(name))
                    .getOrDefault("properties", Map.of());
            properties.forEach((property, value) -> {
                Map<String, Object> schema = (Map<String, Object>) value;
                if (schema.get("items") instanceof Map<?, ?> items) {
                    schema = (Map<String, Object>) items;
                }
                if (schema.get("$ref") instanceof String ref) {
                    todo.push(ref);
                } else if ("string".equals(schema.get("type")) && !schema.containsKey("maxLength")
                        && !schema.containsKey("format") && !schema.containsKey("enum")) {
                    unlimited.add(name + "." + property);
                }
            });
        }
        assertThat(seen).hasSizeGreaterThan(20);
        assertThat(unlimited).isEmpty();
    }

    @Test
    void aControlCharacterInTheIdempotencyKeyIsRefused() throws Exception {
        String surname = TestData.uniqueSurname("Sleutel");
        mvc.perform(MockMvcRequestBuilders.post("/api/v1/reports").header("Authorization", "Bearer demo-medewerker")
                        .header("Idempotency-Key", "sleutel\u0007")
                        .contentType(MediaType.APPLICATION_JSON).content(TestData.exampleReport(TestData.randomBsn(), surname)))
                .andExpect(status().isBadRequest());
        assertThat(reportsAbout(surname)).isZero();
    }
}
