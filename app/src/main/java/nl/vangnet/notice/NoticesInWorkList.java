package nl.vangnet.notice;

import java.util.List;
import nl.vangnet.worklist.WorkListSources;
import org.springframework.stereotype.Component;

/** Open notices (data registered, B&W) in the work list. */
@Component
class NoticesInWorkList implements WorkListSources {

    private final DossierTasks tasks;

    NoticesInWorkList(DossierTasks tasks) {
        this.tasks = tasks;
    }

    @Override
    public List<DueItem> dueItems(boolean team) {
        return tasks.open(team).stream()
                .map(t -> new DueItem("task." + t.kind(), t.dossierReference(), t.dueOn(), t.overdue(), "/kennisgevingen/" + t.id()))
                .toList();
    }
}
