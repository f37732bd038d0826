package nl.vangnet.research.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import nl.vangnet.dossier.ExternalSelections.Selection;
import nl.vangnet.research.ExternalAccess;
import nl.vangnet.research.ResearchExport;
import nl.vangnet.research.SelectionInput;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Onderzoek en controle", description = "Selecties van dossiers voor een onderzoeker, de accountant, een "
        + "inspectie of de (kinder)ombudsman, gemaakt door de FG, met doel en geldigheidsduur; alleen lezen, elke toegang "
        + "gelogd met rol en doel. De gepseudonimiseerde onderzoeksexport van een onderzoeksselectie.")
class ExternalAccessApiController {

    private final ExternalAccess access;
    private final ResearchExport export;

    ExternalAccessApiController(ExternalAccess access, ResearchExport export) {
        this.access = access;
        this.export = export;
    }

    @PostMapping("/api/v1/external-selections")
    @Operation(summary = "Maak een selectie voor een extern account (FG); een onderzoeksselectie laat dossiers weg met "
            + "iemand die bezwaar maakte tegen onderzoek")
    @ApiResponse(responseCode = "201", description = "Gemaakt; Location noemt de selectie")
    ResponseEntity<ExternalAccess.Created> create(@RequestBody @Valid SelectionInput request) {
        ExternalAccess.Created created = access.create(request);
        return ResponseEntity.created(URI.create("/api/v1/external-selections/" + created.selection().id())).body(created);
    }

    @GetMapping("/api/v1/external-selections")
    @Operation(summary = "De selecties: voor de FG alle, voor een externe partij de eigen")
    List<Selection> list() {
        return access.list();
    }

    @GetMapping("/api/v1/external-selections/{id}")
    @Operation(summary = "Een selectie, voor de FG en de externe partij waarvoor ze is gemaakt")
    Selection get(@PathVariable UUID id) {
        return access.get(id);
    }

    @PostMapping("/api/v1/external-selections/{id}/end")
    @Operation(summary = "Beëindig een selectie (FG): vanaf nu geeft ze geen toegang meer")
    Selection end(@PathVariable UUID id) {
        return access.end(id);
    }

    @GetMapping("/api/v1/external-selections/{id}/research-export")
    @Operation(summary = "De gepseudonimiseerde onderzoeksexport van de eigen, lopende onderzoeksselectie (onderzoeker): "
            + "geen namen, BSN, adressen, geboortedata (leeftijdsklassen) of vrije tekst; wie bezwaar maakte ontbreekt. Gelogd.")
    List<ResearchExport.Row> researchExport(@PathVariable UUID id) {
        return export.export(id);
    }
}
