package nl.vangnet.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.vangnet.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The OpenAPI document states what every operation answers and takes, as the NL API Design Rules ask and an
 * integrator needs, so the contract cannot drift: each test names what is wrong, operation by operation.
 */
@IntegrationTest
@SuppressWarnings("unchecked")
class OpenApiContractIT {

    /** The operations that create something: 201 with its Location. */
    static final Set<String> CREATING = Set.of("post /reports", "post /advice-requests", "post /substitutes",
            "post /dossiers/{id}/consultations", "post /dossiers/{id}/emergency-access", "post /dossiers/{id}/restraining-orders",
            "post /dossiers/{id}/crisis-interventions", "post /dossiers/{id}/aware", "post /dossiers/{id}/persons",
            "post /reports/{id}/corrections", "post /dossiers/{id}/journal", "post /dossiers/{id}/documents",
            "post /dossiers/{id}/letters", "post /dossiers/{id}/vir-signals", "post /dossiers/{id}/region-transfers",
            "post /rights-requests", "post /dossiers/{id}/disclosures", "post /dossiers/{id}/information-requests",
            "post /admin/external-accounts", "post /external-selections");

    /** How a request schema says that none of its fields is always needed (and its fields say when each is). */
    static final String NO_FIELD_ALWAYS_NEEDED = "Geen veld is altijd nodig";

    @Autowired MockMvc mvc;

    String docs;
    Map<String, Map<String, Map<String, Object>>> paths;
    Map<String, Map<String, Object>> schemas;

    @BeforeEach
    void document() throws Exception {
        docs = mvc.perform(MockMvcRequestBuilders.get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "openapi-contract.json"), docs);
        paths = JsonPath.read(docs, "$.paths");
        schemas = JsonPath.read(docs, "$.components.schemas");
    }

    interface Check {
        void on(String operation, Map<String, Object> op, Map<String, Map<String, Object>> responses, List<String> wrong);
    }

    List<String> everyOperation(Check check) {
        List<String> wrong = new ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, op) ->
                check.on(method + " " + path, op, (Map<String, Map<String, Object>>) op.get("responses"), wrong)));
        return wrong;
    }

    @Test
    void everyAnswerHasTheVersionHeaderAndEveryErrorIsAProblem() {
        assertThat(everyOperation((operation, op, responses, wrong) -> {
            if (op.containsKey("requestBody") && !responses.keySet().containsAll(List.of("400", "415"))) {
                wrong.add(operation + " does not state 400 and 415");
            }
            if (!responses.containsKey("400")) {
                wrong.add(operation + " does not state 400 (a header with a control character is refused on every operation)");
            }
            // Reports and advice requests answer a reused key with the first registration (their own keys).
            if (operation.startsWith("post ") && !Set.of("post /reports", "post /advice-requests").contains(operation)
                    && !responses.containsKey("422")) {
                wrong.add(operation + " does not state 422 for a reused Idempotency-Key");
            }
            responses.forEach((code, response) -> {
                Map<String, Object> headers = (Map<String, Object>) response.get("headers");
                if (headers == null || !headers.containsKey("API-Version")) {
                    wrong.add(operation + " " + code + " has no API-Version header");
                }
                if (code.matches("[45]..") && !(JsonPath.read(response, "$") instanceof Map<?, ?> r
                        && r.get("content") instanceof Map<?, ?> content && content.get("application/problem+json") instanceof Map<?, ?> media
                        && media.get("schema") instanceof Map<?, ?> schema && "#/components/schemas/Problem".equals(schema.get("$ref")))) {
                    wrong.add(operation + " " + code + " is not problem+json with the Problem schema");
                }
            });
        })).isEmpty();
        assertThat(schemas.get("Problem").get("properties").toString()).contains("type=", "title=", "status=", "detail=",
                "instance=", "invalidParams=");
    }

    @Test
    void whatIsCreatedIsA201WithItsLocationAndWhatHasNoBodyIsA204() {
        assertThat(everyOperation((operation, op, responses, wrong) -> {
            if (CREATING.contains(operation) && !responses.containsKey("201")) {
                wrong.add(operation + " creates, but does not answer 201");
            }
            responses.forEach((code, response) -> {
                Map<String, Object> headers = (Map<String, Object>) response.getOrDefault("headers", Map.of());
                boolean body = response.containsKey("content");
                if (code.equals("201") && !(headers.containsKey("Location") && CREATING.contains(operation) && body)) {
                    wrong.add(operation + " 201 without Location or body, or not listed as creating");
                }
                if (code.equals("204") && body) {
                    wrong.add(operation + " 204 with a body");
                }
                if (code.equals("200") && !body) {
                    wrong.add(operation + " 200 without a body: answer 204");
                }
            });
        })).isEmpty();
    }

    @Test
    void everyRequestBodyHasAnExampleAndItsRequiredFields() {
        assertThat(everyOperation((operation, op, responses, wrong) -> {
            if (!(op.get("requestBody") instanceof Map<?, ?> body)) {
                return;
            }
            Map<String, Object> content = (Map<String, Object>) body.get("content");
            // A file is uploaded as multipart/form-data (only there): its parts are listed, the file among the required.
            if (content.keySet().equals(Set.of("multipart/form-data"))) {
                Map<String, Object> parts = resolve((Map<String, Object>) ((Map<String, Object>) content.get("multipart/form-data")).get("schema"));
                if (!(parts.get("required") instanceof List<?> required && required.contains("file"))) {
                    wrong.add(operation + " takes a multipart body without a required file");
                }
                return;
            }
            Map<String, Object> media = (Map<String, Object>) content.get("application/json");
            if (media == null) {
                wrong.add(operation + " takes no application/json");
                return;
            }
            if (!media.containsKey("example") && !media.containsKey("examples")) {
                wrong.add(operation + " has no example request");
            }
            Map<String, Object> schema = resolve((Map<String, Object>) media.get("schema"));
            boolean optionalBody = Boolean.FALSE.equals(body.get("required")) || body.get("required") == null;
            // OpenApiExamplesIT sends every example and leaves out every required field in turn: both hold.
            boolean saysNoneIsNeeded = schema.get("description") instanceof String d && d.contains(NO_FIELD_ALWAYS_NEEDED);
            if (!optionalBody && !(schema.get("required") instanceof List<?> required && !required.isEmpty()) && !saysNoneIsNeeded) {
                wrong.add(operation + " lists no required fields (nor says that none is always needed)");
            }
        })).isEmpty();
    }

    @Test
    void everyTextTheApiTakesIsBoundedCodedOrFormatted() {
        Set<String> requestSchemas = new HashSet<>();
        List<String> wrong = everyOperation((operation, op, responses, w) -> {
            for (Object p : (List<Object>) op.getOrDefault("parameters", List.of())) {
                Map<String, Object> parameter = (Map<String, Object>) p;
                text(operation + " parameter " + parameter.get("name"), (Map<String, Object>) parameter.get("schema"), w);
            }
            if (op.get("requestBody") instanceof Map<?, ?> body) {
                ((Map<String, Map<String, Object>>) body.get("content")).values()
                        .forEach(media -> collect((Map<String, Object>) media.get("schema"), requestSchemas));
            }
        });
        for (String name : requestSchemas) {
            Map<String, Map<String, Object>> properties = (Map<String, Map<String, Object>>) schemas.get(name)
                    .getOrDefault("properties", Map.of());
            if (properties.containsKey("empty")) {
                wrong.add(name + ".empty is an accidental field");
            }
            properties.forEach((field, property) -> text(name + "." + field, property, wrong));
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyTagIsDeclaredWithADescriptionAndTheServerIsHttps() {
        List<Map<String, Object>> declared = JsonPath.read(docs, "$.tags");
        Set<String> described = new HashSet<>();
        declared.stream().filter(t -> t.get("description") != null).forEach(t -> described.add((String) t.get("name")));
        assertThat(everyOperation((operation, op, responses, wrong) -> {
            for (Object tag : (List<Object>) op.getOrDefault("tags", List.of())) {
                if (!described.contains(tag)) {
                    wrong.add(operation + " has tag " + tag + " that is not declared with a description");
                }
            }
        })).isEmpty();
        List<String> servers = JsonPath.read(docs, "$.servers[*].url");
        assertThat(servers).singleElement().asString().startsWith("https://").endsWith("/api/v1");
    }

    private Map<String, Object> resolve(Map<String, Object> schema) {
        return schema != null && schema.get("$ref") instanceof String ref
                ? schemas.get(ref.substring(ref.lastIndexOf('/') + 1)) : schema == null ? Map.of() : schema;
    }

    private void collect(Map<String, Object> schema, Set<String> names) {
        if (schema == null) {
            return;
        }
        if (schema.get("$ref") instanceof String ref) {
            String name = ref.substring(ref.lastIndexOf('/') + 1);
            if (names.add(name)) {
                collect(schemas.get(name), names);
            }
            return;
        }
        collect((Map<String, Object>) schema.get("items"), names);
        ((Map<String, Map<String, Object>>) schema.getOrDefault("properties", Map.of())).values().forEach(p -> collect(p, names));
    }

    private static void text(String where, Map<String, Object> schema, List<String> wrong) {
        if (schema == null || schema.containsKey("$ref")) {
            return;
        }
        Object type = schema.get("type");
        boolean string = "string".equals(type) || (type instanceof List<?> types && types.contains("string"));
        if (string && !schema.containsKey("maxLength") && !schema.containsKey("enum") && !schema.containsKey("format")) {
            wrong.add(where + " is a free string: give it a maxLength, an enum or a format");
        }
        if (schema.get("items") instanceof Map<?, ?> items) {
            text(where + "[]", (Map<String, Object>) items, wrong);
        }
    }
}
