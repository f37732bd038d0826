package nl.vangnet.intake;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import nl.vangnet.person.PersonRole;
import nl.vangnet.platform.Checks;

/**
 * A report as the API and the form send it. Values stay text until validated, so that every wrong value is
 * answered with a Dutch message naming its field.
 */
public record ReportInput(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "date-time", description = Checks.MOMENT_RANGE + " Niet in de toekomst.",
                example = "2026-05-11T09:30:00+02:00") String receivedAt,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, implementation = Channel.class, example = "PHONE") String channel,
        @Schema(description = "Veilig Thuis meldt zelf (ambtshalve): dan zonder melder", example = "false") Boolean exOfficio,
        @Schema(format = "uuid", description = "De adviesvraag van hetzelfde team waaruit de melding voortkomt") String adviceRequestId,
        @Schema(description = "Nodig, behalve bij een ambtshalve melding (exOfficio), die geen melder heeft") @Valid ReporterInput reporter,
        @Valid HouseholdInput household,
        @ArraySchema(arraySchema = @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Ten minste één betrokkene")) List<@Valid PersonInput> persons,
        @ArraySchema(arraySchema = @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Ten minste één vorm van geweld"),
                schema = @Schema(implementation = ViolenceType.class, example = "CHILD_ABUSE")) List<String> violenceTypes,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Sem (8) komt de laatste weken vaak met blauwe plekken op school en wil niet naar huis.")
        @Size(max = Checks.MAX_TEXT) String concern,
        @Schema(implementation = PersonsAware.class, description = "Weten de betrokkenen van de melding; ontbreekt dit, dan UNKNOWN",
                example = "NO") String personsAware,
        @Schema(example = "false") Boolean acuteDanger,
        @Schema(format = "uuid", description = "Het team waarvoor de melding is; nodig als de aanroeper niet in precies één team zit")
        String teamId) {

    public record ReporterInput(
            @Schema(implementation = ReporterType.class, description = "Nodig bij een melding met melder (niet ambtshalve)",
                    example = "PROFESSIONAL") String type,
            @Schema(implementation = ReporterCategory.class, description = "Nodig bij een beroepsmatige melder", example = "EDUCATION")
            String category,
            @Schema(description = "Alleen bij de gezondheidszorg: GP, HOSPITAL, YOUTH_HEALTH_CARE of OTHER")
            @Size(max = Checks.MAX_SHORT_TEXT) String subcategory,
            @Schema(description = "Nodig, tenzij de melder anoniem blijft", example = "Anna de Vries")
            @Size(max = Checks.MAX_SHORT_TEXT) String name,
            @Schema(description = "Nodig bij een beroepsmatige melder die niet anoniem blijft", example = "Basisschool De Regenboog")
            @Size(max = Checks.MAX_SHORT_TEXT) String organisation,
            @Schema(example = "Groepsleerkracht") @Size(max = Checks.MAX_SHORT_TEXT) String function,
            @Schema(example = "030 123 4567") @Size(max = Checks.MAX_SHORT_TEXT) String phone,
            @Schema(example = "a.devries@regenboog.example") @Size(max = Checks.MAX_SHORT_TEXT) String email,
            @Schema(example = "false") Boolean anonymous,
            Boolean closelyInvolved,
            @Schema(description = "Nodig als een particuliere melder anoniem blijft") @Size(max = Checks.MAX_REMARK) String anonymityAssessment,
            @Schema(description = "Nodig als een beroepsmatige melder anoniem blijft") @Size(max = Checks.MAX_REMARK) String anonymitySafetyReason) {
    }

    public record HouseholdInput(
            // No example names a postcode: the ADR 2.2.1 ruleset reads every key containing "post" under paths as an
            // operation (nlgov:problem-invalid-input), and the examples are shown there.
            @Schema(description = "Vier cijfers en twee letters, bijvoorbeeld 3511AB") @Size(max = Checks.MAX_CODE) String postcode,
            @Size(max = Checks.MAX_CODE) String houseNumber,
            @Schema(example = "GM0344") @Size(max = Checks.MAX_CODE) String municipalityCode,
            @Schema(description = "De woonplaats, als de gemeentecode ontbreekt", example = "Utrecht")
            @Size(max = Checks.MAX_SHORT_TEXT) String placeName,
            @Schema(description = "De straat (zonder huisnummer)", maxLength = Checks.MAX_SHORT_TEXT, example = "Oudegracht")
            @Size(max = Checks.MAX_SHORT_TEXT) String street) {
    }

    public record PersonInput(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, implementation = PersonRole.class, example = "CHILD") String role,
            @Schema(description = "Negen cijfers die de elfproef doorstaan; bij een melding: zonder BSN zijn achternaam, "
                    + "voornamen, geboortedatum, postcode en huisnummer nodig, of identificationMissingReason",
                    example = "111222333") @Size(max = Checks.MAX_CODE) String bsn,
            @Schema(description = "Nodig; bij een melding mag identificationMissingReason in plaats daarvan zeggen waarom die onbekend is", example = "Jansen")
            @Size(max = Checks.MAX_SHORT_TEXT) String surname,
            @Size(max = Checks.MAX_SHORT_TEXT) String surnamePrefix,
            @Schema(example = "Sem") @Size(max = Checks.MAX_SHORT_TEXT) String givenNames,
            @Schema(format = "date", description = Checks.DATE_OF_BIRTH_RANGE, example = "2017-03-01") String dateOfBirth,
            @Schema(allowableValues = {"FEMALE", "MALE", "OTHER", "UNKNOWN"}, example = "MALE") String gender,
            @Schema(description = "Ontbreken postcode en huisnummer, dan gelden die van het huishouden") @Size(max = Checks.MAX_CODE) String postcode,
            @Size(max = Checks.MAX_CODE) String houseNumber,
            @Size(max = Checks.MAX_REMARK) String identificationMissingReason) {

        @JsonIgnore
        public boolean isEmpty() {
            return blank(role) && blank(bsn) && blank(surname) && blank(surnamePrefix) && blank(givenNames)
                    && blank(dateOfBirth) && blank(postcode) && blank(houseNumber) && blank(identificationMissingReason);
        }

        private static boolean blank(String s) {
            return s == null || s.isBlank();
        }
    }
}
