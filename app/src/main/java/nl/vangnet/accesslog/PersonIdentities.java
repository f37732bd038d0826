package nl.vangnet.accesslog;

import java.util.Set;
import java.util.UUID;

/**
 * The earlier ids of a person whose duplicate records were merged; provided by the person module, so that a person's
 * log overview also finds the entries that named them under an old id (the log is append-only).
 */
public interface PersonIdentities {
    Set<UUID> formerIdsOf(UUID personId);
}
