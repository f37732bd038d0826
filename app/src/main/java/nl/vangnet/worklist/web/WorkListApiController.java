package nl.vangnet.worklist.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import nl.vangnet.intake.IntakeWork;
import nl.vangnet.worklist.CaseCard;
import nl.vangnet.worklist.TeamCaseload;
import nl.vangnet.worklist.WorkList;
import nl.vangnet.worklist.WorkListSources;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The work list as the page /werkvoorraad shows it, for a client: the same lists, the same rule for the team's. */
@RestController
@Tag(name = "Werkvoorraad", description = "De werkvoorraad van de aanroeper of van zijn team: acuut, te verifiëren, "
        + "wachtend op beoordeling, terugbelafspraken en andere termijnen")
class WorkListApiController {

    private final WorkList workList;
    private final TeamCaseload teamCaseload;

    WorkListApiController(WorkList workList, TeamCaseload teamCaseload) {
        this.workList = workList;
        this.teamCaseload = teamCaseload;
    }

    @GetMapping("/api/v1/work-list")
    @Operation(summary = "De werkvoorraad: acute meldingen eerst, dan te verifiëren en wachtend op beoordeling op termijn, "
            + "terugbelafspraken en andere termijnen (gelogd)",
            description = "team=true: die van de teams van de aanroeper, alleen voor de teamleider en de intakerollen "
                    + "(medewerker, crisisdienst, secretariaat); anders 403. De crisisdienst ziet elke acute melding.")
    WorkListAnswer workList(@Parameter(description = "De werkvoorraad van het team in plaats van de eigen")
            @RequestParam(defaultValue = "false") boolean team) {
        WorkList.Contents contents = workList.ofAsked(team);
        IntakeWork.Lists lists = contents.intake();
        return new WorkListAnswer(contents.team(), lists.acute(), lists.toVerify(), lists.awaitingAssessment(),
                lists.callBacks(), contents.allDue(), contents.cards());
    }

    @GetMapping("/api/v1/team/caseload")
    @Operation(summary = "De caseload van de teams van de teamleider: open dossiers per medewerker, en de open dossiers "
            + "zonder toegewezen medewerker met hun meldingen (gelogd)",
            description = "Alleen voor de teamleider. Toewijzen: POST /api/v1/dossiers/{id}/assignments.")
    TeamCaseload.Answer caseload() {
        return teamCaseload.ofMyTeams();
    }

    /** The lists of {@link IntakeWork.Lists} (without its isEmpty) and the other due items, earliest first. */
    record WorkListAnswer(boolean team, List<IntakeWork.Item> acute, List<IntakeWork.Item> toVerify,
            List<IntakeWork.Item> awaitingAssessment, List<IntakeWork.CallBack> callBacks, List<WorkListSources.DueItem> due,
            @Schema(description = "Per dossierkenmerk wat de zaak herkenbaar maakt (huishouden, plaats, soorten geweld, "
                    + "toegewezen medewerkers); alleen voor dossiers die de aanroeper mag openen") Map<String, CaseCard> cases) {
    }
}
