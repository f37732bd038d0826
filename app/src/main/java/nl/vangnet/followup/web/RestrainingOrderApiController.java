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
import nl.vangnet.followup.RestrainingOrders;
import nl.vangnet.platform.Checks;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Tijdelijk huisverbod", description = "Tijdelijke huisverboden: registratie, verlenging en het deel van Veilig Thuis")
class RestrainingOrderApiController {

    private final RestrainingOrders orders;

    RestrainingOrderApiController(RestrainingOrders orders) {
        this.orders = orders;
    }

    @PostMapping("/api/v1/dossiers/{id}/restraining-orders")
    @Operation(summary = "Registreer een tijdelijk huisverbod (10 dagen vanaf de start)")
    @ApiResponse(responseCode = "201", description = "Het huisverbod is geregistreerd; Location noemt het")
    ResponseEntity<RestrainingOrders.Order> register(@PathVariable UUID id, @RequestBody @Valid RestrainingOrders.NewOrder request) {
        RestrainingOrders.Order order = orders.register(id, request);
        return ResponseEntity.created(URI.create("/api/v1/dossiers/" + id + "/restraining-orders/" + order.id())).body(order);
    }

    @GetMapping("/api/v1/dossiers/{id}/restraining-orders")
    @Operation(summary = "De huisverboden van een dossier, met einde en resterende dagen")
    List<RestrainingOrders.Order> list(@PathVariable UUID id) {
        return orders.ofDossier(id);
    }

    @PostMapping("/api/v1/dossiers/{id}/restraining-orders/{orderId}/extension")
    @Operation(summary = "Verlengingsbesluit: het huisverbod duurt dan totalDays vanaf de start, ten hoogste 28")
    RestrainingOrders.Order extend(@PathVariable UUID id, @PathVariable UUID orderId, @RequestBody @Valid OrderExtensionRequest request) {
        return orders.extend(id, orderId, request.totalDays(), request.decidedAt());
    }

    @PostMapping("/api/v1/dossiers/{id}/restraining-orders/{orderId}/veilig-thuis")
    @Operation(summary = "Het deel van Veilig Thuis: gestarte hulp, contacten en wat is besloten om het geweld blijvend te stoppen")
    RestrainingOrders.Order part(@PathVariable UUID id, @PathVariable UUID orderId, @RequestBody @Valid PartRequest request) {
        return orders.recordPart(id, orderId, request.helpStarted(), request.contacts(), request.lastingDecisions());
    }

    record OrderExtensionRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "De totale duur in dagen vanaf de start, langer dan nu en ten hoogste 28", example = "28")
            Long totalDays,
            @Schema(format = "date-time", description = Checks.MOMENT_RANGE + " Terwijl het huisverbod loopt, niet in de toekomst; "
                    + "ontbreekt dit, dan nu.", example = "2026-05-11T10:00:00+02:00") String decidedAt) {
    }

    @Schema(description = "Het deel van Veilig Thuis tijdens het huisverbod. Geen veld is altijd nodig: wat ontbreekt, wordt leeg.")
    record PartRequest(
            @Schema(example = "Hulpverlening aan vader via de reclassering en aan moeder en kinderen via het wijkteam.")
            @Size(max = Checks.MAX_TEXT) String helpStarted,
            @Schema(example = "Huisbezoek bij moeder op 12 mei; telefonisch contact met vader op 13 mei.")
            @Size(max = Checks.MAX_TEXT) String contacts,
            @Schema(example = "Vader gaat in op het aanbod van hulp; het wijkteam neemt de hulp over na het huisverbod.")
            @Size(max = Checks.MAX_TEXT) String lastingDecisions) {
    }
}
