package nl.vangnet.rights.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import nl.vangnet.document.Documents;
import nl.vangnet.rights.PersonalCopy;
import nl.vangnet.person.PersonRestrictions;
import nl.vangnet.rights.RightsInput;
import nl.vangnet.rights.RightsRequestView;
import nl.vangnet.rights.RightsRequests;
import nl.vangnet.rights.RightsRestrictions;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Verzoeken van betrokkenen", description = "Verzoeken om inzage, afschrift, correctie, eigen verklaring, "
        + "vernietiging, beperking, bezwaar of een klacht (AVG; Wmo 2015 art. 5.3.2-5.3.5): aangenomen door wie aan een "
        + "dossier van de persoon werkt, beslist door de FG binnen een maand (eenmaal met twee maanden te verlengen)")
class RightsApiController {

    private final RightsRequests requests;
    private final PersonalCopy copies;
    private final RightsRestrictions restrictions;

    RightsApiController(RightsRequests requests, PersonalCopy copies, RightsRestrictions restrictions) {
        this.requests = requests;
        this.copies = copies;
        this.restrictions = restrictions;
    }

    @PostMapping("/api/v1/rights-requests")
    @Operation(summary = "Neem een verzoek van een betrokkene aan; wie namens wie mag vragen volgt uit de leeftijd op de "
            + "dag van ontvangst (een geweigerde verzoeker: 400 bij requester, met de regel)")
    @ApiResponse(responseCode = "201", description = "Aangenomen; Location noemt het verzoek")
    ResponseEntity<RightsRequestView> takeIn(@RequestBody @Valid RightsInput.NewRequest request) {
        RightsRequestView view = requests.takeIn(request);
        return ResponseEntity.created(URI.create("/api/v1/rights-requests/" + view.id())).body(view);
    }

    @GetMapping("/api/v1/rights-requests")
    @Operation(summary = "De werkvoorraad van de FG: elk verzoek met de uiterste datum, open eerst, te laat zichtbaar")
    List<RightsRequestView.Row> workList() {
        return requests.workList();
    }

    @GetMapping("/api/v1/rights-requests/{id}")
    @Operation(summary = "Een verzoek, voor de FG en voor wie aan het dossier werkt")
    RightsRequestView get(@PathVariable UUID id) {
        return requests.get(id);
    }

    @PostMapping("/api/v1/rights-requests/{id}/extension")
    @Operation(summary = "Verleng de termijn eenmaal met twee maanden (ingewikkeld dossier), binnen de eerste maand, met "
            + "reden en hoe de verzoeker is ingelicht")
    RightsRequestView extend(@PathVariable UUID id, @RequestBody @Valid RightsInput.Extension request) {
        return requests.extend(id, request);
    }

    @PostMapping("/api/v1/rights-requests/{id}/decision")
    @Operation(summary = "Beslis op het verzoek (FG); de beslisbrief wordt als PDF bij de documenten van het dossier opgeslagen")
    RightsRequestView decide(@PathVariable UUID id, @RequestBody @Valid RightsInput.Decision request) {
        return requests.decide(id, request);
    }

    @PostMapping("/api/v1/rights-requests/{id}/restriction-lift")
    @Operation(summary = "Hef de beperking van de verwerking op die dit verzoek instelde (FG), met de reden; wie en wanneer "
            + "worden vastgelegd")
    PersonRestrictions.Restriction liftRestriction(@PathVariable UUID id, @RequestBody @Valid RightsInput.Lift request) {
        return restrictions.lift(id, request.reason());
    }

    @GetMapping("/api/v1/rights-requests/{id}/letter")
    @Operation(summary = "De beslisbrief (PDF), voor de FG; de download wordt gelogd")
    @ApiResponse(responseCode = "200", description = "De brief",
            content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE, schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> letter(@PathVariable UUID id) {
        return download(requests.letter(id));
    }

    @GetMapping("/api/v1/rights-requests/{id}/copy.pdf")
    @Operation(summary = "Het afschrift (PDF) van alleen de gegevens over de persoon, bij een toegewezen verzoek om inzage "
            + "of afschrift, voor de FG; gegevens over anderen, de melder en niet gedeelde passages blijven weg; gelogd")
    @ApiResponse(responseCode = "200", description = "Het afschrift",
            content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE, schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "403", description = "Alleen de FG maakt het afschrift (de weigering wordt gelogd)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    @ApiResponse(responseCode = "404", description = "Dit verzoek bestaat niet",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    @ApiResponse(responseCode = "409", description = "Het verzoek is (nog) niet toegewezen, of is geen verzoek om inzage of "
            + "afschrift", content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(ref = "#/components/schemas/Problem")))
    ResponseEntity<byte[]> copy(@PathVariable UUID id) {
        PersonalCopy.File file = copies.copy(id);
        return download(new Documents.Download(file.fileName(), MediaType.APPLICATION_PDF_VALUE, file.content()));
    }

    static ResponseEntity<byte[]> download(Documents.Download file) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.fileName(),
                        StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .body(file.content());
    }
}
