package nl.vangnet.dossier;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What other modules hold about a dossier (reports, later assessments and tracks), listed on the dossier's page.
 * Implemented by those modules, so the dependency points from them to the dossier, not back.
 */
public interface DossierParts {

    /** The parts of a dossier the caller has already been allowed to open (the access is checked and logged). */
    List<Part> partsOf(UUID dossierId);

    /**
     * A line on the dossier page: what it is ({@code kindKey}, a message key such as "Melding"), its reference, its
     * state and a detail (both message keys), where it is, and when it happened.
     */
    record Part(String kindKey, String reference, String statusKey, String detailKey, String href, Instant at) {
    }
}
