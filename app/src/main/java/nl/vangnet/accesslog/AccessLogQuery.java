package nl.vangnet.accesslog;

import java.time.Instant;
import java.util.UUID;

/** Filters for reading the access log; newest first, at most {@code limit} entries before {@code beforeSeq}. */
public record AccessLogQuery(UUID dossierId, UUID personId, Instant from, Instant to, Long beforeSeq, int limit) {
}
