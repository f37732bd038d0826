package nl.vangnet.dossier;

import java.util.List;
import java.util.UUID;

/**
 * What still keeps a dossier open: a report awaiting its assessment, a notice still due, a track still running.
 * Each module that holds such work implements this; a dossier closes only when none of them names anything.
 */
public interface OpenWork {

    /** Short Dutch descriptions of the work still open in the dossier ("het onderzoek loopt nog"); empty if none. */
    List<String> openWorkIn(UUID dossierId);
}
