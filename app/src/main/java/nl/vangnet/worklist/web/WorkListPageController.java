package nl.vangnet.worklist.web;

import nl.vangnet.dossier.Dossiers;
import nl.vangnet.intake.Reports;
import nl.vangnet.staff.CurrentStaff;
import nl.vangnet.worklist.WorkList;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The werkvoorraad page, the start page of every worker. */
@Controller
class WorkListPageController {

    private final WorkList workList;
    private final Dossiers dossiers;

    WorkListPageController(WorkList workList, Dossiers dossiers) {
        this.workList = workList;
        this.dossiers = dossiers;
    }

    @GetMapping("/werkvoorraad")
    String workList(@RequestParam(name = "team", defaultValue = "false") boolean teamAsked, Model model) {
        WorkList.Contents contents = workList.of(teamAsked);
        model.addAttribute("team", contents.team());
        model.addAttribute("lists", contents.intake());
        model.addAttribute("dossiers", dossiers.assignedToMe());
        model.addAttribute("canRegister", Reports.INTAKE_ROLES.stream().anyMatch(CurrentStaff.get()::has));
        model.addAttribute("urgentItems", contents.urgent());
        model.addAttribute("dueItems", contents.due());
        model.addAttribute("cards", contents.cards());
        return "worklist/work-list";
    }
}
