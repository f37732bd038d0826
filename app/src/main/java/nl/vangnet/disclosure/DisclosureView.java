package nl.vangnet.disclosure;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.vangnet.platform.FreeText;

/**
 * A registered disclosure as the register shows it: when, which exchange, to whom, on which ground, which data items,
 * about whom (ids and names), from which dossier, who decided and when it was recorded.
 */
public record DisclosureView(UUID id, LocalDate disclosedOn, DisclosureKind kind, String recipientOrganisation,
        String recipientPerson, LegalGround legalGround, List<DataItem> dataItems, List<About> persons, UUID dossierId,
        @Schema(description = "Het kenmerk van het dossier (leeg bij een export over dossiers heen)") String dossierReference,
        @Schema(description = "Wie besloot tot de verstrekking") String decidedBy, Instant recordedAt,
        @FreeText String description) {

    /** A person the disclosure is about. */
    public record About(UUID id, String name) {
    }
}
