package nl.vangnet.disclosure;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import java.util.List;
import nl.vangnet.platform.Checks;

/** Any other exchange of a dossier's data, registered by hand (kind {@code OTHER}). */
public record DisclosureInput(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Aan welke organisatie de gegevens gingen",
                example = "Politie Midden-Nederland, wijkteam Overvecht") @Size(max = Checks.MAX_SHORT_TEXT)
        String recipientOrganisation,
        @Schema(description = "De persoon bij de ontvanger (naam en functie), als die bekend is", example = "Wijkagent R. Bakker")
        @Size(max = Checks.MAX_SHORT_TEXT) String recipientPerson,
        @ArraySchema(arraySchema = @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                description = "Over welke personen van het dossier (een of meer)"),
                schema = @Schema(format = "uuid", maxLength = 36, example = "3f2b8c1e-6d4a-4b9e-9c1f-2a7d5e8b0c41"))
        List<String> personIds,
        @ArraySchema(arraySchema = @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = DisclosureLabels.ITEMS),
                schema = @Schema(implementation = DataItem.class, example = "NAME"))
        List<String> dataItems,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, implementation = LegalGround.class,
                description = DisclosureLabels.GROUNDS, example = "PREVENT_SERIOUS_HARM") String legalGround,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "date",
                description = Checks.PAST_DATE_RANGE, example = "2026-05-11") String disclosedOn,
        @Schema(description = "Wat is verstrekt en hoe", example = "Telefonisch: adres en de zorg om de veiligheid van moeder, voor het huisbezoek van de politie.")
        @Size(max = Checks.MAX_REMARK) String description) {
}
