package nl.vangnet.platform;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes the event publications whose listener completed more than {@code vangnet.events.completed-retention} ago
 * (7 days): long enough to see what happened after an incident, short enough that the registry stays small.
 * Incomplete publications are kept until their listener succeeds. "Now" is the injected clock: Modulith's registry
 * takes the application's {@link java.time.Clock} bean.
 */
@Component
public class EventPublicationCleanup {

    private static final Logger log = LoggerFactory.getLogger(EventPublicationCleanup.class);

    private final CompletedEventPublications completed;
    private final Duration retention;

    EventPublicationCleanup(CompletedEventPublications completed,
            @Value("${vangnet.events.completed-retention:7d}") Duration retention) {
        this.completed = completed;
        this.retention = retention;
    }

    @Scheduled(cron = "${vangnet.events.cleanup-cron:0 45 3 * * *}", zone = "Europe/Amsterdam")
    public void deleteCompleted() {
        completed.deletePublicationsOlderThan(retention);
        log.info("Deleted event publications completed more than {} ago", retention);
    }
}
