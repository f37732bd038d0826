package nl.vangnet.worklist.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import nl.vangnet.dossier.Caseload;
import nl.vangnet.dossier.NeedToKnow;
import nl.vangnet.platform.PageForm;
import nl.vangnet.worklist.TeamCaseload;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The teamleider's page: caseload per worker, the unassigned dossiers and reports, assigned from the list. */
@Controller
class TeamPageController {

    private final TeamCaseload caseload;
    private final Caseload workers;
    private final NeedToKnow needToKnow;

    TeamPageController(TeamCaseload caseload, Caseload workers, NeedToKnow needToKnow) {
        this.caseload = caseload;
        this.workers = workers;
        this.needToKnow = needToKnow;
    }

    @GetMapping("/team")
    String page(Model model) {
        model.addAttribute("caseload", caseload.ofMyTeams());
        model.addAttribute("assignable", workers.assignable());
        return "worklist/team";
    }

    @PostMapping("/team/toewijzen")
    String assign(@RequestParam UUID dossierId, @RequestParam(required = false) UUID workerId, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        return PageForm.of(model, response).rules("workerId", 409)
                .errors(byField -> PageForm.renamed(byField, field -> "workerId-" + dossierId))
                .submit(() -> {
                    needToKnow.assign(dossierId, workerId);
                    return PageForm.saved(redirect, "team.assigned", "/team");
                }, () -> page(model));
    }
}
