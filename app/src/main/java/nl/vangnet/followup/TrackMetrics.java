package nl.vangnet.followup;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Counts the tracks that start and finish, per kind, for the operations dashboard ({@code /actuator/prometheus}:
 * {@code vangnet_tracks_started_total}, {@code vangnet_tracks_finished_total}). Durable and after the commit
 * ({@link ApplicationModuleListener}): only stored transitions count, and counting never slows or fails the act. It
 * reads no dossier or person data, so it writes no access-log entry.
 */
@Component
class TrackMetrics {

    private final MeterRegistry meters;

    TrackMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    @ApplicationModuleListener
    void onStarted(TrackStarted started) {
        meters.counter("vangnet.tracks.started", "kind", started.kind().name()).increment();
    }

    @ApplicationModuleListener
    void onTransitioned(TrackTransitioned transitioned) {
        if (transitioned.finished()) {
            meters.counter("vangnet.tracks.finished", "kind", transitioned.kind().name()).increment();
        }
    }
}
