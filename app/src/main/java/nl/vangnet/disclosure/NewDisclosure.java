package nl.vangnet.disclosure;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/**
 * A disclosure to register: the dossier it comes from (none for an export across dossiers), which exchange it was
 * part of and its own id there (the track, the request, the signal), the date it left, the recipient (organisation,
 * and the person there when known), the legal ground, the data items sent, the persons it is about, and a short
 * description of what was sent (optional).
 */
public record NewDisclosure(UUID dossierId, DisclosureKind kind, UUID sourceId, LocalDate disclosedOn,
        String recipientOrganisation, String recipientPerson, LegalGround ground, Set<DataItem> items,
        Collection<UUID> personIds, String description) {
}
