package nl.vangnet.followup.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import nl.vangnet.followup.RestrainingOrders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Tijdelijk huisverbod")
class RestrainingOrderApiController {

    private final RestrainingOrders orders;

    RestrainingOrderApiController(RestrainingOrders orders) {
        this.orders = orders;
    }

    @PostMapping("/api/v1/dossiers/{id}/restraining-orders")
    @Operation(summary = "Registreer een tijdelijk huisverbod (10 dagen vanaf de start)")
    ResponseEntity<RestrainingOrders.Order> register(@PathVariable UUID id, @RequestBody RestrainingOrders.NewOrder request) {
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
    RestrainingOrders.Order extend(@PathVariable UUID id, @PathVariable UUID orderId, @RequestBody ExtensionRequest request) {
        return orders.extend(id, orderId, request.totalDays(), request.decidedAt());
    }

    @PostMapping("/api/v1/dossiers/{id}/restraining-orders/{orderId}/veilig-thuis")
    @Operation(summary = "Het deel van Veilig Thuis: gestarte hulp, contacten en wat is besloten om het geweld blijvend te stoppen")
    RestrainingOrders.Order part(@PathVariable UUID id, @PathVariable UUID orderId, @RequestBody PartRequest request) {
        return orders.recordPart(id, orderId, request.helpStarted(), request.contacts(), request.lastingDecisions());
    }

    record ExtensionRequest(Long totalDays, String decidedAt) {
    }

    record PartRequest(String helpStarted, String contacts, String lastingDecisions) {
    }
}
