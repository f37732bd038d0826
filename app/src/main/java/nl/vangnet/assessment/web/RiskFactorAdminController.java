package nl.vangnet.assessment.web;

import jakarta.servlet.http.HttpServletResponse;
import nl.vangnet.assessment.RiskFactors;
import nl.vangnet.platform.PageForm;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Beheer of the managed list of risk factors (applicatiebeheer, by the security chain's /beheer rule). */
@Controller
class RiskFactorAdminController {

    private final RiskFactors riskFactors;

    RiskFactorAdminController(RiskFactors riskFactors) {
        this.riskFactors = riskFactors;
    }

    @GetMapping("/beheer/risicofactoren")
    String page(Model model) {
        model.addAttribute("factors", riskFactors.all());
        return "assessment/risk-factors";
    }

    @PostMapping("/beheer/risicofactoren")
    String add(@RequestParam(defaultValue = "") String label, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return PageForm.of(model, response).keep("label", label).submit(() -> {
            riskFactors.add(label);
            return PageForm.saved(redirect, true, "/beheer/risicofactoren");
        }, () -> page(model));
    }

    @PostMapping("/beheer/risicofactoren/{code}/actief")
    String setActive(@PathVariable String code, @RequestParam(defaultValue = "false") boolean active,
            RedirectAttributes redirect) {
        riskFactors.setActive(code, active);
        return PageForm.saved(redirect, true, "/beheer/risicofactoren");
    }
}
