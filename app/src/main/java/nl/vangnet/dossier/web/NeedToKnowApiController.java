package nl.vangnet.dossier.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.vangnet.dossier.NeedToKnow;
import nl.vangnet.platform.Checks;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Noodzaak tot kennisnemen", description = "Toewijzing, vervanging, raadpleging en noodtoegang")
class NeedToKnowApiController {

    private final NeedToKnow needToKnow;

    NeedToKnowApiController(NeedToKnow needToKnow) {
        this.needToKnow = needToKnow;
    }

    @PostMapping("/api/v1/dossiers/{id}/assignments")
    @Operation(summary = "Wijs het dossier toe aan een medewerker van het team (teamleider)")
    @ApiResponse(responseCode = "204", description = "Gedaan; het antwoord heeft geen inhoud")
    ResponseEntity<Void> assign(@PathVariable UUID id, @RequestBody @Valid AssignmentRequest request) {
        needToKnow.assign(id, request.workerId());
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/api/v1/dossiers/{id}/assignments/{workerId}")
    @Operation(summary = "Haal een medewerker van het dossier af (teamleider)")
    @ApiResponse(responseCode = "204", description = "Gedaan; het antwoord heeft geen inhoud")
    ResponseEntity<Void> unassign(@PathVariable UUID id, @PathVariable UUID workerId) {
        needToKnow.unassign(id, workerId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/substitutes")
    @Operation(summary = "Benoem een vervanger voor een medewerker, voor een periode (teamleider)")
    @ApiResponse(responseCode = "201", description = "De vervanging is vastgelegd; Location noemt haar")
    ResponseEntity<Map<String, UUID>> substitute(@RequestBody @Valid SubstituteRequest request) {
        UUID substitution = needToKnow.nameSubstitute(request.workerId(), request.substituteId(),
                Checks.plausible("from", request.from()), Checks.plausible("to", request.to()));
        return ResponseEntity.created(URI.create("/api/v1/substitutes/" + substitution)).body(Map.of("id", substitution));
    }

    @PostMapping("/api/v1/dossiers/{id}/consultations")
    @Operation(summary = "Raadpleeg een gedragswetenschapper, jurist of vertrouwensarts op dit dossier")
    @ApiResponse(responseCode = "201", description = "De raadpleging is geopend; Location noemt haar")
    ResponseEntity<Map<String, UUID>> consult(@PathVariable UUID id, @RequestBody @Valid ConsultationRequest request) {
        UUID consultation = needToKnow.consult(id, request.consultantId(), request.question());
        return ResponseEntity.created(URI.create("/api/v1/dossiers/" + id + "/consultations/" + consultation))
                .body(Map.of("id", consultation));
    }

    @PostMapping("/api/v1/dossiers/{id}/consultations/{consultationId}/close")
    @Operation(summary = "Sluit een raadpleging: de toegang van de geraadpleegde eindigt")
    @ApiResponse(responseCode = "204", description = "Gedaan; het antwoord heeft geen inhoud")
    ResponseEntity<Void> close(@PathVariable UUID id, @PathVariable UUID consultationId) {
        needToKnow.closeConsultation(id, consultationId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/dossiers/{id}/emergency-access")
    @Operation(summary = "Noodtoegang: met reden en opnieuw de tweede factor; 8 uur, alleen dit dossier, beoordeeld door de teamleider")
    @ApiResponse(responseCode = "201", description = "De noodtoegang is verleend; Location noemt haar")
    ResponseEntity<NeedToKnow.Grant> breakTheGlass(@PathVariable UUID id, @RequestBody @Valid EmergencyRequest request) {
        NeedToKnow.Grant grant = needToKnow.breakTheGlass(id, request.reason(), request.code());
        return ResponseEntity.created(URI.create("/api/v1/emergency-access/" + grant.id())).body(grant);
    }

    @GetMapping("/api/v1/emergency-access/reviews")
    @Operation(summary = "Noodtoegang ter beoordeling (teamleider; nooit de eigen)")
    List<NeedToKnow.ReviewTask> reviews() {
        return needToKnow.reviewTasks();
    }

    @PostMapping("/api/v1/emergency-access/{grantId}/review")
    @Operation(summary = "Beoordeel een noodtoegang: gerechtvaardigd of niet")
    @ApiResponse(responseCode = "204", description = "Gedaan; het antwoord heeft geen inhoud")
    ResponseEntity<Void> review(@PathVariable UUID grantId, @RequestBody @Valid ReviewRequest request) {
        needToKnow.review(grantId, Boolean.TRUE.equals(request.justified()), request.note());
        return ResponseEntity.noContent().build();
    }

    record AssignmentRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Een medewerker of crisisdienst van het team van het dossier",
            example = "4b7e2c1d-9f3a-4e5b-8c6d-0a1b2c3d4e5f") UUID workerId) {
    }

    record SubstituteRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "De medewerker van het eigen team die vervangen wordt",
                    example = "4b7e2c1d-9f3a-4e5b-8c6d-0a1b2c3d4e5f") UUID workerId,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Een medewerker of crisisdienst, niet de medewerker zelf",
                    example = "9d2a6f4e-1c3b-4a5d-8e7f-6b5a4c3d2e1f") UUID substituteId,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2026-05-18") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Niet voor from", example = "2026-05-29") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    }

    record ConsultationRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Een gedragswetenschapper, jurist of vertrouwensarts",
                    example = "9d2a6f4e-1c3b-4a5d-8e7f-6b5a4c3d2e1f") UUID consultantId,
            @Schema(example = "Is het verantwoord dat de kinderen dit weekend bij vader zijn?")
            @Size(max = Checks.MAX_REMARK) String question) {
    }

    record EmergencyRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Ten minste 10 tekens", example = "Crisisdienst: de politie belt over een incident op dit adres.")
            @Size(max = Checks.MAX_REMARK) String reason,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "De code die de authenticator-app nu toont", example = "492817")
            @Size(max = Checks.MAX_SHORT_TEXT) String code) {
    }

    @Schema(description = "Het oordeel over een noodtoegang. Geen veld is altijd nodig: zonder justified geldt de noodtoegang als "
            + "niet gerechtvaardigd.")
    record ReviewRequest(
            @Schema(description = "true: gerechtvaardigd; false of ontbrekend: niet gerechtvaardigd", example = "true") Boolean justified,
            @Schema(example = "Terecht: er was een acute melding buiten kantooruren.") @Size(max = Checks.MAX_REMARK) String note) {
    }
}
