package nl.vangnet.intake;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import nl.vangnet.platform.Checks;

/**
 * A report as the API and the form send it. Values stay text until validated, so that every wrong value is
 * answered with a Dutch message naming its field.
 */
public record ReportInput(
        @Schema(format = "date-time", description = Checks.MOMENT_RANGE) String receivedAt,
        @Schema(implementation = Channel.class) String channel,
        Boolean exOfficio,
        @Schema(format = "uuid") String adviceRequestId,
        @Valid ReporterInput reporter,
        @Valid HouseholdInput household,
        List<@Valid PersonInput> persons,
        @ArraySchema(schema = @Schema(implementation = ViolenceType.class)) List<String> violenceTypes,
        @Size(max = Checks.MAX_TEXT) String concern,
        @Schema(implementation = PersonsAware.class) String personsAware,
        Boolean acuteDanger,
        @Schema(format = "uuid") String teamId) {

    public record ReporterInput(
            @Schema(implementation = ReporterType.class) String type,
            @Schema(implementation = ReporterCategory.class) String category,
            @Size(max = Checks.MAX_SHORT_TEXT) String subcategory,
            @Size(max = Checks.MAX_SHORT_TEXT) String name,
            @Size(max = Checks.MAX_SHORT_TEXT) String organisation,
            @Size(max = Checks.MAX_SHORT_TEXT) String function,
            @Size(max = Checks.MAX_SHORT_TEXT) String phone,
            @Size(max = Checks.MAX_SHORT_TEXT) String email,
            Boolean anonymous,
            Boolean closelyInvolved,
            @Size(max = Checks.MAX_REMARK) String anonymityAssessment,
            @Size(max = Checks.MAX_REMARK) String anonymitySafetyReason) {
    }

    public record HouseholdInput(
            @Size(max = Checks.MAX_CODE) String postcode,
            @Size(max = Checks.MAX_CODE) String houseNumber,
            @Size(max = Checks.MAX_CODE) String municipalityCode,
            @Size(max = Checks.MAX_SHORT_TEXT) String placeName) {
    }

    public record PersonInput(
            @Schema(implementation = nl.vangnet.person.PersonRole.class) String role,
            @Size(max = Checks.MAX_CODE) String bsn,
            @Size(max = Checks.MAX_SHORT_TEXT) String surname,
            @Size(max = Checks.MAX_SHORT_TEXT) String surnamePrefix,
            @Size(max = Checks.MAX_SHORT_TEXT) String givenNames,
            @Schema(format = "date", description = Checks.DATE_OF_BIRTH_RANGE) String dateOfBirth,
            @Schema(allowableValues = {"FEMALE", "MALE", "OTHER", "UNKNOWN"}) String gender,
            @Size(max = Checks.MAX_CODE) String postcode,
            @Size(max = Checks.MAX_CODE) String houseNumber,
            @Size(max = Checks.MAX_REMARK) String identificationMissingReason) {

        @com.fasterxml.jackson.annotation.JsonIgnore
        public boolean isEmpty() {
            return blank(role) && blank(bsn) && blank(surname) && blank(surnamePrefix) && blank(givenNames)
                    && blank(dateOfBirth) && blank(postcode) && blank(houseNumber) && blank(identificationMissingReason);
        }

        private static boolean blank(String s) {
            return s == null || s.isBlank();
        }
    }
}
