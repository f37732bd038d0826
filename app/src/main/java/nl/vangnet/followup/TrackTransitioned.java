package nl.vangnet.followup;

import java.util.UUID;

/**
 * A follow-up track moved to {@code status} by one of its business verbs ({@link TrackStateMachine}). Published inside
 * the acting transaction: a listener after the commit sees only transitions that were stored.
 */
public record TrackTransitioned(UUID trackId, UUID dossierId, TrackKind kind, TrackStatus status) {

    /** The track ended ({@link TrackStatus#FINISHED}): it no longer keeps the dossier open. */
    public boolean finished() {
        return status == TrackStatus.FINISHED;
    }
}
