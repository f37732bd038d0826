package nl.vangnet.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import nl.vangnet.support.EventProbe;
import nl.vangnet.support.EventProbe.Probe;
import nl.vangnet.support.IntegrationTest;
import nl.vangnet.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Spring Modulith's JDBC event publication registry on the real database: a durable listener's publication is stored
 * with the publishing transaction, completed when the listener ran, kept incomplete when it failed until it is
 * resubmitted, never stored or delivered when the transaction rolls back, and deleted 7 days after completion.
 * Durable listeners run asynchronously after the commit: the tests wait for the registry's state, never for a time.
 */
@IntegrationTest
class EventPublicationRegistryIT {

    static final Duration PATIENCE = Duration.ofSeconds(20);

    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;
    @Autowired EventProbe probe;
    @Autowired IncompleteEventPublications incomplete;
    @Autowired EventPublicationCleanup cleanup;
    @Autowired MutableClock clock;

    record Publication(String listener, String status, boolean completed, int attempts) {
    }

    @Test
    void aPublicationIsStoredWithItsTransactionAndCompletedWhenTheListenerRan() {
        UUID id = UUID.randomUUID();
        publishCommitted(id);
        await().atMost(PATIENCE).until(() -> probe.delivered(id));
        await().atMost(PATIENCE).until(() -> completed(id));
        assertThat(publications(id)).singleElement().satisfies(p -> {
            assertThat(p.listener()).contains("EventProbe.on(").contains("Probe");
            assertThat(p.status()).isEqualTo("COMPLETED");
            assertThat(p.completed()).isTrue();
        });
    }

    @Test
    void aListenerThatFailsLeavesItsPublicationIncompleteUntilItIsResubmittedAndSucceeds() {
        UUID id = UUID.randomUUID();
        probe.breakFor(id);
        publishCommitted(id);
        await().atMost(PATIENCE).until(() -> publications(id).stream().anyMatch(p -> "FAILED".equals(p.status())));
        assertThat(publications(id)).singleElement().satisfies(p -> {
            assertThat(p.completed()).isFalse();
            assertThat(p.attempts()).as("the failed attempt").isEqualTo(1);
        });
        assertThat(probe.delivered(id)).isFalse();

        probe.repair(id);
        incomplete.resubmitIncompletePublications(p -> p.getEvent() instanceof Probe resubmitted && resubmitted.id().equals(id));
        await().atMost(PATIENCE).until(() -> probe.delivered(id));
        await().atMost(PATIENCE).until(() -> completed(id));
        assertThat(publications(id)).singleElement().satisfies(p -> {
            assertThat(p.status()).isEqualTo("COMPLETED");
            assertThat(p.attempts()).as("the failed attempt and the resubmitted one").isEqualTo(2);
        });
    }

    @Test
    void anEventPublishedInATransactionThatRollsBackIsNeitherStoredNorDelivered() {
        UUID rolledBack = UUID.randomUUID();
        transactions.executeWithoutResult(status -> {
            events.publishEvent(new Probe(rolledBack));
            assertThat(publications(rolledBack)).as("stored in the publishing transaction").hasSize(1);
            status.setRollbackOnly();
        });
        assertThat(publications(rolledBack)).isEmpty();
        // A probe published after it is delivered; the rolled-back one never is.
        UUID committed = UUID.randomUUID();
        publishCommitted(committed);
        await().atMost(PATIENCE).until(() -> probe.delivered(committed));
        assertThat(probe.delivered(rolledBack)).isFalse();
        assertThat(publications(rolledBack)).isEmpty();
    }

    @Test
    void completedPublicationsAreDeletedSevenDaysAfterCompletionIncompleteOnesAreKept() {
        UUID old = UUID.randomUUID();
        UUID failing = UUID.randomUUID();
        probe.breakFor(failing);
        publishCommitted(old);
        publishCommitted(failing);
        await().atMost(PATIENCE).until(() -> completed(old)
                && publications(failing).stream().anyMatch(p -> "FAILED".equals(p.status())));

        clock.advance(Duration.ofDays(7).minusMinutes(1));
        cleanup.deleteCompleted();
        assertThat(publications(old)).as("completed less than 7 days ago").hasSize(1);

        clock.advance(Duration.ofMinutes(2));
        UUID recent = UUID.randomUUID();
        publishCommitted(recent);
        await().atMost(PATIENCE).until(() -> completed(recent));
        cleanup.deleteCompleted();
        assertThat(publications(old)).as("completed more than 7 days ago").isEmpty();
        assertThat(publications(recent)).hasSize(1);
        assertThat(publications(failing)).as("incomplete, however old").hasSize(1);
        probe.repair(failing);
        incomplete.resubmitIncompletePublications(p -> p.getEvent() instanceof Probe resubmitted && resubmitted.id().equals(failing));
        await().atMost(PATIENCE).until(() -> completed(failing));
    }

    private void publishCommitted(UUID id) {
        transactions.executeWithoutResult(status -> events.publishEvent(new Probe(id)));
    }

    private boolean completed(UUID id) {
        List<Publication> publications = publications(id);
        return !publications.isEmpty() && publications.stream().allMatch(Publication::completed);
    }

    /** The registry's rows for one probe (the serialized event holds its id). */
    private List<Publication> publications(UUID id) {
        return jdbc.sql("""
                        SELECT listener_id, status, completion_date IS NOT NULL, coalesce(completion_attempts, 0)
                        FROM event_publication WHERE event_type = :type AND serialized_event LIKE :id""")
                .param("type", Probe.class.getName()).param("id", "%" + id + "%")
                .query((rs, n) -> new Publication(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getInt(4)))
                .list();
    }
}
