package nl.vangnet.dossier.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import nl.vangnet.dossier.HouseholdCorrections;
import nl.vangnet.platform.Checks;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Huishouden van een dossier", description = "Het adres van het huishouden, gecorrigeerd met een reden; "
        + "de eerdere waarden blijven bewaard")
class HouseholdApiController {

    private final HouseholdCorrections households;

    HouseholdApiController(HouseholdCorrections households) {
        this.households = households;
    }

    @GetMapping("/api/v1/dossiers/{id}/household")
    @Operation(summary = "Het adres van het huishouden met de geschiedenis van elke wijziging (noodzaak tot kennisnemen; gelogd)")
    HouseholdCorrections.Address get(@PathVariable UUID id) {
        return households.address(id);
    }

    @PutMapping("/api/v1/dossiers/{id}/household")
    @Operation(summary = "Corrigeer het adres van het huishouden met een reden (wat ontbreekt, blijft zoals het is); alleen door wie aan de zaak werkt")
    HouseholdCorrections.Address correct(@PathVariable UUID id, @RequestBody @Valid HouseholdRequest request) {
        return households.correct(id, request.postcode(), request.houseNumber(), request.municipalityCode(), request.street(),
                request.reason());
    }

    record HouseholdRequest(
            @Schema(description = "Vier cijfers en twee letters, bijvoorbeeld 3511AB. Wat ontbreekt, blijft zoals het is")
            @Size(max = Checks.MAX_CODE) String postcode,
            @Schema(example = "14") @Size(max = Checks.MAX_CODE) String houseNumber,
            @Schema(example = "GM0344") @Size(max = Checks.MAX_CODE) String municipalityCode,
            @Schema(description = "De straat (zonder huisnummer). Wat ontbreekt, blijft zoals het is", maxLength = Checks.MAX_SHORT_TEXT,
                    example = "Oudegracht") @Size(max = Checks.MAX_SHORT_TEXT) String street,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Het gezin is verhuisd naar nummer 14.")
            @Size(max = Checks.MAX_REMARK) String reason) {
    }
}
