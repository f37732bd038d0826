package nl.vangnet.intake.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Comparator;
import java.util.List;
import nl.vangnet.intake.WorkList;
import nl.vangnet.intake.WorkListSources;
import nl.vangnet.staff.CurrentStaff;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The work list as the page /werkvoorraad shows it, for a client: the same lists, the same rule for the team's. */
@RestController
@Tag(name = "Werkvoorraad", description = "De werkvoorraad van de aanroeper of van zijn team: acuut, te verifiëren, "
        + "wachtend op beoordeling, terugbelafspraken en andere termijnen")
class WorkListApiController {

    private final WorkList workList;
    private final List<WorkListSources> workListSources;

    WorkListApiController(WorkList workList, List<WorkListSources> workListSources) {
        this.workList = workList;
        this.workListSources = workListSources;
    }

    @GetMapping("/api/v1/work-list")
    @Operation(summary = "De werkvoorraad: acute meldingen eerst, dan te verifiëren en wachtend op beoordeling op termijn, "
            + "terugbelafspraken en andere termijnen (gelogd)",
            description = "team=true: die van de teams van de aanroeper, alleen voor de teamleider en de intakerollen "
                    + "(medewerker, crisisdienst, secretariaat); anders 403. De crisisdienst ziet elke acute melding.")
    WorkListAnswer workList(@Parameter(description = "De werkvoorraad van het team in plaats van de eigen")
            @RequestParam(defaultValue = "false") boolean team) {
        if (team && !WorkList.mayListTeam(CurrentStaff.get())) {
            throw new AccessDeniedException("team work list");
        }
        WorkList.Lists lists = workList.of(team ? WorkList.Scope.TEAM : WorkList.Scope.MINE);
        List<WorkListSources.DueItem> due = workListSources.stream().flatMap(source -> source.dueItems(team).stream())
                .sorted(Comparator.comparing(WorkListSources.DueItem::dueOn)).toList();
        return new WorkListAnswer(team, lists.acute(), lists.toVerify(), lists.awaitingAssessment(), lists.callBacks(), due);
    }

    /** The lists of {@link WorkList.Lists} (without its isEmpty) and the other due items, earliest first. */
    record WorkListAnswer(boolean team, List<WorkList.Item> acute, List<WorkList.Item> toVerify,
            List<WorkList.Item> awaitingAssessment, List<WorkList.CallBack> callBacks, List<WorkListSources.DueItem> due) {
    }
}
