package nl.vangnet.notice;

import java.util.List;
import java.util.UUID;
import nl.vangnet.dossier.OpenWork;
import org.springframework.stereotype.Component;

/** A notice still due keeps the dossier open. */
@Component
class OpenNotices implements OpenWork {

    private final DossierTasks tasks;

    OpenNotices(DossierTasks tasks) {
        this.tasks = tasks;
    }

    @Override
    public List<String> openWorkIn(UUID dossierId) {
        return tasks.openIn(dossierId);
    }
}
