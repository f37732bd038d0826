package nl.vangnet.person;

import java.time.LocalDate;
import java.util.UUID;

/** Everything that identifies a registered person: what a worker corrects (BSN or the Wmo 2015 art. 5.2.9 fields). */
public record PersonDetails(UUID id, String bsn, String surname, String surnamePrefix, String givenNames,
        LocalDate dateOfBirth, String gender, String postcode, String houseNumber, String municipalityCode,
        String identificationMissingReason) {

    public String fullName() {
        return Person.fullName(givenNames, surnamePrefix, surname);
    }

    @Override
    public String toString() {
        return "PersonDetails[" + id + "]";
    }
}
