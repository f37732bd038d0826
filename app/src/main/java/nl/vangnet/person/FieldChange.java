package nl.vangnet.person;

import java.time.Instant;
import java.util.UUID;
import nl.vangnet.platform.FreeText;

/**
 * One field changed by a correction: its earlier and its new value, who changed it, when and why. {@code dossierId}
 * is where it was changed from (null for a change that belongs to no dossier). The owner of the data keeps it.
 */
public record FieldChange(UUID changeId, String field, String oldValue, String newValue, @FreeText String reason,
        String changedBy, Instant changedAt, UUID dossierId) {

    @Override
    public String toString() {
        return "FieldChange[" + field + "]";
    }
}
