package nl.vangnet.dossier.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.UUID;
import nl.vangnet.dossier.DossierPerson;
import nl.vangnet.dossier.DossierPersonInput;
import nl.vangnet.dossier.DossierPersons;
import nl.vangnet.platform.Checks;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The persons of a dossier, corrected with their history. Taking a person out is a DELETE with a small JSON body
 * ({@code {"reason": ...}}): the reason may name persons, so it never travels in the URL (no query parameter).
 */
@RestController
@RequestMapping("/api/v1/dossiers/{id}/persons")
@Tag(name = "Betrokkenen van een dossier", description = "Betrokkenen corrigeren, toevoegen en uit het dossier halen, "
        + "met de geschiedenis van elke wijziging (wie, wat, wanneer, waarom); alleen door wie aan de zaak werkt")
class DossierPersonsApiController {

    private final DossierPersons persons;

    DossierPersonsApiController(DossierPersons persons) {
        this.persons = persons;
    }

    @PostMapping
    @Operation(summary = "Voeg een betrokkene toe aan het dossier (na de intake), met een reden; de radar zoekt opnieuw")
    @ApiResponse(responseCode = "201", description = "Toegevoegd; Location noemt de betrokkene")
    ResponseEntity<DossierPerson.Saved> add(@PathVariable UUID id, @RequestBody @Valid DossierPersonInput input) {
        DossierPerson.Saved saved = persons.add(id, input);
        return ResponseEntity.created(URI.create("/api/v1/dossiers/" + id + "/persons/" + saved.person().personId()))
                .body(saved);
    }

    @GetMapping("/{personId}")
    @Operation(summary = "Eén betrokkene van het dossier met de rol (noodzaak tot kennisnemen; gelogd)")
    DossierPerson get(@PathVariable UUID id, @PathVariable UUID personId) {
        return persons.person(id, personId);
    }

    @PutMapping("/{personId}")
    @Operation(summary = "Corrigeer een betrokkene (gegevens en rol) met een reden; de eerdere waarden blijven bewaard. "
            + "Een BSN dat een andere persoon heeft, wordt geweigerd (400 bij bsn: één persoon per BSN). "
            + "Bij een ander BSN of een andere naam zoekt de radar opnieuw en noemt wie nu overeenkomt (zonder inhoud)")
    DossierPerson.Saved correct(@PathVariable UUID id, @PathVariable UUID personId,
            @RequestBody @Valid DossierPersonInput input) {
        return persons.correct(id, personId, input);
    }

    @DeleteMapping("/{personId}")
    @Operation(summary = "Haal een ten onrechte toegevoegde betrokkene uit het dossier, met een reden in de body; "
            + "de persoon en de geschiedenis blijven bewaard")
    @ApiResponse(responseCode = "204", description = "Gedaan; het antwoord heeft geen inhoud")
    ResponseEntity<Void> remove(@PathVariable UUID id, @PathVariable UUID personId,
            @RequestBody @Valid RemovalRequest request) {
        persons.remove(id, personId, request.reason());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{personId}/history")
    @Operation(summary = "Wie wat van deze betrokkene wijzigde (oude en nieuwe waarde), wanneer en waarom; gelogd")
    DossierPerson.History history(@PathVariable UUID id, @PathVariable UUID personId) {
        return persons.history(id, personId);
    }

    record RemovalRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
            example = "Ten onrechte toegevoegd: deze persoon woont niet in het huishouden.")
            @Size(max = Checks.MAX_REMARK) String reason) {
    }
}
