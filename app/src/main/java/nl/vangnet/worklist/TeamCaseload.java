package nl.vangnet.worklist;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.vangnet.dossier.Caseload;
import nl.vangnet.intake.IntakeWork;
import nl.vangnet.intake.ViolenceType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The teamleider's caseload page: the open dossiers per worker of their teams, and the open dossiers nobody is
 * assigned to, each with what makes it recognisable and the reports in it awaiting verification or assessment.
 */
@Service
public class TeamCaseload {

    public record UnassignedCase(UUID dossierId, String reference, LocalDate openedOn, String teamName,
            @Schema(description = "Huishouden, plaats, soorten geweld") CaseCard card,
            @Schema(description = "De meldingen in dit dossier die wachten op verificatie of beoordeling") List<IntakeWork.Item> reports) {
    }

    public record Answer(List<Caseload.WorkerLoad> workers, List<UnassignedCase> unassigned) {
    }

    private final Caseload caseload;
    private final IntakeWork intake;

    TeamCaseload(Caseload caseload, IntakeWork intake) {
        this.caseload = caseload;
        this.intake = intake;
    }

    @Transactional
    public Answer ofMyTeams() {
        Caseload.TeamCaseload load = caseload.ofMyTeams();
        List<UUID> ids = load.unassigned().stream().map(Caseload.UnassignedDossier::dossierId).toList();
        Map<UUID, List<ViolenceType>> types = intake.violenceTypesOf(ids);
        IntakeWork.Lists team = intake.of(IntakeWork.Scope.TEAM);
        List<IntakeWork.Item> all = new ArrayList<>(team.acute());
        all.addAll(team.toVerify());
        all.addAll(team.awaitingAssessment());
        Map<UUID, List<IntakeWork.Item>> reports = all.stream().filter(i -> ids.contains(i.dossierId()))
                .collect(Collectors.groupingBy(IntakeWork.Item::dossierId));
        return new Answer(load.workers(), load.unassigned().stream()
                .map(u -> new UnassignedCase(u.dossierId(), u.reference(), u.openedOn(), u.teamName(),
                        u.card() == null ? null : CaseCard.of(u.card(), types.get(u.dossierId())),
                        reports.getOrDefault(u.dossierId(), List.of())))
                .toList());
    }
}
