package nl.vangnet.intake;

import java.util.List;

/**
 * A report as the API and the form send it. Values stay text until validated, so that every wrong value is
 * answered with a Dutch message naming its field.
 */
public record ReportInput(String receivedAt, String channel, Boolean exOfficio, String adviceRequestId,
        ReporterInput reporter, HouseholdInput household, List<PersonInput> persons, List<String> violenceTypes,
        String concern, String personsAware, Boolean acuteDanger, String teamId) {

    public record ReporterInput(String type, String category, String subcategory, String name, String organisation,
            String function, String phone, String email, Boolean anonymous, Boolean closelyInvolved,
            String anonymityAssessment, String anonymitySafetyReason) {
    }

    public record HouseholdInput(String postcode, String houseNumber, String municipalityCode, String placeName) {
    }

    public record PersonInput(String role, String bsn, String surname, String surnamePrefix, String givenNames,
            String dateOfBirth, String gender, String postcode, String houseNumber, String identificationMissingReason) {

        public boolean isEmpty() {
            return blank(role) && blank(bsn) && blank(surname) && blank(surnamePrefix) && blank(givenNames)
                    && blank(dateOfBirth) && blank(postcode) && blank(houseNumber) && blank(identificationMissingReason);
        }

        private static boolean blank(String s) {
            return s == null || s.isBlank();
        }
    }
}
