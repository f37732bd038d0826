package nl.vangnet.dossier;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * To whom data about a person of the dossier was disclosed (AVG art. 15: the recipients), shown on the person's page.
 * Implemented by the module that keeps the register of disclosures, so the dependency points from it to the dossier.
 */
public interface PersonRecipients {

    /** The disclosures about the person from this dossier, newest first; the caller has checked and logged the access. */
    List<Recipient> recipientsOf(UUID dossierId, UUID personId);

    /**
     * One disclosure as the person's page lists it: when, to which organisation and person, on which legal ground and
     * which data items (message keys).
     */
    record Recipient(LocalDate disclosedOn, String organisation, String person, String groundKey, List<String> itemKeys) {
    }
}
