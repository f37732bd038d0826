package nl.vangnet.disclosure;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.vangnet.dossier.PersonRecipients;
import org.springframework.stereotype.Component;

/** "Verstrekt aan" on a person's page: the disclosures about the person from the dossier the page belongs to. */
@Component
class RecipientsOnPersonPage implements PersonRecipients {

    private final DisclosureRows rows;

    RecipientsOnPersonPage(DisclosureRows rows) {
        this.rows = rows;
    }

    @Override
    public List<Recipient> recipientsOf(UUID dossierId, UUID personId) {
        return rows.find(new DisclosureQuery(null, null, null, null, personId, null, DisclosureQuery.MAX_LIMIT), Set.of(dossierId))
                .stream().map(r -> new Recipient(r.disclosedOn(), r.recipientOrganisation(), r.recipientPerson(),
                        "disclosure.ground." + r.legalGround().name(),
                        r.dataItems().stream().map(i -> "disclosure.item." + i.name()).toList()))
                .toList();
    }
}
