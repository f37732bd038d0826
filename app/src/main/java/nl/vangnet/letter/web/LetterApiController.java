package nl.vangnet.letter.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import nl.vangnet.letter.Letters;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Brieven", description = "Brieven uit een sjabloon, als PDF opgeslagen bij de documenten van het dossier")
class LetterApiController {

    private final Letters letters;

    LetterApiController(Letters letters) {
        this.letters = letters;
    }

    @PostMapping("/api/v1/dossiers/{id}/letters")
    @Operation(summary = "Maak een brief uit een sjabloon (kennisgeving registratie, terugkoppeling aan de melder, "
            + "kennisgeving aan B&W): geadresseerd, gedateerd en als PDF bij de documenten opgeslagen")
    @ApiResponse(responseCode = "201", description = "De brief is gemaakt; Location noemt het PDF-document")
    ResponseEntity<Letters.Letter> generate(@PathVariable UUID id, @RequestBody @Valid Letters.NewLetter request) {
        Letters.Letter letter = letters.generate(id, request);
        return ResponseEntity.created(URI.create("/api/v1/dossiers/" + id + "/documents/" + letter.documentId())).body(letter);
    }
}
