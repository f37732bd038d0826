package nl.vangnet.assessment;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A safety assessment's follow-up decision took effect (it was confirmed): the follow-up module starts the track.
 * Published inside the confirming transaction, so the decision and its track are stored together or not at all.
 */
public record FollowUpDecided(UUID dossierId, UUID reportId, Decision decision, LocalDate decidedOn,
        String handoverTo, String handoverParty) {
}
