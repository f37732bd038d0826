package nl.vangnet.platform;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Runs PostgreSQL inside the application when no {@code spring.datasource.url} is configured.
 *
 * <p>The cluster lives in {@code vangnet.data-dir} and survives restarts. It is started with durable settings
 * (synchronous commit, fsync): it holds real case data. On first start the application creates an owner role that
 * runs the migrations and a runtime role with only the privileges it needs, gives every role a random password kept
 * in {@code credentials.properties} (mode 0600) beside the cluster, and from then on accepts only password
 * (SCRAM) connections on the loopback interface.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoExternalDatabase.class)
class EmbeddedDatabaseConfiguration {

    static final String DATABASE = "vangnet";
    static final String OWNER_ROLE = "vangnet_owner";
    static final String APP_ROLE = "vangnet_app";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${vangnet.data-dir}") String dataDir, Credentials credentials,
            @Value("${vangnet.embedded-database.port:0}") int port,
            @Value("${vangnet.embedded-database.durable:true}") boolean durable) throws IOException {
        Path root = Path.of(dataDir).toAbsolutePath().normalize();
        Path cluster = root.resolve("postgres");
        Files.createDirectories(cluster);
        stopOrphanedPostmaster(cluster);
        Path securedMarker = root.resolve("postgres-secured");
        boolean secured = Files.exists(securedMarker) && Files.exists(cluster.resolve("PG_VERSION"));

        EmbeddedPostgres postgres = start(cluster, credentials, port, durable, secured);
        try {
            prepareRolesAndDatabase(postgres, credentials);
            if (!secured) {
                writeHba(cluster, true);
                try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                    s.execute("SELECT pg_reload_conf()");
                }
                Files.writeString(securedMarker, "passwords set; only SCRAM connections are accepted\n");
            }
        } catch (SQLException | IOException | RuntimeException e) {
            postgres.close();
            throw new IllegalStateException("Could not prepare the embedded database", e);
        }
        log.info("Embedded PostgreSQL ready on localhost:{} with data in {}", postgres.getPort(), cluster);
        return postgres;
    }

    /**
     * Starts the cluster's postmaster; {@code port} 0 picks a free port. It is stopped by whoever started it (the
     * Spring context closes it after every bean that uses the database is gone), not by a JVM shutdown hook of its
     * own: that hook ran at the same time as the context's, stopping the database under beans that still read it on
     * their way out (the event publication registry), which then waited for a connection until its time-out. A
     * postmaster left behind by a killed JVM is stopped at the next start ({@link #stopOrphanedPostmaster}).
     */
    static EmbeddedPostgres start(Path cluster, Credentials credentials, int port, boolean durable, boolean secured)
            throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(cluster)
                .setCleanDataDirectory(false)
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("password_encryption", "scram-sha-256")
                .setServerConfig("synchronous_commit", durable ? "on" : "off")
                .setServerConfig("fsync", durable ? "on" : "off")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("max_connections", "100")
                .setServerConfig("shared_buffers", "256MB")
                .setConnectConfig("password", credentials.superuserPassword())
                .setPGStartupWait(Duration.ofSeconds(60))
                .setRegisterShutdownHook(false)
                .setDataDirectoryCustomizer(dir -> writeHba(dir.toPath(), secured));
        if (port > 0) {
            builder.setPort(port);
        }
        return builder.start();
    }

    /**
     * Watches the postmaster and starts it again, on the same port and data, when it dies (killed, crashed); the
     * connection pool then reconnects by itself. See {@link EmbeddedDatabaseWatchdog}.
     */
    @Bean(destroyMethod = "close")
    EmbeddedDatabaseWatchdog embeddedDatabaseWatchdog(EmbeddedPostgres postgres, Credentials credentials,
            @Value("${vangnet.embedded-database.durable:true}") boolean durable) throws SQLException {
        // Asked of the running server, not resolved from vangnet.data-dir again (which may hold ${random.uuid}).
        Path cluster;
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
                var rs = s.executeQuery("SHOW data_directory")) {
            rs.next();
            cluster = Path.of(rs.getString(1));
        }
        int port = postgres.getPort();
        return new EmbeddedDatabaseWatchdog(postgres, cluster, () -> start(cluster, credentials, port, durable, true));
    }

    @Bean
    @Primary
    HikariDataSource dataSource(EmbeddedPostgres postgres, Credentials credentials,
            @Value("${spring.datasource.hikari.maximum-pool-size:20}") int poolSize) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(url(postgres));
        ds.setUsername(APP_ROLE);
        ds.setPassword(credentials.appPassword());
        ds.setMaximumPoolSize(poolSize);
        ds.setPoolName("vangnet");
        return ds;
    }

    @Bean(defaultCandidate = false)
    @FlywayDataSource
    DataSource flywayDataSource(EmbeddedPostgres postgres, Credentials credentials) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(url(postgres));
        ds.setUser(OWNER_ROLE);
        ds.setPassword(credentials.ownerPassword());
        return ds;
    }

    @Bean
    Credentials embeddedDatabaseCredentials(@Value("${vangnet.data-dir}") String dataDir) {
        return Credentials.loadOrCreate(Path.of(dataDir).toAbsolutePath().normalize().resolve("credentials.properties"));
    }

    /**
     * A PostgreSQL left running on our data directory by an application that died (kill -9, power loss of the JVM
     * only) would block this start. When no running application holds the data directory's lock, such a postmaster
     * is an orphan: it is asked to shut down (SIGTERM, a smart shutdown that lets it finish cleanly) before starting.
     */
    static void stopOrphanedPostmaster(Path cluster) throws IOException {
        Path pidFile = cluster.resolve("postmaster.pid");
        Path lockFile = cluster.resolve("epg-lock");
        if (!Files.exists(pidFile) || !Files.exists(lockFile)) {
            return;
        }
        try (var channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
                var lock = channel.tryLock()) {
            if (lock == null) {
                throw new IllegalStateException("Another running Vangnet uses the data directory " + cluster.getParent());
            }
            long pid;
            try {
                pid = Long.parseLong(Files.readAllLines(pidFile).getFirst().strip());
            } catch (RuntimeException e) {
                return;
            }
            var process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
            if (process.isPresent()) {
                log.warn("Stopping PostgreSQL (pid {}) left running on {} by an earlier run", pid, cluster);
                process.get().destroy();
                process.get().onExit().get(60, TimeUnit.SECONDS);
            }
        } catch (OverlappingFileLockException e) {
            throw new IllegalStateException("The data directory " + cluster.getParent() + " is already in use", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while stopping an orphaned PostgreSQL", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("An orphaned PostgreSQL on " + cluster + " did not stop", e);
        }
    }

    private static String url(EmbeddedPostgres postgres) {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
    }

    private static void prepareRolesAndDatabase(EmbeddedPostgres postgres, Credentials credentials) throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("ALTER ROLE postgres PASSWORD " + literal(credentials.superuserPassword()));
            ensureRole(s, OWNER_ROLE, credentials.ownerPassword());
            ensureRole(s, APP_ROLE, credentials.appPassword());
            var rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'");
            boolean exists = rs.next();
            rs.close();
            if (!exists) {
                s.execute("CREATE DATABASE " + DATABASE + " OWNER " + OWNER_ROLE + " ENCODING 'UTF8' TEMPLATE template0");
            }
            s.execute("REVOKE ALL ON DATABASE " + DATABASE + " FROM PUBLIC");
            s.execute("GRANT CONNECT ON DATABASE " + DATABASE + " TO " + APP_ROLE);
        }
        // The extensions need a superuser; the owner role then uses them in its migrations.
        try (Connection c = postgres.getDatabase("postgres", DATABASE).getConnection(); Statement s = c.createStatement()) {
            s.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC");
            s.execute("ALTER SCHEMA public OWNER TO " + OWNER_ROLE);
            for (String extension : new String[] {"pg_trgm", "unaccent", "fuzzystrmatch"}) {
                s.execute("CREATE EXTENSION IF NOT EXISTS " + extension + " SCHEMA public");
            }
        }
    }

    private static void ensureRole(Statement s, String role, String password) throws SQLException {
        var rs = s.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + role + "'");
        boolean exists = rs.next();
        rs.close();
        s.execute((exists ? "ALTER ROLE " : "CREATE ROLE ") + role
                + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD " + literal(password));
    }

    private static String literal(String value) {
        if (!value.matches("[A-Za-z0-9_-]+")) {
            throw new IllegalArgumentException("Generated password has an unexpected character");
        }
        return "'" + value + "'";
    }

    private static void writeHba(Path cluster, boolean passwordsOnly) {
        String method = passwordsOnly ? "scram-sha-256" : "trust";
        String hba = """
                # Written by Vangnet at every start; edits here are overwritten.
                local all all %1$s
                host  all all 127.0.0.1/32 %1$s
                host  all all ::1/128 %1$s
                """.formatted(method);
        try {
            Files.writeString(cluster.resolve("pg_hba.conf"), hba);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Random passwords of the embedded cluster's roles, generated once and kept beside the cluster. */
    record Credentials(String superuserPassword, String ownerPassword, String appPassword) {

        static synchronized Credentials loadOrCreate(Path file) {
            try {
                Properties p = new Properties();
                if (Files.exists(file)) {
                    try (var in = Files.newInputStream(file)) {
                        p.load(in);
                    }
                } else {
                    Files.createDirectories(file.getParent());
                    p.setProperty("postgres", randomPassword());
                    p.setProperty(OWNER_ROLE, randomPassword());
                    p.setProperty(APP_ROLE, randomPassword());
                    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
                    Files.deleteIfExists(tmp);
                    try {
                        Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                    } catch (UnsupportedOperationException e) {
                        Files.createFile(tmp);
                    }
                    try (var out = Files.newOutputStream(tmp)) {
                        p.store(out, "Passwords of the embedded PostgreSQL roles. Keep this file secret.");
                    }
                    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
                }
                return new Credentials(p.getProperty("postgres"), p.getProperty(OWNER_ROLE), p.getProperty(APP_ROLE));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read or write " + file, e);
            }
        }

        private static String randomPassword() {
            byte[] bytes = new byte[24];
            new SecureRandom().nextBytes(bytes);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        }

        @Override
        public String toString() {
            return "Credentials[hidden]";
        }
    }

    static class NoExternalDatabase implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
        }
    }
}
