package nl.vangnet.person;

import java.time.LocalDate;

/**
 * A person as registered at intake, with their role in the household. Without a BSN, Wmo 2015 art. 5.2.9 asks
 * surname, given names, date of birth, postcode and house number, or the reason they are unknown.
 */
public record NewPerson(PersonRole role, String bsn, String surname, String surnamePrefix, String givenNames,
        LocalDate dateOfBirth, String gender, String postcode, String houseNumber, String municipalityCode,
        String identificationMissingReason) {

    public NewPerson(PersonRole role, String bsn, String surname, String surnamePrefix, String givenNames,
            LocalDate dateOfBirth, String gender) {
        this(role, bsn, surname, surnamePrefix, givenNames, dateOfBirth, gender, null, null, null, null);
    }

    @Override
    public String toString() {
        return "NewPerson[" + role + "]";
    }
}
