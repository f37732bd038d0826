package nl.vangnet.dossier;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** What registering a household's dossier needs. */
public record NewDossier(UUID teamId, LocalDate openedOn, List<NewPerson> persons, Set<UUID> assignedWorkers) {

    public record NewPerson(PersonRole role, String bsn, String surname, String surnamePrefix, String givenNames,
            LocalDate dateOfBirth, String gender) {
        @Override
        public String toString() {
            return "NewPerson[" + role + "]";
        }
    }
}
