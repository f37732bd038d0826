package nl.vangnet.research;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A new selection of dossiers for one external party, as the FG sends it. */
public record SelectionInput(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "uuid", maxLength = 36,
                example = "5b1e2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", description = "Het externe account") @Size(max = 36) String userId,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"RESEARCH", "SAMPLE", "INVESTIGATION"},
                example = "RESEARCH", description = "Onderzoeksselectie (onderzoeker), steekproef (accountant) of onderzoek "
                        + "(inspectie, ombudsman)") @Size(max = 20) String kind,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 500,
                example = "Wetenschappelijk onderzoek naar de duur van onderzoekstrajecten (UU, 2026)",
                description = "Het doel; staat bij elke toegang in het toegangslog") @Size(max = 500) String purpose,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "date", maxLength = 10, example = "2026-05-11",
                description = "Geldig vanaf") @Size(max = 10) String validFrom,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "date", maxLength = 10, example = "2026-08-31",
                description = "Geldig tot en met; ten hoogste een jaar, binnen de geldigheid van het account") @Size(max = 10)
        String validUntil,
        @ArraySchema(schema = @Schema(maxLength = 20, example = "VT-2026-000001"), maxItems = 1000)
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "[\"VT-2026-000001\"]",
                description = "De kenmerken van de geselecteerde dossiers") @Size(max = 1000) List<String> dossierReferences) {
}
