package nl.vangnet.retention.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import nl.vangnet.retention.DestructionLists;
import nl.vangnet.retention.LegalHolds;
import nl.vangnet.retention.RetentionInput;
import nl.vangnet.retention.RetentionViews;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Bewaartermijnen en vernietiging", description = "Vernietigingslijsten: maandelijks de gesloten dossiers "
        + "waarvan de bewaartermijn (Wmo 2015 art. 5.3.4: twintig jaar na de laatste wijziging) verstreken is, en één "
        + "lijst per toegewezen verzoek tot vernietiging (binnen drie maanden na ontvangst); goedgekeurd en uitgevoerd "
        + "door de FG of een gemandateerde teamleider; juridische bewaarplicht (legal hold) door de FG")
class RetentionApiController {

    private final DestructionLists lists;
    private final LegalHolds holds;

    RetentionApiController(DestructionLists lists, LegalHolds holds) {
        this.lists = lists;
        this.holds = holds;
    }

    @GetMapping("/api/v1/retention/due")
    @Operation(summary = "Wat vernietigd moet worden: de open vernietigingslijsten (met uiterste datum, te laat en "
            + "bewaarplicht zichtbaar) en de gedane vernietigingen (kenmerk, datum, grondslag, wie goedkeurde; geen inhoud)")
    RetentionViews.Due due() {
        return lists.due();
    }

    @PostMapping("/api/v1/retention/destruction-lists/{id}/approval")
    @Operation(summary = "Keur een vernietigingslijst goed (de dossiers worden meteen vernietigd, elk met een "
            + "vernietigingsverklaring) of wijs haar af met een reden; een dossier onder bewaarplicht: 409")
    RetentionViews.DestructionList approve(@PathVariable UUID id, @RequestBody @Valid RetentionInput.Approval request) {
        return lists.decide(id, request);
    }

    @PostMapping("/api/v1/retention/destruction-lists/{id}/dossiers/{dossierId}/removal")
    @Operation(summary = "Haal één dossier van een open vernietigingslijst, met de reden")
    RetentionViews.DestructionList takeOff(@PathVariable UUID id, @PathVariable UUID dossierId,
            @RequestBody @Valid RetentionInput.TakeOff request) {
        return lists.takeOff(id, dossierId, request);
    }

    @PutMapping("/api/v1/retention/legal-holds/{dossierId}")
    @Operation(summary = "Leg een juridische bewaarplicht op een dossier (FG): het komt op geen vernietigingslijst")
    @ApiResponse(responseCode = "204", description = "Vastgelegd")
    ResponseEntity<Void> hold(@PathVariable UUID dossierId, @RequestBody @Valid RetentionInput.Hold request) {
        holds.hold(dossierId, request);
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/api/v1/retention/legal-holds/{dossierId}")
    @Operation(summary = "Hef de juridische bewaarplicht op (FG)")
    @ApiResponse(responseCode = "204", description = "Opgeheven")
    ResponseEntity<Void> lift(@PathVariable UUID dossierId) {
        holds.lift(dossierId);
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/api/v1/retention/mandates/{userId}")
    @Operation(summary = "Geef een teamleider mandaat om vernietigingslijsten goed te keuren (FG)")
    @ApiResponse(responseCode = "204", description = "Mandaat gegeven")
    ResponseEntity<Void> mandate(@PathVariable UUID userId) {
        holds.mandate(userId);
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/api/v1/retention/mandates/{userId}")
    @Operation(summary = "Trek het mandaat van een teamleider in (FG)")
    @ApiResponse(responseCode = "204", description = "Mandaat ingetrokken")
    ResponseEntity<Void> withdraw(@PathVariable UUID userId) {
        holds.withdrawMandate(userId);
        return ResponseEntity.noContent().build();
    }
}
