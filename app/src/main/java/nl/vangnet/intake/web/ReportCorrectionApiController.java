package nl.vangnet.intake.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import nl.vangnet.intake.ReportCorrection;
import nl.vangnet.intake.ReportCorrectionInput;
import nl.vangnet.intake.ReportCorrections;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/reports/{id}/corrections")
@Tag(name = "Correcties van een melding", description = "Geregistreerde gegevens van een melding corrigeren met een reden; "
        + "de eerdere waarden blijven bewaard en de geverifieerde tekst van de melder blijft zoals hij was")
class ReportCorrectionApiController {

    private final ReportCorrections corrections;

    ReportCorrectionApiController(ReportCorrections corrections) {
        this.corrections = corrections;
    }

    @PostMapping
    @Operation(summary = "Corrigeer de melding (kanaal, gegevens van de melder, of de betrokkenen het weten) of voeg een "
            + "correctie van de tekst toe; alleen door wie aan de zaak werkt")
    @ApiResponse(responseCode = "201", description = "De correctie is vastgelegd; Location noemt haar")
    ResponseEntity<List<ReportCorrection>> correct(@PathVariable UUID id, @RequestBody @Valid ReportCorrectionInput input) {
        List<ReportCorrection> change = corrections.correct(id, input);
        return ResponseEntity.created(URI.create("/api/v1/reports/" + id + "/corrections/" + change.getFirst().changeId()))
                .body(change);
    }

    @GetMapping
    @Operation(summary = "Alle correcties van de melding, nieuwste eerst: wie, wat (oude en nieuwe waarde), wanneer, waarom; gelogd")
    List<ReportCorrection> list(@PathVariable UUID id) {
        return corrections.of(id);
    }

    @GetMapping("/{changeId}")
    @Operation(summary = "Eén correctie: de velden die samen werden gewijzigd; gelogd")
    List<ReportCorrection> one(@PathVariable UUID id, @PathVariable UUID changeId) {
        return corrections.one(id, changeId);
    }
}
