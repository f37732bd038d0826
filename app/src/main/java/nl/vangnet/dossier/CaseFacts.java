package nl.vangnet.dossier;

import java.util.List;
import java.util.UUID;
import nl.vangnet.platform.FreeText;

/**
 * What the dossier page shows at its top about the case itself: the types of violence reported and the concern as
 * the reports put it. Implemented by intake, which holds the reports, so the dependency points from it to the dossier.
 */
public interface CaseFacts {

    /** The facts of a dossier the caller has already been allowed to open (the access is checked and logged). */
    Facts factsOf(UUID dossierId);

    /** The types of violence reported (codes, each once, as {@code violence.<code>} message keys) and the concerns. */
    record Facts(List<String> violenceTypes, @FreeText List<String> concerns) {
    }
}
