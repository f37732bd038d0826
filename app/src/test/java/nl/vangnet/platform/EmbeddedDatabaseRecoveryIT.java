package nl.vangnet.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import nl.vangnet.VangnetApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The embedded PostgreSQL dies under the running application (its postmaster killed with SIGKILL): the health
 * endpoint says DOWN at once, every answer within a second, and the application starts PostgreSQL again by itself and
 * works on. Its own application and data directory, never the shared test context's database.
 */
class EmbeddedDatabaseRecoveryIT {

    @TempDir Path dataDir;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    @Test
    void whenThePostmasterIsKilledHealthIsDownAtOnceAndTheDatabaseComesBackByItself() throws Exception {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(VangnetApplication.class)
                .run("--vangnet.data-dir=" + dataDir, "--server.port=0", "--spring.profiles.active=test")) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            assertThat(health(port, Duration.ofSeconds(30)).statusCode()).isEqualTo(200);

            long pid = Long.parseLong(Files.readAllLines(dataDir.resolve("postgres").resolve("postmaster.pid"))
                    .getFirst().strip());
            ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
            postmaster.destroyForcibly(); // SIGKILL
            postmaster.onExit().get();

            // Each answer within a second (the request times out otherwise, failing the test), and soon DOWN.
            List<Integer> answers = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            boolean down = false;
            while (!down && System.nanoTime() < deadline) {
                HttpResponse<String> response = health(port, Duration.ofSeconds(1));
                answers.add(response.statusCode());
                down = response.statusCode() == 503 && response.body().contains("DOWN");
            }
            // Or it was restarted before a probe could see it gone: then the watchdog's count shows it.
            EmbeddedDatabaseWatchdog watchdog = app.getBean(EmbeddedDatabaseWatchdog.class);
            assertThat(down || watchdog.restarts() > 0).as("health answers %s", answers).isTrue();

            deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            int status = 0;
            while (status != 200 && System.nanoTime() < deadline) {
                status = health(port, Duration.ofSeconds(5)).statusCode();
                Thread.sleep(200);
            }
            assertThat(status).as("health comes back UP").isEqualTo(200);
            assertThat(watchdog.restarts()).isEqualTo(1);
            assertThat(ProcessHandle.of(Long.parseLong(Files.readAllLines(dataDir.resolve("postgres")
                    .resolve("postmaster.pid")).getFirst().strip())).map(ProcessHandle::isAlive)).hasValue(true);
            // The pool replaces its broken connections: the application works on.
            long users = 0;
            deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                try {
                    users = jdbc.sql("SELECT count(*) FROM staff_user").query(Long.class).single();
                    break;
                } catch (RuntimeException stale) {
                    Thread.sleep(100);
                }
            }
            assertThat(users).isGreaterThanOrEqualTo(0);
            assertThat(jdbc.sql("SELECT 1").query(Integer.class).single()).isEqualTo(1);
        }
    }

    /** The health endpoint's answer; a timeout fails the test. */
    private HttpResponse<String> health(int port, Duration timeout) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                .timeout(timeout).build(), HttpResponse.BodyHandlers.ofString());
    }
}
