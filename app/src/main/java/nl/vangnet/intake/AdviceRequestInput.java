package nl.vangnet.intake;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import nl.vangnet.platform.Checks;

/** An advice request as the API and the form send it; values stay text until validated. */
public record AdviceRequestInput(
        @Schema(format = "date-time", description = Checks.MOMENT_RANGE) String receivedAt,
        @Schema(implementation = Channel.class) String channel,
        @Valid Seeker seeker,
        @Size(max = Checks.MAX_TEXT) String concern,
        @ArraySchema(schema = @Schema(implementation = ViolenceType.class)) List<String> violenceTypes,
        @Size(max = Checks.MAX_TEXT) String adviceGiven,
        @Size(max = Checks.MAX_REMARK) String agreement,
        @Schema(format = "date", description = Checks.PLANNED_DATE_RANGE) String callBackOn,
        List<ReportInput.@Valid PersonInput> persons,
        @Schema(format = "uuid") String teamId) {

    /** The advice seeker; a made-up name is allowed and marked as such. */
    public record Seeker(
            @Size(max = Checks.MAX_SHORT_TEXT) String name,
            Boolean madeUpName,
            @Schema(implementation = ReporterType.class) String type,
            @Schema(implementation = ReporterCategory.class) String category,
            @Size(max = Checks.MAX_SHORT_TEXT) String organisation) {
    }
}
