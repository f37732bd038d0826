package nl.vangnet.platform;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whether this database holds demo or live data. The mode is fixed the first time the application starts on a
 * database: the demo profile refuses a live database and the live application refuses a demo database, so the
 * demo's published passwords never exist where real data is.
 */
@Component
public class Installation {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final boolean demoProfile;
    private volatile InstallationMode mode;

    public Installation(JdbcClient jdbc, Clock clock, Environment environment) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.demoProfile = environment.matchesProfiles("demo");
    }

    public boolean demo() {
        return mode() == InstallationMode.DEMO;
    }

    public InstallationMode mode() {
        InstallationMode m = mode;
        if (m == null) {
            m = recorded().orElse(demoProfile ? InstallationMode.DEMO : InstallationMode.LIVE);
            mode = m;
        }
        return m;
    }

    /** Fixes the mode on a fresh database, or checks that it matches the profile; refuses to go on otherwise. */
    public InstallationMode claim(boolean databaseHasStaff) {
        InstallationMode wanted = demoProfile ? InstallationMode.DEMO : InstallationMode.LIVE;
        Optional<InstallationMode> existing = recorded();
        if (existing.isEmpty()) {
            if (demoProfile && databaseHasStaff) {
                throw new IllegalStateException("The demo profile refuses to start: this database already holds "
                        + "non-demo data. Use an empty database (another vangnet.data-dir) for the demo.");
            }
            jdbc.sql("INSERT INTO installation (id, mode, created_at) VALUES (1, :m, :t)")
                    .param("m", wanted.name()).param("t", Timestamp.from(clock.instant())).update();
        } else if (existing.get() != wanted) {
            throw new IllegalStateException(existing.get() == InstallationMode.LIVE
                    ? "The demo profile refuses to start: this database holds live (non-demo) data. "
                            + "Use an empty database (another vangnet.data-dir) for the demo."
                    : "This database holds demo data with published passwords; start with the demo profile or use "
                            + "another database (vangnet.data-dir or spring.datasource.url).");
        }
        mode = wanted;
        return wanted;
    }

    private Optional<InstallationMode> recorded() {
        return jdbc.sql("SELECT mode FROM installation WHERE id = 1").query(String.class).optional()
                .map(InstallationMode::valueOf);
    }
}
