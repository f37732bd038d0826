package nl.vangnet.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Arrays;
import java.util.stream.Stream;
import javax.sql.DataSource;
import nl.vangnet.VangnetApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An external PostgreSQL, prepared with the README's statements, used through the standard SPRING_DATASOURCE_*
 * settings: migrations run as the owner role, the application as the runtime role, and the application refuses to
 * run as a role that could change the access log.
 */
class ExternalDatabaseIT {

    static EmbeddedPostgres server;

    @BeforeAll
    static void aPostgresServerPreparedAsTheReadmeSays() throws Exception {
        server = EmbeddedPostgres.builder().start();
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE ROLE vangnet_owner LOGIN PASSWORD 'owner-secret'");
            s.execute("CREATE ROLE vangnet_app LOGIN PASSWORD 'app-secret'");
            s.execute("CREATE DATABASE vangnet OWNER vangnet_owner ENCODING 'UTF8' TEMPLATE template0");
            s.execute("REVOKE ALL ON DATABASE vangnet FROM PUBLIC");
            s.execute("GRANT CONNECT ON DATABASE vangnet TO vangnet_app");
        }
        try (Connection c = server.getDatabase("postgres", "vangnet").getConnection(); Statement s = c.createStatement()) {
            s.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC");
            s.execute("ALTER SCHEMA public OWNER TO vangnet_owner");
        }
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    static ConfigurableApplicationContext start(String runtimeUser, String runtimePassword, String... more) {
        String url = "jdbc:postgresql://localhost:" + server.getPort() + "/vangnet";
        String[] args = new String[] {"--spring.datasource.url=" + url, "--spring.datasource.username=" + runtimeUser,
                "--spring.datasource.password=" + runtimePassword, "--server.port=0", "--spring.profiles.active=test"};
        return new SpringApplicationBuilder(VangnetApplication.class)
                .run(Stream.concat(Arrays.stream(args), Arrays.stream(more))
                        .toArray(String[]::new));
    }

    @Test
    void migrationsRunAsTheOwnerAndTheApplicationAsTheRuntimeRole() throws Exception {
        try (ConfigurableApplicationContext app = start("vangnet_app", "app-secret",
                "--spring.flyway.user=vangnet_owner", "--spring.flyway.password=owner-secret")) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            assertThat(jdbc.sql("SELECT current_user").query(String.class).single()).isEqualTo("vangnet_app");
            assertThat(jdbc.sql("SELECT tableowner FROM pg_tables WHERE tablename = 'access_log_entry'")
                    .query(String.class).single()).isEqualTo("vangnet_owner");
            assertThat(app.getBean(Installation.class).mode()).isEqualTo(InstallationMode.LIVE);
            try (Connection c = app.getBean(DataSource.class).getConnection(); Statement s = c.createStatement()) {
                assertThatThrownBy(() -> s.execute("DELETE FROM access_log_entry")).hasMessageContaining("permission denied");
            }
        }
    }

    @Test
    void theApplicationRefusesToRunAsTheOwnerOfTheAccessLog() {
        assertThatThrownBy(() -> start("vangnet_owner", "owner-secret").close())
                .hasMessageContaining("can change or owns the access log");
    }
}
