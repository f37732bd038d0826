package nl.vangnet.followup;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A follow-up track started (a confirmed decision, an investigation's next step or a monitoring contact started it),
 * in its initial status. Published inside the starting transaction; carries ids, dates and codes only.
 */
public record TrackStarted(UUID trackId, UUID dossierId, TrackKind kind, LocalDate startedOn) {
}
