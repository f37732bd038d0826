package nl.vangnet.followup;

import java.util.List;
import nl.vangnet.dossier.DossierSummary;
import nl.vangnet.dossier.Dossiers;
import nl.vangnet.worklist.WorkListSources;
import nl.vangnet.staff.CurrentStaff;
import nl.vangnet.staff.Role;
import org.springframework.stereotype.Component;

/** Crisis interventions awaiting their follow-up come first: for the crisis service of every team, at any hour. */
@Component
class CrisisInterventionsInWorkList implements WorkListSources {

    private final CrisisInterventions interventions;
    private final Dossiers dossiers;

    CrisisInterventionsInWorkList(CrisisInterventions interventions, Dossiers dossiers) {
        this.interventions = interventions;
        this.dossiers = dossiers;
    }

    @Override
    public List<DueItem> dueItems(boolean team) {
        boolean crisisService = CurrentStaff.get().has(Role.CRISIS_WORKER);
        if (!crisisService && !team) {
            return List.of();
        }
        return interventions.awaitingFollowUp(crisisService).stream()
                .map(i -> new DueItem("crisis.awaitingFollowUp",
                        dossiers.summary(i.dossierId()).map(DossierSummary::reference).orElse(""),
                        interventions.today(), false, "/dossiers/" + i.dossierId() + "/crisisinterventies", true))
                .toList();
    }
}
