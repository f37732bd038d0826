package nl.vangnet.intake.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import nl.vangnet.intake.AdviceRequestInput;
import nl.vangnet.intake.AdviceRequestView;
import nl.vangnet.intake.AdviceRequests;
import nl.vangnet.intake.Channel;
import nl.vangnet.intake.Registered;
import nl.vangnet.platform.Checks;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/advice-requests")
@Tag(name = "Adviesvragen", description = "Adviesvragen registreren, terugbelcontacten erop vastleggen")
class AdviceRequestApiController {

    private final AdviceRequests adviceRequests;

    AdviceRequestApiController(AdviceRequests adviceRequests) {
        this.adviceRequests = adviceRequests;
    }

    @PostMapping
    @Operation(summary = "Registreer een adviesvraag (een verzonnen naam van de adviesvrager mag)",
            description = "Een adviesvraag wordt een melding met POST /reports en adviceRequestId; beide blijven gekoppeld.")
    @ApiResponse(responseCode = "201", description = "De adviesvraag is geregistreerd; Location noemt haar")
    @ApiResponse(responseCode = "200", description = "Herhaald verzoek met dezelfde Idempotency-Key: de eerste registratie (Idempotent-Replayed: true), Location noemt haar")
    ResponseEntity<AdviceRequestView> register(@RequestBody @Valid AdviceRequestInput input,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        Registered<AdviceRequestView> registered = adviceRequests.register(input, idempotencyKey);
        return ReportApiController.created(registered, "/api/v1/advice-requests/");
    }

    @GetMapping("/{id}")
    @Operation(summary = "Eén adviesvraag met de contacten erop (gelogd)")
    AdviceRequestView get(@PathVariable UUID id) {
        return adviceRequests.get(id);
    }

    @PostMapping("/{id}/contacts")
    @Operation(summary = "Een terugbelcontact (of ander vervolgcontact) op dezelfde adviesvraag")
    AdviceRequestView contact(@PathVariable UUID id, @RequestBody @Valid ContactRequest request) {
        return adviceRequests.addContact(id, request.occurredAt(), request.channel(), request.summary());
    }

    record ContactRequest(
            @Schema(format = "date-time", description = Checks.MOMENT_RANGE + " Niet in de toekomst; ontbreekt dit, dan nu.",
                    example = "2026-05-11T11:45:00+02:00") String occurredAt,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, implementation = Channel.class, example = "PHONE") String channel,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Teruggebeld: het geschreeuw is minder, zij belt de politie als het weer gebeurt.")
            @Size(max = Checks.MAX_TEXT) String summary) {
    }
}
