package nl.vangnet.intake;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import nl.vangnet.platform.Checks;

/**
 * A correction of a report's registered fields, with its reason. A field left out (or empty) stays as it is. The
 * reporter's text as verified is never overwritten: {@code concernCorrection} is added and shown beside it.
 */
public record ReportCorrectionInput(
        @Schema(implementation = Channel.class, example = "EMAIL") String channel,
        @Schema(example = "Anna de Vries-Jansen") @Size(max = Checks.MAX_SHORT_TEXT) String reporterName,
        @Schema(example = "Basisschool De Regenboog") @Size(max = Checks.MAX_SHORT_TEXT) String reporterOrganisation,
        @Schema(example = "Intern begeleider") @Size(max = Checks.MAX_SHORT_TEXT) String reporterFunction,
        @Schema(example = "030 765 4321") @Size(max = Checks.MAX_SHORT_TEXT) String reporterPhone,
        @Schema(example = "a.devries@regenboog.example") @Size(max = Checks.MAX_SHORT_TEXT) String reporterEmail,
        @Schema(implementation = PersonsAware.class, example = "PARTLY") String personsAware,
        @Schema(description = "Een correctie van de tekst van de melder; die tekst zelf blijft zoals hij is geverifieerd",
                example = "Sem is 9 jaar, niet 8; de blauwe plekken zag de gymleraar, niet de juf.")
        @Size(max = Checks.MAX_TEXT) String concernCorrection,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Waarom dit wordt gecorrigeerd",
                example = "De melder belde terug met de juiste gegevens.")
        @Size(max = Checks.MAX_REMARK) String reason) {

    @Override
    public String toString() {
        return "ReportCorrectionInput";
    }
}
