package nl.vangnet.dossier;

import java.util.Set;
import java.util.UUID;

/**
 * What a module holds about a dossier and its persons, for the destruction of the dossier (issue 13 §4; Wmo 2015 art.
 * 5.3.4 and a granted request to destroy): every module that keeps rows about a dossier or a person of it implements
 * this, so that only the owning module's SQL names its tables. {@link DossierDestruction} calls every implementation
 * in one transaction, then removes the dossier's own rows and the persons' records; a failure anywhere leaves the
 * dossier whole.
 *
 * <p>The order matters because of foreign keys: implementations carry {@code @Order} from {@link #ORDER_FIRST} up,
 * the modules highest in the graph first (rights, exchange, information requests, disclosures, letters, follow-up,
 * assessment, notices, journal, documents, intake). Do not log access here: the caller has checked and logged it.
 */
public interface DossierContent {

    int ORDER_FIRST = 10;

    /**
     * Remove everything this module holds about the dossier, and about the persons in {@code personIds} (the persons
     * of the dossier who are in no other dossier: their data goes entirely; a person who is also in another dossier
     * keeps what belongs to that dossier).
     */
    void destroy(UUID dossierId, Set<UUID> personIds);
}
