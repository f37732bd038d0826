package nl.vangnet.assessment.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import nl.vangnet.assessment.AssessmentDeadlines;
import nl.vangnet.assessment.AssessmentInput;
import nl.vangnet.assessment.AssessmentView;
import nl.vangnet.assessment.Assessments;
import nl.vangnet.platform.Checks;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Veiligheidsbeoordeling", description = "De veiligheidsbeoordeling van een melding (vier ogen), het informeren en de termijnen")
class AssessmentApiController {

    private final Assessments assessments;
    private final AssessmentDeadlines deadlines;

    AssessmentApiController(Assessments assessments, AssessmentDeadlines deadlines) {
        this.assessments = assessments;
        this.deadlines = deadlines;
    }

    @PostMapping("/api/v1/reports/{id}/assessment")
    @Operation(summary = "Sla de veiligheidsbeoordeling op als concept, of rond af (complete) ter bevestiging door een gedragswetenschapper")
    AssessmentView save(@PathVariable UUID id, @RequestBody @Valid AssessmentInput input) {
        return assessments.save(id, input);
    }

    @GetMapping("/api/v1/reports/{id}/assessment")
    @Operation(summary = "De veiligheidsbeoordeling van een melding")
    AssessmentView get(@PathVariable UUID id) {
        return assessments.get(id);
    }

    @PostMapping("/api/v1/reports/{id}/assessment/confirmation")
    @Operation(summary = "Vier ogen: de gekozen gedragswetenschapper bevestigt (het besluit gaat in) of geeft terug met een opmerking")
    AssessmentView confirm(@PathVariable UUID id, @RequestBody @Valid ConfirmationRequest request) {
        return assessments.confirm(id, !Boolean.FALSE.equals(request.confirm()), request.remark());
    }

    @PostMapping("/api/v1/reports/{id}/informing")
    @Operation(summary = "Leg vast dat de melder (de uitkomst, nooit de inhoud) of het huishouden is geïnformeerd, of waarom het huishouden om veiligheid niet")
    AssessmentView inform(@PathVariable UUID id, @RequestBody @Valid InformingRequest request) {
        return assessments.inform(id, request.who(), request.informedAt(), request.how(), request.withheldReason());
    }




    @GetMapping("/api/v1/team/assessment-deadlines")
    @Operation(summary = "Teamleider: open beoordelingen op termijn, en het aandeel binnen de termijn (30 en 180 dagen) tegen de norm van 90%")
    AssessmentDeadlines.Overview teamDeadlines() {
        return deadlines.forMyTeams();
    }

    @Schema(description = "Bevestigen of teruggeven. Geen veld is altijd nodig: zonder confirm wordt bevestigd; wie teruggeeft "
            + "(confirm: false) geeft een opmerking.")
    record ConfirmationRequest(
            @Schema(description = "true bevestigt (ook als het ontbreekt), false geeft terug", example = "true") Boolean confirm,
            @Schema(description = "Nodig als confirm false is", example = "Akkoord; let op de termijn van het onderzoek.")
            @Size(max = Checks.MAX_REMARK) String remark) {
    }

    record InformingRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"REPORTER", "HOUSEHOLD"},
                    description = "REPORTER alleen bij een beroepsmatige of nauw betrokken particuliere melder", example = "HOUSEHOLD")
            @Size(max = Checks.MAX_SHORT_TEXT) String who,
            @Schema(format = "date-time", description = Checks.MOMENT_RANGE + " Ontbreekt dit, dan nu.",
                    example = "2026-05-11T11:15:00+02:00") String informedAt,
            @Schema(description = "Nodig, tenzij het huishouden om veiligheid niet wordt geïnformeerd (withheldReason)",
                    example = "telefonisch met moeder") @Size(max = Checks.MAX_SHORT_TEXT) String how,
            @Schema(description = "Alleen bij het huishouden: waarom het om veiligheid niet wordt geïnformeerd")
            @Size(max = Checks.MAX_REMARK) String withheldReason) {
    }


}
