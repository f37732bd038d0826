package nl.vangnet.accesslog;

import java.time.Instant;
import java.util.UUID;

/**
 * Filters for reading the access log; newest first, at most {@code limit} entries before {@code beforeSeq}.
 * {@code actor} matches the username or (part of) the display name of who acted.
 */
public record AccessLogQuery(UUID dossierId, UUID personId, Instant from, Instant to, Long beforeSeq, int limit,
        String actor, AccessAction action, AccessOutcome outcome) {

    public AccessLogQuery(UUID dossierId, UUID personId, Instant from, Instant to, Long beforeSeq, int limit) {
        this(dossierId, personId, from, to, beforeSeq, limit, null, null, null);
    }

    public AccessLogQuery withLimit(int newLimit) {
        return new AccessLogQuery(dossierId, personId, from, to, beforeSeq, newLimit, actor, action, outcome);
    }
}
