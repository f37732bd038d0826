package nl.vangnet.accesslog;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What the log review shows in place of ids: dossier references and the names of the persons concerned. Provided by
 * the dossier module (which holds the references and reads the person register), so that the access log, which is
 * below both, keeps to its own tables. Every method takes a whole page of ids at once.
 */
public interface AccessLogLabels {

    /** A dossier as the log shows it: its reference and the team it belongs to. */
    record DossierLabel(String reference, UUID teamId) {
    }

    Map<UUID, DossierLabel> dossiers(Collection<UUID> dossierIds);

    /** The dossier with this reference ("VT-2026-000123"), if there is one. */
    Optional<UUID> dossierWithReference(String reference);

    /** The persons' full names, also under the ids of duplicates that were merged into a person (V15). */
    Map<UUID, String> personNames(Collection<UUID> personIds);

    /** The persons in the dossier (also under their merged ids). */
    Set<UUID> personsOf(UUID dossierId);
}
