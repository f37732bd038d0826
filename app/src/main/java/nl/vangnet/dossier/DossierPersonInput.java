package nl.vangnet.dossier;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import nl.vangnet.person.PersonRole;
import nl.vangnet.platform.Checks;

/**
 * A person of a dossier as a worker corrects or adds them: who they are (BSN, or the Wmo 2015 art. 5.2.9 fields),
 * their role in the household, and why. Values stay text until checked, so every wrong value gets a Dutch message at
 * its field.
 */
public record DossierPersonInput(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, implementation = PersonRole.class, example = "CHILD") String role,
        @Schema(description = "Negen cijfers die de elfproef doorstaan; zonder BSN zijn achternaam, voornamen, geboortedatum, "
                + "postcode en huisnummer nodig, of identificationMissingReason. Eén persoon per BSN.",
                example = "111222333") @Size(max = Checks.MAX_CODE) String bsn,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Bakker") @Size(max = Checks.MAX_SHORT_TEXT) String surname,
        @Size(max = Checks.MAX_SHORT_TEXT) String surnamePrefix,
        @Schema(example = "Noor") @Size(max = Checks.MAX_SHORT_TEXT) String givenNames,
        @Schema(format = "date", description = Checks.DATE_OF_BIRTH_RANGE, example = "2019-09-09") String dateOfBirth,
        @Schema(allowableValues = {"FEMALE", "MALE", "OTHER", "UNKNOWN"}, example = "FEMALE") String gender,
        @Schema(description = "Vier cijfers en twee letters; ontbreken postcode en huisnummer, dan gelden die van het huishouden")
        @Size(max = Checks.MAX_CODE) String postcode,
        @Schema(example = "12") @Size(max = Checks.MAX_CODE) String houseNumber,
        @Schema(example = "GM0344") @Size(max = Checks.MAX_CODE) String municipalityCode,
        @Schema(description = "Waarom de identificerende gegevens onbekend zijn") @Size(max = Checks.MAX_REMARK)
        String identificationMissingReason,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Waarom dit wordt gewijzigd of toegevoegd",
                example = "De school gaf een verkeerde geboortedatum door; de moeder gaf de juiste.")
        @Size(max = Checks.MAX_REMARK) String reason) {

    @Override
    public String toString() {
        return "DossierPersonInput[" + role + "]";
    }
}
