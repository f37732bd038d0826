package nl.vangnet.platform;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What every operation of the API answers, stated in the OpenAPI document as it happens (NL API Design Rules): every
 * answer carries the {@code API-Version} header, every 201 the {@code Location} of what it created; every error is
 * RFC 9457 problem+json, with the codes the application gives: 400 for bad input (every operation: a header with a
 * control character is refused before any controller, {@link HeaderValueFilter}), 401 without a valid token, 403
 * without the right or the need to know, 404 for an unknown id, 409 in the wrong state, 415 for a body that is not
 * JSON, 500 when something unexpected failed (nothing stored).
 */
@Configuration(proxyBeanMethods = false)
class ApiDesignRules {

    static final String PROBLEM = "Problem";
    static final String VERSION_HEADER = "API-Version";
    static final String LOCATION_HEADER = "Location";
    static final String REPLAYED_HEADER = "Idempotent-Replayed";

    @Bean
    OpenApiCustomizer everyAnswerAsItIs() {
        return api -> {
            components(api);
            api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> answers(path, method, op)));
        };
    }

    /**
     * Every request body shows an example, put together from the examples of its fields ({@code @Schema(example = ...)}
     * on each record component, nested bodies and lists included): the one place an example is written is at its
     * field, and the document shows the whole body as a client sends it. A text field's example stays text.
     * OpenApiExamplesIT sends each of these examples to its operation and sees it accepted.
     */
    @Bean
    OpenApiCustomizer requestExamples() {
        return api -> api.getPaths().values().forEach(item -> item.readOperations().forEach(op -> {
            if (op.getRequestBody() == null || op.getRequestBody().getContent() == null) {
                return;
            }
            op.getRequestBody().getContent().values().forEach(media -> {
                if (media.getExample() == null && (media.getExamples() == null || media.getExamples().isEmpty())) {
                    Object example = example(api, media.getSchema(), 0);
                    if (example != null) {
                        media.setExample(example);
                    }
                }
            });
        }));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Object example(OpenAPI api, Schema schema, int depth) {
        if (schema == null || depth > 5) {
            return null;
        }
        if (schema.get$ref() != null) {
            String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
            return api.getComponents() == null || api.getComponents().getSchemas() == null ? null
                    : example(api, api.getComponents().getSchemas().get(name), depth + 1);
        }
        boolean text = "string".equals(schema.getType()) || (schema.getTypes() != null && schema.getTypes().contains("string"));
        if (schema.getExample() != null) {
            if (text && !(schema.getExample() instanceof String)) {
                schema.setExample(String.valueOf(schema.getExample() instanceof JsonNode node
                        ? node.asText() : schema.getExample()));
            }
            return schema.getExample();
        }
        if (schema.getItems() != null) {
            Object item = example(api, schema.getItems(), depth + 1);
            return item == null ? null : List.of(item);
        }
        if (schema.getProperties() == null) {
            return null;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        ((Map<String, Schema>) schema.getProperties()).forEach((field, property) -> {
            Object value = example(api, property, depth + 1);
            if (value != null) {
                body.put(field, value);
            }
        });
        return body.isEmpty() ? null : body;
    }

    private static void components(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(new Components());
        }
        Schema<?> invalidParam = new ObjectSchema().addProperty("name", new StringSchema().maxLength(200)
                        .description("Het veld (of de header) dat niet klopt").example("persons[0].dateOfBirth"))
                .addProperty("reason", new StringSchema().maxLength(1000).description("Waarom, in het Nederlands")
                        .example("Een geboortedatum ligt niet in de toekomst."));
        api.getComponents().addSchemas(PROBLEM, new ObjectSchema()
                .description("Een fout als RFC 9457 problem+json, met een Nederlandse uitleg")
                .addProperty("type", new StringSchema().format("uri").example("about:blank"))
                .addProperty("title", new StringSchema().maxLength(200).example("Ongeldige invoer"))
                .addProperty("status", new IntegerSchema().format("int32").minimum(BigDecimal.valueOf(400))
                        .maximum(BigDecimal.valueOf(599)).example(400))
                .addProperty("detail", new StringSchema().maxLength(2000)
                        .example("Het verzoek bevat ongeldige velden: persons[0].dateOfBirth."))
                .addProperty("instance", new StringSchema().format("uri-reference").maxLength(2000)
                        .description("Het verzoek waarover het gaat, als het antwoord het noemt"))
                .addProperty("requestId", new StringSchema().maxLength(100)
                        .description("Vermeld dit bij contact met applicatiebeheer"))
                .addProperty("invalidParams", new ArraySchema().items(invalidParam).maxItems(1000))
                .required(List.of("type", "title", "status")));
        api.getComponents().addHeaders(VERSION_HEADER, new Header()
                .description("De volledige versie van de API die antwoordt").schema(new StringSchema()
                        .pattern("^\\d+\\.\\d+\\.\\d+$").example(RequestIdFilter.API_VERSION)));
        api.getComponents().addHeaders(LOCATION_HEADER, new Header().required(true)
                .description("Het adres van wat is aangemaakt (of bij een herhaald verzoek eerder is aangemaakt)")
                .schema(new StringSchema().format("uri-reference").maxLength(2000)
                        .example("/api/v1/reports/3f6c2a9e-5b1d-4c1e-9a7f-2d8e4b6c1a00")));
        api.getComponents().addHeaders(REPLAYED_HEADER, new Header()
                .description("true wanneer dit het eerste antwoord is op een eerder verzoek met dezelfde Idempotency-Key")
                .schema(new StringSchema()._enum(List.of("true"))));
    }

    private static void answers(String path, PathItem.HttpMethod method, Operation op) {
        if (op.getResponses() == null) {
            op.setResponses(new ApiResponses());
        }
        boolean writes = method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT
                || method == PathItem.HttpMethod.PATCH || method == PathItem.HttpMethod.DELETE;
        Map<String, String> errors = new LinkedHashMap<>();
        errors.put("400", "Ongeldige invoer: elk veld (of elke header) dat niet klopt, met de reden (invalidParams)");
        errors.put("401", "Geen of een ongeldig token");
        errors.put("403", "Geen recht op deze handeling of geen noodzaak tot kennisnemen (gelogd)");
        if (path.contains("{")) {
            errors.put("404", "Dit bestaat niet");
        }
        if (writes) {
            errors.put("409", "Niet toegestaan in de huidige toestand");
        }
        if (op.getRequestBody() != null) {
            errors.put("415", "Het verzoek is geen JSON (application/json)");
        }
        if (method == PathItem.HttpMethod.POST && !IdempotentRequests.OWN_KEYS.contains(OpenApiConfiguration.BASE + path)) {
            errors.put("422", "De Idempotency-Key is al gebruikt voor een ander verzoek");
        }
        errors.put("500", "Onverwachte fout; er is niets opgeslagen");
        errors.forEach((code, description) -> op.getResponses().putIfAbsent(code, new ApiResponse().description(description)));
        op.getResponses().forEach((code, response) -> {
            response.addHeaderObject(VERSION_HEADER, new Header().$ref("#/components/headers/" + VERSION_HEADER));
            // Reports and advice requests answer a retried key with 200 and the first registration's Location.
            boolean replayedCreation = code.equals("200") && method == PathItem.HttpMethod.POST
                    && IdempotentRequests.OWN_KEYS.contains(OpenApiConfiguration.BASE + path);
            if (code.equals("201") || replayedCreation) {
                response.addHeaderObject(LOCATION_HEADER, new Header().$ref("#/components/headers/" + LOCATION_HEADER));
            }
            if (code.startsWith("2") && method == PathItem.HttpMethod.POST) {
                response.addHeaderObject(REPLAYED_HEADER, new Header().$ref("#/components/headers/" + REPLAYED_HEADER));
            }
            if (code.startsWith("4") || code.startsWith("5")) {
                if (response.getContent() == null || response.getContent().isEmpty()) {
                    response.setContent(new Content().addMediaType("application/problem+json",
                            new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
                }
            }
        });
    }
}
