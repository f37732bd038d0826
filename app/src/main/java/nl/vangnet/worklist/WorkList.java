package nl.vangnet.worklist;

import java.util.Comparator;
import java.util.List;
import nl.vangnet.intake.IntakeWork;
import nl.vangnet.staff.CurrentStaff;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The werkvoorraad of the current staff member, or of their teams when they may see those ({@link
 * IntakeWork#mayListTeam}): intake's lists and the due work of every other module, urgent items apart.
 */
@Service
public class WorkList {

    /** The work list; {@code team} says whether it is the team's (only when asked and allowed). */
    public record Contents(boolean team, IntakeWork.Lists intake, List<WorkListSources.DueItem> urgent,
            List<WorkListSources.DueItem> due) {
    }

    private final IntakeWork intake;
    private final List<WorkListSources> sources;

    WorkList(IntakeWork intake, List<WorkListSources> sources) {
        this.intake = intake;
        this.sources = sources;
    }

    @Transactional
    public Contents of(boolean teamAsked) {
        boolean team = teamAsked && IntakeWork.mayListTeam(CurrentStaff.get());
        IntakeWork.Lists lists = intake.of(team ? IntakeWork.Scope.TEAM : IntakeWork.Scope.MINE);
        List<WorkListSources.DueItem> due = dueItems(team);
        return new Contents(team, lists, due.stream().filter(WorkListSources.DueItem::urgent).toList(),
                due.stream().filter(d -> !d.urgent()).toList());
    }

    /** The due work every other module contributes, earliest first. */
    @Transactional
    public List<WorkListSources.DueItem> dueItems(boolean team) {
        return sources.stream().flatMap(source -> source.dueItems(team).stream())
                .sorted(Comparator.comparing(WorkListSources.DueItem::dueOn)).toList();
    }
}
