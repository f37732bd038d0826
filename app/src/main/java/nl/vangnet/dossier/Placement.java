package nl.vangnet.dossier;

import java.util.List;
import java.util.UUID;

/**
 * Where a report went: the dossier (new, or the household's open one it joined), the ids of its persons in the
 * order given, and the earlier dossiers in which any of the persons appear.
 */
public record Placement(UUID dossierId, boolean joinedOpenDossier, List<UUID> personIds,
        List<DossierSummary> earlierDossiers, List<UUID> knownPersonIds) {
}
