package nl.vangnet.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.vangnet.support.IntegrationTest;
import nl.vangnet.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Requests that Tomcat itself refuses before the application sees them (a bad request target, malformed URL
 * encoding, a control character in a header) get the same strict headers as every other answer, a problem+json body
 * with the API version under /api, and the refused value never reaches the log. Sent over a raw socket: an HTTP client
 * library would refuse to send them.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class RejectedRequestIT {

    @LocalServerPort int port;
    @Autowired LoggingSystem logging;

    @BeforeEach
    void verbose() {
        // As in production (INFO), so that whatever Tomcat would log about the request shows up.
        logging.setLogLevel(null, LogLevel.INFO);
    }

    @AfterEach
    void quiet() {
        logging.setLogLevel(null, LogLevel.WARN);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "GET /api/v1/me?q={MARKER} HTTP/1.1\r\nHost: localhost\r\n",
            "GET /api/v1/%zzMARKER HTTP/1.1\r\nHost: localhost\r\n",
            "GET /api/v1/me HTTP/1.1\r\nHost: localhost\r\nX-Probe: a\u0001MARKER\r\n",
            "GET /api/v1/me HTTP/1.1\r\nHost: localhost\r\nIdempotency-Key: a\u0000MARKER\r\n",
            "POST /api/v1/reports HTTP/1.1\r\nHost: localhost\r\nIdempotency-Key: a\u007fMARKER\r\n"})
    void anApiRequestRefusedByTheServerGetsTheStrictHeadersAProblemAndLogsNothingOfIt(String head,
            CapturedOutput output) throws Exception {
        String marker = "geweigerd" + UUID.randomUUID().toString().replace("-", "");
        Response response = send(head.replace("MARKER", marker), "");
        assertThat(response.status).isEqualTo(400);
        assertStrictHeaders(response);
        assertThat(response.headers.get("api-version")).isEqualTo("1.0.0");
        assertThat(response.headers.get("content-type")).startsWith("application/problem+json");
        assertThat(response.body).contains("\"status\":400").doesNotContain(marker).doesNotContain("Exception")
                .doesNotContain("Tomcat");
        assertThat(output.getAll()).doesNotContain(marker);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "GET /login?q={MARKER} HTTP/1.1\r\nHost: localhost\r\n",
            "GET /dossiers/%zzMARKER HTTP/1.1\r\nHost: localhost\r\n",
            "GET /login HTTP/1.1\r\nHost: localhost\r\nX-Probe: a\u0001MARKER\r\n"})
    void aPageRequestRefusedByTheServerGetsTheStrictHeadersAndLogsNothingOfIt(String head, CapturedOutput output)
            throws Exception {
        String marker = "geweigerd" + UUID.randomUUID().toString().replace("-", "");
        Response response = send(head.replace("MARKER", marker), "");
        assertThat(response.status).isEqualTo(400);
        assertStrictHeaders(response);
        assertThat(response.body).doesNotContain(marker).doesNotContain("Exception").doesNotContain("Tomcat");
        assertThat(output.getAll()).doesNotContain(marker);
    }

    /** Values Tomcat lets through (C1 control characters and other non-ASCII are legal header octets in HTTP). */
    @ParameterizedTest
    @ValueSource(strings = {"a\u0085MARKER", "a\u00e9MARKER", "MARKER-is-far-too-long-%s"})
    void aBadIdempotencyKeyIsA400NamingTheHeaderAndItsValueIsNeverLogged(String key, CapturedOutput output)
            throws Exception {
        String marker = "geweigerd" + UUID.randomUUID().toString().replace("-", "");
        String value = key.replace("MARKER", marker).formatted("x".repeat(300));
        String body = TestData.exampleReport(TestData.randomBsn(), TestData.uniqueSurname("Sleutel"));
        Response response = send("POST /api/v1/reports HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Bearer demo-medewerker\r\nContent-Type: application/json\r\n"
                + "Idempotency-Key: " + value + "\r\n", body);
        assertThat(response.status).isEqualTo(400);
        assertThat(response.headers.get("content-type")).startsWith("application/problem+json");
        assertThat(response.body).contains("Idempotency-Key").doesNotContain(marker);
        assertStrictHeaders(response);
        assertThat(output.getAll()).doesNotContain(marker);
    }

    private static void assertStrictHeaders(Response response) {
        assertThat(response.headers.get("content-security-policy")).contains("frame-ancestors 'none'");
        assertThat(response.headers.get("x-content-type-options")).isEqualTo("nosniff");
        assertThat(response.headers.get("referrer-policy")).isEqualTo("no-referrer");
        assertThat(response.headers.get("x-frame-options")).isEqualTo("DENY");
        assertThat(response.headers.get("cache-control")).contains("no-store");
    }

    record Response(int status, Map<String, String> headers, String body) {
    }

    /** One request over a fresh connection, bytes as written (ISO-8859-1 for the head, UTF-8 for the body). */
    private Response send(String head, String body) throws Exception {
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        String fullHead = head + (content.length > 0 ? "Content-Length: " + content.length + "\r\n" : "")
                + "Connection: close\r\n\r\n";
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(fullHead.getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            in.transferTo(received);
            String raw = received.toString(StandardCharsets.UTF_8);
            int end = raw.indexOf("\r\n\r\n");
            String[] lines = raw.substring(0, end).split("\r\n");
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.putIfAbsent(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).strip());
            }
            return new Response(Integer.parseInt(lines[0].split(" ")[1]), headers, raw.substring(end + 4));
        }
    }
}
