package nl.vangnet.accesslog;

import java.util.Optional;
import java.util.UUID;

/** Which team a dossier belongs to; provided by the dossier module so that a teamleider sees their team's log. */
public interface DossierTeams {
    Optional<UUID> teamOf(UUID dossierId);
}
