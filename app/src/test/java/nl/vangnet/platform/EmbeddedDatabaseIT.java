package nl.vangnet.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The embedded PostgreSQL as the running application starts it: durable, password-only, surviving restarts. */
class EmbeddedDatabaseIT {

    @TempDir Path dataDir;

    @Test
    void itIsDurablePasswordProtectedAndKeepsItsDataAcrossRestarts() throws Exception {
        EmbeddedDatabaseConfiguration config = new EmbeddedDatabaseConfiguration();
        var credentials = config.embeddedDatabaseCredentials(dataDir.toString());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve("credentials.properties"))))
                .isEqualTo("rw-------");

        try (EmbeddedPostgres postgres = config.embeddedPostgres(dataDir.toString(), credentials, 0, true)) {
            JdbcClient owner = JdbcClient.create(config.flywayDataSource(postgres, credentials));
            assertThat(owner.sql("SHOW synchronous_commit").query(String.class).single()).isEqualTo("on");
            assertThat(owner.sql("SHOW fsync").query(String.class).single()).isEqualTo("on");
            assertThat(owner.sql("SHOW listen_addresses").query(String.class).single()).isEqualTo("localhost");
            owner.sql("CREATE TABLE report (id int PRIMARY KEY)").update();
            owner.sql("INSERT INTO report VALUES (1)").update();
            String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/vangnet";
            assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "").close())
                    .hasMessageContaining("password");
            assertThatThrownBy(() -> DriverManager.getConnection(url, "vangnet_app", "geraden").close())
                    .hasMessageContaining("password authentication failed");
            DataSource app = config.dataSource(postgres, credentials, 2);
            try (Connection c = app.getConnection(); Statement s = c.createStatement()) {
                assertThat(c.getMetaData().getUserName()).isEqualTo("vangnet_app");
                assertThatThrownBy(() -> s.execute("CREATE TABLE elders (id int)")).hasMessageContaining("permission denied");
            } finally {
                ((HikariDataSource) app).close();
            }
        }

        try (EmbeddedPostgres restarted = config.embeddedPostgres(dataDir.toString(), credentials, 0, true)) {
            JdbcClient owner = JdbcClient.create(config.flywayDataSource(restarted, credentials));
            assertThat(owner.sql("SELECT id FROM report").query(Integer.class).single()).isEqualTo(1);
        }
    }
}
