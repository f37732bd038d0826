package nl.vangnet.accesslog;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * An entry of the access log as the review shows it: who by name, dossier references instead of ids, the names of the
 * persons concerned where the reader may see them (the others counted), and whether it was an emergency access.
 */
public record AccessLogRow(long seq, Instant occurredAt,
        @Schema(description = "De naam van wie handelde (de gebruikersnaam als er geen naam is)") String actor,
        @Schema(description = "De gebruikersnaam zoals gelogd") String username,
        @Schema(description = "De gebruikte rol(len), door komma's gescheiden") String roleUsed,
        AccessAction action, AccessOutcome outcome,
        @Schema(description = "Dossierkenmerken die de lezer mag zien") List<String> dossiers,
        @Schema(description = "Het aantal andere dossiers in de regel (niet van het team van de lezer)") int otherDossiers,
        @Schema(description = "Namen van de betrokken personen die de lezer mag zien") List<String> persons,
        @Schema(description = "Het aantal andere personen in de regel") int otherPersons,
        String reason, String clientIp,
        @Schema(description = "true bij noodtoegang (het verlenen ervan en elke toegang onder een noodtoegang)") boolean emergency) {

    /** The roles used, one by one (a refusal logs every role the actor has). */
    public List<String> roles() {
        return roleUsed == null || roleUsed.isBlank() ? List.of() : Arrays.asList(roleUsed.split(","));
    }
}
