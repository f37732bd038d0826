package nl.vangnet.intake.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.UUID;
import nl.vangnet.intake.ReportInput;
import nl.vangnet.intake.ReportView;
import nl.vangnet.intake.Registered;
import nl.vangnet.intake.ReportRegistration;
import nl.vangnet.intake.ReporterContacts;
import nl.vangnet.intake.Reports;
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
@RequestMapping("/api/v1/reports")
@Tag(name = "Meldingen", description = "Meldingen registreren en verifiëren met de melder")
class ReportApiController {

    private final Reports reports;
    private final ReportRegistration registration;
    private final ReporterContacts reporterContacts;

    ReportApiController(Reports reports, ReportRegistration registration, ReporterContacts reporterContacts) {
        this.reports = reports;
        this.registration = registration;
        this.reporterContacts = reporterContacts;
    }

    @PostMapping
    @Operation(summary = "Registreer een melding",
            description = "Plaatst het huishouden in een (nieuw of open) dossier, classificeert tegen eerdere betrokkenheid "
                    + "en zet de termijn van de veiligheidsbeoordeling. Dezelfde Idempotency-Key maakt nooit een tweede melding.")
    @ApiResponse(responseCode = "201", description = "De melding is geregistreerd; Location noemt haar")
    @ApiResponse(responseCode = "200", description = "Herhaald verzoek met dezelfde Idempotency-Key: de eerste registratie (Idempotent-Replayed: true), Location noemt haar")
    ResponseEntity<ReportView> register(@RequestBody @Valid ReportInput input,
            @Parameter(description = "Een willekeurige sleutel per melding; een herhaald verzoek met dezelfde sleutel geeft de eerste melding terug")
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        Registered<ReportView> registered = registration.register(input, idempotencyKey);
        return created(registered, "/api/v1/reports/");
    }

    @GetMapping("/{id}")
    @Operation(summary = "Eén melding (alleen bij noodzaak tot kennisnemen; gelogd)")
    ReportView get(@PathVariable UUID id) {
        return reports.get(id);
    }

    @PostMapping("/{id}/verification")
    @Operation(summary = "Leg vast dat de geregistreerde tekst met de melder is gecontroleerd: met wie, wanneer, hoe, wat er veranderde")
    ReportView verify(@PathVariable UUID id, @RequestBody @Valid VerificationRequest request) {
        return reporterContacts.verifyWithReporter(id, request.with(), request.verifiedAt(), request.how(), request.changes());
    }

    @PostMapping("/{id}/reporter-informed")
    @Operation(summary = "Leg vast dat de melder is verteld of de melding in behandeling is genomen")
    ReportView reporterInformed(@PathVariable UUID id, @RequestBody @Valid InformedRequest request) {
        return reporterContacts.reporterInformed(id, request.informedAt(), request.how());
    }

    /** 201 with Location for a new resource; 200 with Idempotent-Replayed when a retried key found the first one. */
    static <T> ResponseEntity<T> created(Registered<T> registered, String path) {
        URI location = URI.create(path + registered.id());
        T body = registered.view();
        return registered.replayed() ? ResponseEntity.ok().location(location).header("Idempotent-Replayed", "true").body(body)
                : ResponseEntity.created(location).body(body);
    }

    record VerificationRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Met wie de tekst is gecontroleerd", example = "Anna de Vries (melder)")
            @Size(max = Checks.MAX_SHORT_TEXT) String with,
            @Schema(format = "date-time", description = Checks.MOMENT_RANGE + " Niet in de toekomst; ontbreekt dit, dan nu.",
                    example = "2026-05-11T11:00:00+02:00") String verifiedAt,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "telefonisch") @Size(max = Checks.MAX_SHORT_TEXT) String how,
            @Schema(example = "De datum van het laatste incident aangepast.") @Size(max = Checks.MAX_REMARK) String changes) {
    }

    record InformedRequest(
            @Schema(format = "date-time", description = Checks.MOMENT_RANGE + " Niet in de toekomst; ontbreekt dit, dan nu.",
                    example = "2026-05-11T11:30:00+02:00") String informedAt,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "telefonisch") @Size(max = Checks.MAX_SHORT_TEXT) String how) {
    }
}
