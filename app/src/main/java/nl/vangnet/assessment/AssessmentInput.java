package nl.vangnet.assessment;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import nl.vangnet.platform.Checks;

/** An assessment as the API and the form send it; {@code complete} asks the four-eyes confirmation by confirmerId. */
public record AssessmentInput(
        List<@Valid SourceInput> sources,
        Boolean acuteUnsafety,
        @Size(max = Checks.MAX_TEXT) String acuteDescription,
        Boolean structuralUnsafety,
        @Size(max = Checks.MAX_TEXT) String structuralDescription,
        List<@Size(max = Checks.MAX_SHORT_TEXT) String> riskFactors,
        @Size(max = Checks.MAX_TEXT) String riskNotes,
        @Schema(implementation = Decision.class) String decision,
        @Schema(allowableValues = {"LOCAL_TEAM", "CARE_INVOLVED", "HOUSEHOLD"}) String handoverTo,
        @Size(max = Checks.MAX_SHORT_TEXT) String handoverParty,
        @Size(max = Checks.MAX_TEXT) String reasoning,
        Boolean complete,
        @Schema(format = "uuid") String confirmerId) {

    /** Information gathered: from where, when, what, and whether care is already involved (by whom). */
    public record SourceInput(
            @Schema(allowableValues = {"OWN_RECORDS", "POLICE", "RVDK", "VERWIJSINDEX", "OTHER"}) String source,
            @Schema(format = "date", description = Checks.DATE_RANGE) String gatheredOn,
            @Size(max = Checks.MAX_TEXT) String summary,
            Boolean careInvolved,
            @Size(max = Checks.MAX_SHORT_TEXT) String careBy) {
    }
}
