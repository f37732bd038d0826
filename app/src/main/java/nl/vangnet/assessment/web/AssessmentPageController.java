package nl.vangnet.assessment.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.vangnet.assessment.AssessmentInput;
import nl.vangnet.assessment.Assessments;
import nl.vangnet.assessment.Decision;
import nl.vangnet.assessment.RiskFactors;
import nl.vangnet.intake.Reports;
import nl.vangnet.platform.PageForm;
import nl.vangnet.staff.StaffChoices;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The safety assessment pages: the form for the assigned worker, the confirmation for the gedragswetenschapper. */
@Controller
class AssessmentPageController {

    private final Assessments assessments;
    private final Reports reports;
    private final StaffChoices staffChoices;
    private final RiskFactors riskFactors;

    AssessmentPageController(Assessments assessments, Reports reports, StaffChoices staffChoices,
            RiskFactors riskFactors) {
        this.riskFactors = riskFactors;
        this.assessments = assessments;
        this.reports = reports;
        this.staffChoices = staffChoices;
    }

    @GetMapping("/meldingen/{id}/beoordeling")
    String page(@PathVariable UUID id, Model model) {
        model.addAttribute("report", reports.get(id));
        assessments.find(id).ifPresent(a -> model.addAttribute("assessment", a));
        options(model);
        return "assessment/assessment";
    }

    /**
     * Saves the assessment (a draft, or complete for confirmation); {@code addSource} and {@code removeSource-<i>}
     * only show the form again with a row more or less, keeping everything typed.
     */
    @PostMapping("/meldingen/{id}/beoordeling")
    String save(@PathVariable UUID id, @ModelAttribute("sourcesForm") SourcesForm sourcesForm,
            @RequestParam(required = false) Boolean acuteUnsafety, @RequestParam(defaultValue = "") String acuteDescription,
            @RequestParam(required = false) Boolean structuralUnsafety,
            @RequestParam(defaultValue = "") String structuralDescription,
            @RequestParam(required = false) List<String> riskFactors, @RequestParam(defaultValue = "") String riskNotes,
            @RequestParam(defaultValue = "") String decision, @RequestParam(defaultValue = "") String handoverTo,
            @RequestParam(defaultValue = "") String handoverParty, @RequestParam(defaultValue = "") String reasoning,
            @RequestParam(defaultValue = "") String confirmerId, @RequestParam(defaultValue = "draft") String action,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        List<AssessmentInput.SourceInput> rows = new ArrayList<>(sourcesForm.getSources().stream()
                .map(r -> r == null ? new SourcesForm.Row() : r)
                .map(r -> new AssessmentInput.SourceInput(r.getSource(), r.getGatheredOn(), r.getSummary(), r.isCareInvolved(),
                        r.getCareBy())).toList());
        if ("addSource".equals(action) || action.matches("removeSource-\\d{1,3}")) {
            if ("addSource".equals(action)) {
                rows.add(new AssessmentInput.SourceInput(null, null, null, false, null));
            } else {
                int index = Integer.parseInt(action.substring("removeSource-".length()));
                if (index >= 0 && index < rows.size()) {
                    rows.remove(index);
                }
            }
            model.addAttribute("input", new AssessmentInput(rows, acuteUnsafety, acuteDescription, structuralUnsafety,
                    structuralDescription, riskFactors, riskNotes, decision, handoverTo, handoverParty, reasoning, false,
                    confirmerId));
            return page(id, model);
        }
        AssessmentInput input = new AssessmentInput(sourcesForm.typed(), acuteUnsafety, acuteDescription, structuralUnsafety,
                structuralDescription, riskFactors, riskNotes, decision, handoverTo, handoverParty, reasoning,
                "complete".equals(action), confirmerId);
        // The rows without anything typed are left out, so the service's sources[i] is the i-th typed row: shown again
        // as typed, every message finds its row.
        return PageForm.of(model, response).keep("input", input)
                .submit(() -> {
                    assessments.save(id, input);
                    return PageForm.saved(redirect, true, "/meldingen/" + id + "/beoordeling");
                }, () -> page(id, model));
    }

    @PostMapping("/meldingen/{id}/beoordeling/bevestiging")
    String confirm(@PathVariable UUID id, @RequestParam(defaultValue = "true") boolean confirm,
            @RequestParam(defaultValue = "") String remark, RedirectAttributes redirect) {
        var result = assessments.confirm(id, confirm, remark);
        // With the confirmation the consultation ends, and with it the gedragswetenschapper's access to the dossier.
        redirect.addFlashAttribute("done", confirm ? "assessment.confirmed" : "assessment.returnedDone");
        redirect.addFlashAttribute("doneReference", result.decision() == null ? "" : result.decision().name());
        return "redirect:/beoordelingen";
    }

    @PostMapping("/meldingen/{id}/informeren")
    String inform(@PathVariable UUID id, @RequestParam(defaultValue = "") String who, @RequestParam(defaultValue = "") String how,
            @RequestParam(defaultValue = "") String withheldReason, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return PageForm.of(model, response).submit(() -> {
            assessments.inform(id, who, null, how, withheldReason);
            return PageForm.saved(redirect, true, "/meldingen/" + id + "/beoordeling");
        }, () -> page(id, model));
    }




    @GetMapping("/beoordelingen")
    String toConfirm(Model model) {
        model.addAttribute("awaiting", assessments.awaitingMyConfirmation());
        return "assessment/to-confirm";
    }

    private void options(Model model) {
        model.addAttribute("decisions", Decision.values());
        model.addAttribute("riskFactorOptions", riskFactors.active());
        model.addAttribute("riskFactorLabels", riskFactors.all().stream().collect(Collectors.toMap(
                RiskFactors.ManagedRiskFactor::code, RiskFactors.ManagedRiskFactor::label, (x, y) -> x)));
        model.addAttribute("confirmers", staffChoices.confirmers());
    }
}
