package nl.vangnet.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;
import nl.vangnet.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Over real HTTP: the strict headers on pages and API answers, the session cookie's flags, API conventions. */
@IntegrationTest
class SecurityHeadersIT {

    @LocalServerPort int port;
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/login", "/werkvoorraad", "/api/v1/me", "/api/v1/dossiers", "/bestaat-niet"})
    void everyAnswerCarriesTheStrictHeaders(String path) throws Exception {
        var headers = get(path).headers();
        String csp = headers.firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("frame-ancestors 'none'").contains("script-src 'self'").doesNotContain("unsafe-inline");
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(headers.firstValue("Cache-Control").orElseThrow()).contains("no-store");
        assertThat(headers.firstValue("X-Request-ID")).isPresent();
    }

    @Test
    void pagesWithPersonalDataAreNotCached() throws Exception {
        var response = get("/api/v1/dossiers", "Authorization", "Bearer demo-medewerker");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteStrict() throws Exception {
        List<String> cookies = get("/login").headers().allValues("Set-Cookie");
        assertThat(cookies).anySatisfy(c -> assertThat(c).startsWith("VANGNET_SESSION=").contains("HttpOnly")
                .contains("SameSite=Strict"));
    }

    @Test
    void theApiAnswersWithItsVersionAlsoOnErrors() throws Exception {
        assertThat(get("/api/v1/me").headers().firstValue("API-Version")).hasValue("1.0.0");
        var notFound = get("/api/v1/bestaat-niet", "Authorization", "Bearer demo-fg");
        assertThat(notFound.statusCode()).isEqualTo(404);
        assertThat(notFound.headers().firstValue("API-Version")).hasValue("1.0.0");
        assertThat(notFound.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(notFound.body()).contains("\"status\":404").doesNotContain("Exception").doesNotContain("trace");
    }

    @Test
    void theOpenApiDocumentFollowsTheDesignRules() throws Exception {
        var doc = get("/api/v1/openapi.json");
        assertThat(doc.statusCode()).isEqualTo(200);
        assertThat(doc.body()).contains("\"servers\":[{\"url\":\"https://localhost:8443/api/v1\"").contains("\"contact\":")
                .contains("\"/me\"").contains("\"/access-log/verify\"").doesNotContain("\"/api/v1/me\"");
        assertThat(get("/v3/api-docs").body()).isEqualTo(doc.body());
    }

    @Test
    void basicAuthenticationIsNoCredential() throws Exception {
        String basic = Base64.getEncoder().encodeToString("user:password".getBytes());
        assertThat(get("/api/v1/me", "Authorization", "Basic " + basic).statusCode()).isEqualTo(401);
        assertThat(get("/werkvoorraad", "Authorization", "Basic " + basic).statusCode()).isEqualTo(302);
    }

    @Test
    void healthShowsNoDetailsWithoutLogin() throws Exception {
        var health = get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("components").doesNotContain("db");
    }
}
