package nl.vangnet.intake;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import nl.vangnet.platform.Checks;

/** An advice request as the API and the form send it; values stay text until validated. */
public record AdviceRequestInput(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "date-time",
                description = Checks.MOMENT_RANGE + " Niet in de toekomst.", example = "2026-05-11T10:05:00+02:00") String receivedAt,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, implementation = Channel.class,
                description = "Een adviesvraag komt binnen per PHONE, EMAIL, POST of CHAT", example = "PHONE") String channel,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Valid Seeker seeker,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                example = "De buurvrouw hoort bijna elke avond geschreeuw en gebonk bij de buren en maakt zich zorgen om de kinderen.")
        @Size(max = Checks.MAX_TEXT) String concern,
        @ArraySchema(schema = @Schema(implementation = ViolenceType.class, example = "PARTNER_VIOLENCE"))
        List<String> violenceTypes,
        @Schema(example = "Besproken wat zij kan doen: de politie bellen bij acuut gevaar, en een melding overwogen.")
        @Size(max = Checks.MAX_TEXT) String adviceGiven,
        @Schema(example = "Wij bellen haar over twee dagen terug.") @Size(max = Checks.MAX_REMARK) String agreement,
        @Schema(format = "date", description = Checks.PLANNED_DATE_RANGE, example = "2026-05-13") String callBackOn,
        @Schema(description = "Van elke persoon zijn de rol en de achternaam nodig; een BSN wordt bij een "
                + "adviesvraag niet vastgelegd", example = "[{\"role\":\"CHILD\",\"surname\":\"Bakker\",\"givenNames\":\"Lotte\","
                + "\"dateOfBirth\":\"2019-09-14\"}]") List<ReportInput.@Valid PersonInput> persons,
        @Schema(format = "uuid", description = "Het team waarvoor de adviesvraag is; nodig als de aanroeper niet in precies één team zit")
        String teamId) {

    /** The advice seeker; a made-up name is allowed and marked as such. */
    public record Seeker(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Een verzonnen naam mag (madeUpName)",
                    example = "Mevrouw Bakker") @Size(max = Checks.MAX_SHORT_TEXT) String name,
            @Schema(example = "true") Boolean madeUpName,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, implementation = ReporterType.class, example = "PRIVATE") String type,
            @Schema(implementation = ReporterCategory.class, description = "Nodig bij een beroepskracht (PROFESSIONAL)") String category,
            @Size(max = Checks.MAX_SHORT_TEXT) String organisation) {
    }
}
