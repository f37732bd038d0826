package nl.vangnet.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notices when the embedded PostgreSQL's postmaster dies (kill -9, a crash, {@code pg_ctl stop}) and starts it again
 * on the same data directory and port, so that the application comes back by itself: PostgreSQL recovers from its
 * write-ahead log (no acknowledged commit is lost: {@code synchronous_commit} and {@code fsync} are on), and the
 * connection pool replaces its broken connections. Until then {@code /actuator/health} answers DOWN
 * ({@link DatabaseHealthIndicator}). A start that fails (for example while the dead postmaster's children still hold
 * its shared memory) is retried every {@link #CHECK_EVERY}, logged once per minute at most.
 */
public final class EmbeddedDatabaseWatchdog implements AutoCloseable {

    static final Duration CHECK_EVERY = Duration.ofMillis(250);
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseWatchdog.class);

    /** Starts a new postmaster on the same data and port. */
    @FunctionalInterface
    interface Starter {
        EmbeddedPostgres start() throws IOException;
    }

    private final EmbeddedPostgres first;
    private final Path cluster;
    private final Starter starter;
    private final ScheduledExecutorService executor;
    private volatile EmbeddedPostgres current;
    private volatile boolean closed;
    private long lastFailureLogged;
    private int restarts;

    EmbeddedDatabaseWatchdog(EmbeddedPostgres postgres, Path cluster, Starter starter) {
        this.first = postgres;
        this.cluster = cluster;
        this.current = postgres;
        this.starter = starter;
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "embedded-postgres-watchdog");
            t.setDaemon(true);
            return t;
        });
        executor.scheduleWithFixedDelay(this::check, CHECK_EVERY.toMillis(), CHECK_EVERY.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** How often the postmaster was started again since the application started. */
    public int restarts() {
        return restarts;
    }

    private void check() {
        EmbeddedPostgres postgres = current;
        if (closed || postmasterAlive(cluster)) {
            return;
        }
        if (lastFailureLogged == 0) {
            log.error("The embedded PostgreSQL stopped; starting it again");
        }
        try {
            // Releases the data directory's lock; its stop command fails harmlessly, the postmaster being gone.
            postgres.close();
        } catch (IOException | RuntimeException e) {
            log.debug("Closing the stopped embedded PostgreSQL", e);
        }
        try {
            EmbeddedPostgres restarted = starter.start();
            if (closed) {
                restarted.close();
                return;
            }
            current = restarted;
            restarts++;
            lastFailureLogged = 0;
            log.warn("The embedded PostgreSQL runs again on port {} (restart {})", restarted.getPort(), restarts);
        } catch (IOException | RuntimeException e) {
            long now = System.nanoTime();
            if (lastFailureLogged == 0 || now - lastFailureLogged > TimeUnit.MINUTES.toNanos(1)) {
                log.error("The embedded PostgreSQL could not be started again; retrying: {}", e.getClass().getName());
                lastFailureLogged = now;
            }
        }
    }

    /**
     * Whether the postmaster named in the data directory's {@code postmaster.pid} runs (pg_ctl starts it detached, so
     * it is no child of ours): the file is gone after a clean stop, and names a dead (or zombie) process after a kill.
     */
    static boolean postmasterAlive(Path cluster) {
        long pid;
        try {
            pid = Long.parseLong(Files.readAllLines(cluster.resolve("postmaster.pid")).getFirst().strip());
        } catch (IOException | RuntimeException e) {
            return false;
        }
        if (!ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            return false;
        }
        try {
            // A killed process whose parent has not reaped it yet still "exists" as a zombie (state Z).
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
        } catch (IOException | RuntimeException e) {
            return true;
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        closed = true;
        executor.shutdownNow();
        executor.awaitTermination(30, TimeUnit.SECONDS);
        if (current != first) {
            current.close();
        }
    }
}
