package nl.vangnet.dossier;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** What registering a household's dossier needs. */
public record NewDossier(UUID teamId, LocalDate openedOn, List<NewPerson> persons, Set<UUID> assignedWorkers) {

    /**
     * A person as registered at intake. Without a BSN, Wmo 2015 art. 5.2.9 asks surname, given names, date of
     * birth, postcode and house number, or the reason they are unknown.
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
}
