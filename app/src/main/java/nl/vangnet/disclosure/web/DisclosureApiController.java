package nl.vangnet.disclosure.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.vangnet.disclosure.DisclosureInput;
import nl.vangnet.disclosure.DisclosureKind;
import nl.vangnet.disclosure.DisclosureLabels;
import nl.vangnet.disclosure.DisclosureQuery;
import nl.vangnet.disclosure.DisclosureRegister;
import nl.vangnet.disclosure.DisclosureView;
import nl.vangnet.disclosure.LegalGround;
import nl.vangnet.platform.Checks;
import nl.vangnet.platform.NotFoundException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Verstrekkingen", description = "Het register van verstrekkingen: elke uitwisseling van persoonsgegevens met een "
        + "partij buiten Veilig Thuis, met de ontvanger, de personen, de gegevens en de wettelijke grondslag uit een gesloten "
        + "lijst. Zonder grondslag wordt niets verstrekt. " + DisclosureLabels.GROUNDS)
class DisclosureApiController {

    private final DisclosureRegister register;

    DisclosureApiController(DisclosureRegister register) {
        this.register = register;
    }

    @PostMapping("/api/v1/dossiers/{id}/disclosures")
    @Operation(summary = "Registreer een andere uitwisseling van gegevens uit het dossier (soort OTHER)",
            description = "Door wie aan de zaak werkt. Zonder wettelijke grondslag geweigerd (400 bij legalGround) en niets vastgelegd. "
                    + "De overdracht, het verzoek aan de Raad en de kennisgeving aan B&W registreren hun verstrekking zelf.")
    @ApiResponse(responseCode = "201", description = "De verstrekking is geregistreerd; Location noemt haar")
    ResponseEntity<DisclosureView> registerOther(@PathVariable UUID id, @RequestBody @Valid DisclosureInput request) {
        DisclosureView created = register.registerOther(id, request);
        return ResponseEntity.created(URI.create("/api/v1/dossiers/" + id + "/disclosures/" + created.id())).body(created);
    }

    @GetMapping("/api/v1/dossiers/{id}/disclosures")
    @Operation(summary = "De verstrekkingen uit een dossier, nieuwste eerst")
    List<DisclosureView> ofDossier(@PathVariable UUID id) {
        return register.ofDossier(id);
    }

    @GetMapping("/api/v1/dossiers/{id}/disclosures/{disclosureId}")
    @Operation(summary = "Een verstrekking uit een dossier")
    DisclosureView one(@PathVariable UUID id, @PathVariable UUID disclosureId) {
        return register.ofDossier(id).stream().filter(d -> d.id().equals(disclosureId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Deze verstrekking bestaat niet in dit dossier."));
    }

    @GetMapping("/api/v1/disclosures")
    @Operation(summary = "Het register van verstrekkingen, nieuwste eerst (alleen FG)",
            description = "Gefilterd op periode (from en to: de datum van verstrekking, inclusief), ontvanger (bevat, hoofdletters "
                    + "maken niet uit), grondslag, persoon en soort uitwisseling; ten hoogste limit regels, truncated zegt of er "
                    + "meer zijn. Het lezen wordt zelf gelogd.")
    Listing list(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = "Een deel van de naam van de ontvangende organisatie of persoon")
            @RequestParam(required = false) @Size(max = Checks.MAX_SHORT_TEXT) String recipient,
            @Parameter(description = DisclosureLabels.GROUNDS) @RequestParam(required = false) LegalGround legalGround,
            @RequestParam(required = false) UUID personId,
            @Parameter(description = DisclosureLabels.KINDS) @RequestParam(required = false) DisclosureKind kind,
            @RequestParam(defaultValue = "" + DisclosureQuery.DEFAULT_LIMIT) int limit) {
        Checks.plausible("from", from);
        Checks.plausible("to", to);
        DisclosureRegister.Listing listing = register.search(new DisclosureQuery(from, to, recipient, legalGround, personId,
                kind, limit));
        return new Listing(listing.disclosures(), listing.truncated());
    }

    @GetMapping("/api/v1/persons/{id}/disclosures")
    @Operation(summary = "Wat over een persoon is verstrekt, aan wie en op welke grondslag (AVG art. 15: de ontvangers)",
            description = "Voor de FG alles; voor medewerkers wat verstrekt is uit de dossiers met deze persoon waar zij toegang "
                    + "toe hebben (geweigerd en gelogd zonder toegang tot een ervan). Het lezen wordt zelf gelogd.")
    Listing aboutPerson(@PathVariable UUID id) {
        DisclosureRegister.Listing listing = register.aboutPerson(id);
        return new Listing(listing.disclosures(), listing.truncated());
    }

    record Listing(List<DisclosureView> disclosures,
            @Schema(description = "true als er meer verstrekkingen zijn dan getoond: kies een kortere periode of een filter")
            boolean truncated) {
    }
}
