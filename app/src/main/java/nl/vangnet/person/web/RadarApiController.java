package nl.vangnet.person.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import nl.vangnet.person.Radar;
import nl.vangnet.person.RadarHit;
import nl.vangnet.platform.Checks;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Radar", description = "Eerdere betrokkenheid van personen vinden over alle dossiers")
class RadarApiController {

    private final Radar radar;

    RadarApiController(Radar radar) {
        this.radar = radar;
    }

    @GetMapping("/api/v1/persons/search")
    @Operation(summary = "Zoek personen: op BSN, op naam en geboortedatum (tolerant), of op postcode en huisnummer",
            description = "Beste eerst, met de dossiers waarin de persoon voorkomt (soort, data, status, team), nooit de inhoud. "
                    + "Elke zoekvraag wordt gelogd. De zoekvraag staat in de URL: laat een proxy geen query strings loggen.")
    List<RadarHit> search(
            @Parameter(description = "Voornamen en achternaam, in elke volgorde; alleen samen met dateOfBirth",
                    schema = @Schema(type = "string", maxLength = Checks.MAX_SHORT_TEXT, example = "Sem Jansen"))
            @RequestParam(required = false) String name,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dateOfBirth,
            @Parameter(description = "Negen cijfers die de elfproef doorstaan; spaties en punten tellen niet",
                    schema = @Schema(type = "string", maxLength = Checks.MAX_CODE, pattern = "^[0-9\\s.]*$", example = "111222333"))
            @RequestParam(required = false) String bsn,
            @Parameter(description = "Vier cijfers en twee letters (spaties tellen niet); alleen samen met houseNumber",
                    schema = @Schema(type = "string", maxLength = Checks.MAX_CODE, example = "3511AB"))
            @RequestParam(required = false) String postcode,
            @Parameter(description = "Het huisnummer, met een eventuele toevoeging",
                    schema = @Schema(type = "string", maxLength = Checks.MAX_CODE, example = "12"))
            @RequestParam(required = false) String houseNumber) {
        return radar.search(new Radar.Query(name, Checks.plausible("dateOfBirth", dateOfBirth), bsn, postcode, houseNumber));
    }
}
