package nl.vangnet.platform;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The OpenAPI description after the NL API Design Rules: server URL {@code /api/v1} with paths relative to it,
 * contact details, bearer authentication; served at {@code /v3/api-docs} and {@code /api/v1/openapi.json}.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String BASE = "/api/v1";

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
                .servers(List.of(new Server().url(BASE).description("Deze installatie")))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("Persoonlijk token of token van een serviceaccount")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }

    /** Paths relative to the server URL, as the design rules ask, and the server URL fixed (not guessed). */
    @Bean
    OpenApiCustomizer relativePaths() {
        return api -> {
            Paths relative = new Paths();
            api.getPaths().forEach((path, item) -> relative.addPathItem(
                    path.startsWith(BASE) ? path.substring(BASE.length()) : path, item));
            api.setPaths(relative);
            api.setServers(List.of(new Server().url(BASE).description("Deze installatie")));
        };
    }

    @Controller
    static class OpenApiAlias {
        @GetMapping(BASE + "/openapi.json")
        String openApiJson() {
            return "forward:/v3/api-docs";
        }
    }
}
