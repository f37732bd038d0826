package nl.vangnet.followup.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import nl.vangnet.followup.Aware;
import nl.vangnet.platform.Checks;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "AWARE", description = "AWARE-aanvragen: besluit van de indicatiecommissie, uitgifte en inlevering van het kastje")
class AwareApiController {

    private final Aware aware;

    AwareApiController(Aware aware) {
        this.aware = aware;
    }

    @PostMapping("/api/v1/dossiers/{id}/aware")
    @Operation(summary = "Vraag AWARE aan voor een slachtoffer (in principe volwassen) met reële vrees voor dezelfde pleger")
    @ApiResponse(responseCode = "201", description = "De aanvraag is vastgelegd; Location noemt haar")
    ResponseEntity<Aware.Application> apply(@PathVariable UUID id, @RequestBody @Valid ApplicationRequest request) {
        Aware.Application application = aware.apply(id, request.victimId(), request.perpetratorId(), request.fearDescription(),
                request.minorReason());
        return ResponseEntity.created(URI.create("/api/v1/dossiers/" + id + "/aware/" + application.id())).body(application);
    }

    @GetMapping("/api/v1/dossiers/{id}/aware")
    @Operation(summary = "De AWARE-aanvragen van een dossier")
    List<Aware.Application> list(@PathVariable UUID id) {
        return aware.ofDossier(id);
    }

    @PostMapping("/api/v1/dossiers/{id}/aware/{applicationId}/decision")
    @Operation(summary = "Besluit van de indicatiecommissie (politie, Moviera, Veilig Thuis): datum, leden, toekenning, redenen")
    Aware.Application decide(@PathVariable UUID id, @PathVariable UUID applicationId, @RequestBody @Valid DecisionRequest request) {
        return aware.decide(id, applicationId, request.committeeOn(), request.committeeMembers(), request.approved(), request.decisionReasons());
    }

    @PostMapping("/api/v1/dossiers/{id}/aware/{applicationId}/device")
    @Operation(summary = "Het kastje is uitgegeven, met de evaluatiedatum")
    Aware.Application issue(@PathVariable UUID id, @PathVariable UUID applicationId, @RequestBody @Valid DeviceRequest request) {
        return aware.issue(id, applicationId, request.issuedOn(), request.reviewOn());
    }

    @PostMapping("/api/v1/dossiers/{id}/aware/{applicationId}/return")
    @Operation(summary = "Het kastje is ingeleverd")
    Aware.Application returned(@PathVariable UUID id, @PathVariable UUID applicationId, @RequestBody @Valid ReturnRequest request) {
        return aware.returned(id, applicationId, request.returnedOn());
    }

    record ApplicationRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "uuid", description = "Een betrokkene van dit dossier", example = "2f4e6a8c-0b1d-4e3f-a5b7-c9d1e3f5a7b9")
            String victimId,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "uuid", description = "Een andere betrokkene van dit dossier",
                    example = "7a9c1e3f-5b7d-4f1a-8c3e-5a7c9e1b3d5f") String perpetratorId,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Haar ex-partner staat sinds de scheiding herhaaldelijk voor de deur en heeft gedreigd haar iets aan te doen.")
            @Size(max = Checks.MAX_TEXT) String fearDescription,
            @Schema(description = "Nodig als het slachtoffer minderjarig is of de leeftijd onbekend: waarom toch AWARE")
            @Size(max = Checks.MAX_REMARK) String minorReason) {
    }

    record DecisionRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "date", description = Checks.DATE_RANGE + " Niet voor de aanvraag.", example = "2026-05-13")
            String committeeOn,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Politie (POLICE), Moviera (MOVIERA) en Veilig Thuis "
                    + "(VEILIG_THUIS), elk eenmaal", example = "[\"POLICE\", \"MOVIERA\", \"VEILIG_THUIS\"]") List<@Size(max = Checks.MAX_SHORT_TEXT) String> committeeMembers,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "true") Boolean approved,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Reële en aanhoudende dreiging door de ex-partner; een contactverbod is opgelegd.")
            @Size(max = Checks.MAX_REMARK) String decisionReasons) {
    }

    record DeviceRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "date", description = Checks.DATE_RANGE, example = "2026-05-15") String issuedOn,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "date", description = Checks.DATE_RANGE + " Na issuedOn.", example = "2026-08-14") String reviewOn) {
    }

    record ReturnRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "date", description = Checks.DATE_RANGE + " Niet voor de uitgifte.",
            example = "2026-11-13") String returnedOn) {
    }
}
