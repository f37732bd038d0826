package nl.vangnet.followup.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import nl.vangnet.followup.CrisisInterventions;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Crisisinterventie", description = "Crisisinterventies (24/7) op een dossier")
class CrisisInterventionApiController {

    private final CrisisInterventions interventions;

    CrisisInterventionApiController(CrisisInterventions interventions) {
        this.interventions = interventions;
    }

    @PostMapping("/api/v1/dossiers/{id}/crisis-interventions")
    @Operation(summary = "Leg een crisisinterventie vast (24/7): wie, ter plaatse of telefonisch, wanneer, wat, hoe ontstaan, wat direct moest; geraadpleegde professionals")
    @ApiResponse(responseCode = "201", description = "De crisisinterventie is vastgelegd; Location noemt haar")
    ResponseEntity<CrisisInterventions.Intervention> record(@PathVariable UUID id, @RequestBody @Valid CrisisInterventions.NewIntervention request) {
        CrisisInterventions.Intervention intervention = interventions.record(id, request);
        return ResponseEntity.created(URI.create("/api/v1/dossiers/" + id + "/crisis-interventions/" + intervention.id())).body(intervention);
    }

    @GetMapping("/api/v1/dossiers/{id}/crisis-interventions")
    @Operation(summary = "De crisisinterventies van een dossier")
    List<CrisisInterventions.Intervention> list(@PathVariable UUID id) {
        return interventions.ofDossier(id);
    }

    @PostMapping("/api/v1/dossiers/{id}/crisis-interventions/{interventionId}/followed-up")
    @Operation(summary = "De veiligheidsbeoordeling of het vervolgtraject na de crisis is gestart")
    CrisisInterventions.Intervention followedUp(@PathVariable UUID id, @PathVariable UUID interventionId) {
        return interventions.followedUp(id, interventionId);
    }
}
