package nl.vangnet.platform;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The OpenAPI description after the NL API Design Rules: an absolute https server URL ending in {@code /api/v1}
 * with paths relative to it, contact details, bearer authentication; served at {@code /v3/api-docs} and
 * {@code /api/v1/openapi.json}.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String BASE = "/api/v1";
    /** The server URL when the installation names none: absolute and https, as the design rules ask. */
    static final String DEFAULT_SERVER_URL = "https://localhost:8443" + BASE;

    @Bean
    OpenAPI vangnetOpenApi(@Value("${vangnet.api.contact.name:Applicatiebeheer Veilig Thuis}") String contactName,
            @Value("${vangnet.api.contact.email:applicatiebeheer@veiligthuis.example}") String contactEmail,
            @Value("${vangnet.api.contact.url:https://www.veiligthuis.nl}") String contactUrl) {
        return new OpenAPI()
                .info(new Info().title("Vangnet API").version(RequestIdFilter.API_VERSION)
                        .description("API van Vangnet, het zaaksysteem van Veilig Thuis. Alle fouten als RFC 9457 "
                                + "application/problem+json; elke toegang tot gegevens over een dossier of persoon "
                                + "wordt gelogd (NEN 7513).")
                        .contact(new Contact().name(contactName).email(contactEmail).url(contactUrl))
                        .license(new License().name("EUPL-1.2").url("https://eupl.eu/1.2/nl/")))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("Persoonlijk token of token van een serviceaccount")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }

    /**
     * Paths relative to the server URL, as the design rules ask, and the server URL fixed (not guessed from the
     * request): the installation's public https address in {@code vangnet.api.server-url}, else
     * {@link #DEFAULT_SERVER_URL}. An address that is not absolute https stops the start.
     */
    @Bean
    OpenApiCustomizer relativePaths(@Value("${vangnet.api.server-url:" + DEFAULT_SERVER_URL + "}") String serverUrl) {
        if (!serverUrl.startsWith("https://") || !serverUrl.endsWith(BASE)) {
            throw new IllegalStateException("vangnet.api.server-url must be an absolute https address ending in " + BASE
                    + ", e.g. https://vangnet.example.nl" + BASE);
        }
        return api -> {
            Paths relative = new Paths();
            api.getPaths().forEach((path, item) -> relative.addPathItem(
                    path.startsWith(BASE) ? path.substring(BASE.length()) : path, item));
            api.setPaths(relative);
            api.setServers(List.of(new Server().url(serverUrl).description("Deze installatie")));
        };
    }

    /**
     * Every POST takes an Idempotency-Key: a retry with the same key gets the first answer again (marked
     * Idempotent-Replayed); {@link ApiDesignRules} states the 422 for a different request with the same key.
     */
    @Bean
    OpenApiCustomizer idempotencyKeys() {
        return api -> api.getPaths().values().forEach(item -> {
            var post = item.getPost();
            if (post == null) {
                return;
            }
            var own = post.getParameters() == null ? null : post.getParameters().stream()
                    .filter(p -> IdempotencyKeys.HEADER.equalsIgnoreCase(p.getName())).findFirst().orElse(null);
            if (own != null) {
                // Reports and advice requests declare their own key: the same rule, so the same bounds.
                own.schema(new StringSchema().minLength(1).maxLength(IdempotencyKeys.MAX)
                        .pattern("^[!-~]{1,200}$").example("3f6c2a9e-5b1d-4c1e-9a7f-2d8e4b6c1a00"));
            } else {
                post.addParametersItem(new HeaderParameter().name(IdempotencyKeys.HEADER)
                        .required(false).description("Een willekeurige sleutel per handeling (1-200 zichtbare ASCII-tekens); "
                                + "een herhaald verzoek met dezelfde sleutel geeft het eerste antwoord terug "
                                + "(Idempotent-Replayed: true), 24 uur lang")
                        .schema(new StringSchema().minLength(1).maxLength(IdempotencyKeys.MAX)
                                .pattern("^[!-~]{1,200}$").example("3f6c2a9e-5b1d-4c1e-9a7f-2d8e4b6c1a00")));
            }
        });
    }

    /**
     * Every text of every request body has a maximum length in the document, as it has in fact: the fields with a
     * shorter limit state it by their {@code @Size}; every other text (not a date, moment, id or enum) is refused
     * beyond {@link Checks#MAX_TEXT} characters by {@link JsonTextInput}.
     */
    @Bean
    OpenApiCustomizer textLimits() {
        return api -> {
            if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
                return;
            }
            Set<String> requests = new HashSet<>();
            api.getPaths().values().forEach(item -> item.readOperations().forEach(op -> {
                if (op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
                    op.getRequestBody().getContent().values().forEach(media -> collect(api, media.getSchema(), requests));
                }
            }));
            requests.forEach(name -> limit(api.getComponents().getSchemas().get(name)));
        };
    }

    @SuppressWarnings("rawtypes")
    private static void collect(OpenAPI api, Schema schema, Set<String> names) {
        if (schema == null) {
            return;
        }
        if (schema.get$ref() != null) {
            String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
            if (names.add(name)) {
                collect(api, api.getComponents().getSchemas().get(name), names);
            }
            return;
        }
        collect(api, schema.getItems(), names);
        if (schema.getProperties() != null) {
            for (Object property : schema.getProperties().values()) {
                collect(api, (Schema) property, names);
            }
        }
    }

    @SuppressWarnings("rawtypes")
    private static void limit(Schema schema) {
        if (schema == null) {
            return;
        }
        boolean text = "string".equals(schema.getType()) || (schema.getTypes() != null && schema.getTypes().contains("string"));
        if (text && schema.getMaxLength() == null && schema.getFormat() == null && schema.getEnum() == null) {
            schema.setMaxLength(Checks.MAX_TEXT);
        }
        limit(schema.getItems());
        if (schema.getProperties() != null) {
            for (Object property : schema.getProperties().values()) {
                limit((Schema) property);
            }
        }
    }

    @Controller
    static class OpenApiAlias {
        @GetMapping(BASE + "/openapi.json")
        String openApiJson() {
            return "forward:/v3/api-docs";
        }
    }
}
