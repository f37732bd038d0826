package nl.vangnet.assessment;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import nl.vangnet.platform.Checks;

/** An assessment as the API and the form send it; {@code complete} asks the four-eyes confirmation by confirmerId. */
@Schema(description = "Een veiligheidsbeoordeling. Geen veld is altijd nodig: een concept mag onvolledig zijn; wie afrondt "
        + "(complete: true) geeft ten minste sources, acuteUnsafety, structuralUnsafety, decision, reasoning en confirmerId.")
public record AssessmentInput(
        @ArraySchema(arraySchema = @Schema(description = "Nodig bij complete: true (ten minste één bron)")) List<@Valid SourceInput> sources,
        @Schema(description = "Nodig bij complete: true", example = "false") Boolean acuteUnsafety,
        @Schema(description = "Nodig als acuteUnsafety true is") @Size(max = Checks.MAX_TEXT) String acuteDescription,
        @Schema(description = "Nodig bij complete: true", example = "true") Boolean structuralUnsafety,
        @Schema(description = "Nodig als structuralUnsafety true is",
                example = "Vader slaat moeder herhaaldelijk waar de kinderen bij zijn; de politie kwam twee keer.")
        @Size(max = Checks.MAX_TEXT) String structuralDescription,
        @Schema(description = "Codes van de lijst van risicofactoren", example = "[\"EARLIER_VIOLENCE\"]") List<@Size(max = Checks.MAX_SHORT_TEXT) String> riskFactors,
        @Size(max = Checks.MAX_TEXT) String riskNotes,
        @Schema(implementation = Decision.class, description = "Nodig bij complete: true", example = "INVESTIGATION") String decision,
        @Schema(allowableValues = {"LOCAL_TEAM", "CARE_INVOLVED", "HOUSEHOLD"}, description = "Nodig bij het besluit HANDOVER")
        String handoverTo,
        @Schema(description = "Nodig bij het besluit HANDOVER: wie het overneemt") @Size(max = Checks.MAX_SHORT_TEXT) String handoverParty,
        @Schema(description = "Nodig bij complete: true", example = "Structurele onveiligheid; de ouders erkennen het geweld niet, onderzoek is nodig.")
        @Size(max = Checks.MAX_TEXT) String reasoning,
        @Schema(description = "true: afgerond, ter bevestiging door confirmerId; anders een concept", example = "true") Boolean complete,
        @Schema(format = "uuid", description = "Nodig bij complete: true: de gedragswetenschapper (niet uzelf) die bevestigt",
                example = "8c1f5e2a-3b4d-4e6f-9a0b-1c2d3e4f5a6b") String confirmerId) {

    /** Information gathered: from where, when, what, and whether care is already involved (by whom). */
    public record SourceInput(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"OWN_RECORDS", "POLICE", "RVDK", "VERWIJSINDEX", "OTHER"}, example = "POLICE")
            String source,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "date", description = Checks.DATE_RANGE, example = "2026-05-08") String gatheredOn,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Twee meldingen van huiselijk geweld op dit adres in het afgelopen jaar.")
            @Size(max = Checks.MAX_TEXT) String summary,
            @Schema(example = "false") Boolean careInvolved,
            @Schema(description = "Nodig als careInvolved true is") @Size(max = Checks.MAX_SHORT_TEXT) String careBy) {
    }
}
