package nl.vangnet.retention;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

/** What the API and the pages send about destruction lists and legal holds. */
public final class RetentionInput {

    static final int MAX_REASON = 2000;

    private RetentionInput() {
    }

    /** The decision on a destruction list: approved (and executed at once) or rejected with a reason. */
    public record Approval(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"APPROVED", "REJECTED"},
                    example = "APPROVED", description = "Goedgekeurd (de dossiers worden meteen vernietigd) of afgewezen")
            @Size(max = 10) String decision,
            @Schema(maxLength = MAX_REASON, example = "Lijst gecontroleerd; geen lopende procedures.",
                    description = "Toelichting; verplicht bij een afwijzing") @Size(max = MAX_REASON) String reason) {
    }

    /** A dossier taken off an open list, with the reason. */
    public record TakeOff(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = MAX_REASON,
                    example = "Er loopt een klacht over dit dossier.", description = "Waarom het dossier van de lijst gaat")
            @Size(max = MAX_REASON) String reason) {
    }

    /** A legal hold on a dossier: it stays off every destruction list until the hold is lifted. */
    public record Hold(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = MAX_REASON,
                    example = "Lopende rechtszaak; bewaren tot de uitspraak.", description = "Waarom het dossier bewaard moet blijven")
            @Size(max = MAX_REASON) String reason) {
    }
}
