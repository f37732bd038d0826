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
            description = "Zonder precieze geboortedatum: op naam met birthYear of een leeftijd (ageFrom-ageTo, op de dag van "
                    + "vandaag); een geboortedatum vindt ook dag en maand verwisseld en een dag ernaast, lager gerangschikt. "
                    + "Beste eerst, met de dossiers waarin de persoon voorkomt (soort, data, status, team), nooit de inhoud. "
                    + "Elke zoekvraag wordt gelogd. De zoekvraag staat in de URL: laat een proxy geen query strings loggen.")
    List<RadarHit> search(
            @Parameter(description = "Voornamen en achternaam, in elke volgorde; alleen samen met dateOfBirth, birthYear of ageFrom/ageTo",
                    schema = @Schema(type = "string", maxLength = Checks.MAX_SHORT_TEXT, example = "Sem Jansen"))
            @RequestParam(required = false) String name,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dateOfBirth,
            @Parameter(description = "Het geboortejaar, als de geboortedatum onbekend is; alleen samen met name, niet met dateOfBirth of een leeftijd",
                    schema = @Schema(type = "integer", format = "int32", minimum = "1900", maximum = "2199", example = "2014"))
            @RequestParam(required = false) Integer birthYear,
            @Parameter(description = "Leeftijd vanaf (in hele jaren op de dag van vandaag), als de geboortedatum onbekend is; alleen samen met name",
                    schema = @Schema(type = "integer", format = "int32", minimum = "0", maximum = "" + Radar.MAX_AGE, example = "10"))
            @RequestParam(required = false) Integer ageFrom,
            @Parameter(description = "Leeftijd tot en met; hoogstens " + Radar.MAX_AGE_SPAN + " jaar boven ageFrom",
                    schema = @Schema(type = "integer", format = "int32", minimum = "0", maximum = "" + Radar.MAX_AGE, example = "14"))
            @RequestParam(required = false) Integer ageTo,
            @Parameter(description = "Negen cijfers die de elfproef doorstaan; spaties en punten tellen niet",
                    schema = @Schema(type = "string", maxLength = Checks.MAX_CODE, pattern = "^[0-9\\s.]*$", example = "111222333"))
            @RequestParam(required = false) String bsn,
            @Parameter(description = "Vier cijfers en twee letters (spaties tellen niet); alleen samen met houseNumber",
                    schema = @Schema(type = "string", maxLength = Checks.MAX_CODE, example = "3511AB"))
            @RequestParam(required = false) String postcode,
            @Parameter(description = "Het huisnummer, met een eventuele toevoeging",
                    schema = @Schema(type = "string", maxLength = Checks.MAX_CODE, example = "12"))
            @RequestParam(required = false) String houseNumber) {
        return radar.search(new Radar.Query(name, Checks.plausible("dateOfBirth", dateOfBirth), bsn, postcode, houseNumber,
                birthYear, ageFrom, ageTo));
    }
}
