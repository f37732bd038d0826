package nl.vangnet.platform;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;
import javax.sql.DataSource;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The database's part of {@code /actuator/health} ("db", in place of Spring Boot's, which borrows from the pool and
 * so waits the pool's 30-second connection timeout when the database is gone). It opens its own connection with a
 * one-second login and socket timeout, so a dead database is reported DOWN at once and a hanging one within about a
 * second. The result is kept for half a second and one probe runs at a time, so that calling the (anonymous) health
 * endpoint often cannot flood the database with connections.
 */
@Component("dbHealthIndicator")
class DatabaseHealthIndicator implements HealthIndicator {

    static final Duration TIMEOUT = Duration.ofSeconds(1);
    static final Duration KEEP = Duration.ofMillis(500);

    private final DataSource dataSource;
    private Health last;
    private long lastAt;

    DatabaseHealthIndicator(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public synchronized Health health() {
        long now = System.nanoTime();
        if (last == null || now - lastAt > KEEP.toNanos()) {
            last = probe();
            lastAt = System.nanoTime();
        }
        return last;
    }

    private Health probe() {
        int seconds = (int) TIMEOUT.toSeconds();
        try (Connection connection = connect(seconds)) {
            return connection.isValid(seconds) ? Health.up().withDetail("database", "PostgreSQL").build()
                    : Health.down().withDetail("error", "no answer within " + TIMEOUT.toMillis() + " ms").build();
        } catch (SQLException e) {
            // The SQL state only: a driver message may name hosts, roles or paths.
            return Health.down().withDetail("error", "SQL state " + e.getSQLState()).build();
        }
    }

    private Connection connect(int seconds) throws SQLException {
        if (dataSource instanceof HikariDataSource hikari && hikari.getJdbcUrl() != null) {
            Properties properties = new Properties();
            if (hikari.getUsername() != null) {
                properties.setProperty("user", hikari.getUsername());
            }
            if (hikari.getPassword() != null) {
                properties.setProperty("password", hikari.getPassword());
            }
            properties.setProperty("loginTimeout", Integer.toString(seconds));
            properties.setProperty("connectTimeout", Integer.toString(seconds));
            properties.setProperty("socketTimeout", Integer.toString(seconds));
            properties.setProperty("ApplicationName", "vangnet-health");
            return DriverManager.getConnection(hikari.getJdbcUrl(), properties);
        }
        return dataSource.getConnection();
    }
}
