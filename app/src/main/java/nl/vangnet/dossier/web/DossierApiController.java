package nl.vangnet.dossier.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import nl.vangnet.dossier.DossierSummary;
import nl.vangnet.dossier.DossierView;
import nl.vangnet.dossier.Dossiers;
import nl.vangnet.dossier.Timeline;
import nl.vangnet.dossier.TimelineSources;
import nl.vangnet.platform.Checks;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/dossiers")
@Tag(name = "Dossiers", description = "Dossiers die de aanroeper mag openen, één dossier (gelogd), zijn tijdlijn en het sluiten ervan")
class DossierApiController {

    private final Dossiers dossiers;
    private final Timeline timeline;

    DossierApiController(Dossiers dossiers, Timeline timeline) {
        this.dossiers = dossiers;
        this.timeline = timeline;
    }

    @GetMapping
    @Operation(summary = "De dossiers die de aanroeper mag openen (toegewezen, of van het eigen team voor een teamleider)")
    List<DossierSummary> list() {
        return dossiers.accessible();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Eén dossier met de betrokkenen; alleen bij noodzaak tot kennisnemen, en gelogd")
    DossierView get(@PathVariable UUID id) {
        return dossiers.open(id);
    }

    @GetMapping("/{id}/timeline")
    @Operation(summary = "De tijdlijn van het dossier, nieuwste eerst: meldingen, verificatie, beoordeling, kennisgevingen, "
            + "trajecten en hun handelingen; te filteren op soort en betrokkene; vrije tekst alleen voor wie die mag lezen; gelogd")
    List<Timeline.Item> timeline(@PathVariable UUID id,
            @Parameter(description = "Alleen deze soort", schema = @Schema(implementation = TimelineSources.Kind.class))
            @RequestParam(required = false) String kind,
            @Parameter(description = "Alleen wat over deze betrokkene gaat (en wat over het hele huishouden gaat)",
                    schema = @Schema(type = "string", format = "uuid", maxLength = 36))
            @RequestParam(required = false) String personId) {
        return timeline.of(id, kind, personId);
    }

    @PostMapping("/{id}/close")
    @Operation(summary = "Sluit het dossier met een reden: alleen als geen traject loopt en niets openstaat; bewaartermijn 20 jaar")
    DossierView close(@PathVariable UUID id, @RequestBody @Valid CloseRequest request) {
        return dossiers.close(id, request.reason());
    }

    record CloseRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "De hulp via het lokale team loopt; er is geen onveiligheid meer.")
            @Size(max = Checks.MAX_REMARK) String reason) {
    }
}
