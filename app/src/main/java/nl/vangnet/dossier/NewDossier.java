package nl.vangnet.dossier;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.vangnet.person.NewPerson;

/** What registering a household's dossier needs. */
public record NewDossier(UUID teamId, LocalDate openedOn, List<NewPerson> persons, Set<UUID> assignedWorkers) {
}
