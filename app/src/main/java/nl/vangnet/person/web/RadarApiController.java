package nl.vangnet.person.web;

import io.swagger.v3.oas.annotations.Operation;
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
    List<RadarHit> search(@RequestParam(required = false) String name,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dateOfBirth,
            @RequestParam(required = false) String bsn, @RequestParam(required = false) String postcode,
            @RequestParam(required = false) String houseNumber) {
        return radar.search(new Radar.Query(name, Checks.plausible("dateOfBirth", dateOfBirth), bsn, postcode, houseNumber));
    }
}
