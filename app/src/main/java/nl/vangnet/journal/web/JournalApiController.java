package nl.vangnet.journal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import nl.vangnet.journal.Journal;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Journaal", description = "Contacten en aantekeningen in een dossier; een verbetering is een nieuwe aantekening")
class JournalApiController {

    private final Journal journal;

    JournalApiController(Journal journal) {
        this.journal = journal;
    }

    @PostMapping("/api/v1/dossiers/{id}/journal")
    @Operation(summary = "Schrijf een aantekening in het journaal: wanneer, wat voor contact, met wie, samenvatting en over welke personen")
    @ApiResponse(responseCode = "201", description = "De aantekening is vastgelegd; Location noemt haar")
    ResponseEntity<Journal.Entry> write(@PathVariable UUID id, @RequestBody @Valid Journal.NewEntry request) {
        Journal.Entry entry = journal.write(id, request);
        return ResponseEntity.created(URI.create("/api/v1/dossiers/" + id + "/journal/" + entry.id())).body(entry);
    }

    @GetMapping("/api/v1/dossiers/{id}/journal")
    @Operation(summary = "Het journaal van een dossier, nieuwste eerst, elke aantekening met haar verbeteringen")
    List<Journal.Entry> list(@PathVariable UUID id,
            @Parameter(description = "Alleen de aantekeningen over deze persoon") @RequestParam(required = false) UUID personId) {
        return journal.ofDossier(id, personId);
    }

    @GetMapping("/api/v1/dossiers/{id}/journal/{entryId}")
    @Operation(summary = "Een aantekening met haar verbeteringen")
    Journal.Entry entry(@PathVariable UUID id, @PathVariable UUID entryId) {
        return journal.entry(id, entryId);
    }
}
