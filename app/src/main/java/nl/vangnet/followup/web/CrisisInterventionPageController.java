package nl.vangnet.followup.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import nl.vangnet.dossier.Dossiers;
import nl.vangnet.followup.CrisisInterventions;
import nl.vangnet.platform.NotFoundException;
import nl.vangnet.platform.PageForm;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The crisis interventions of a dossier, at any hour: the list with "opvolging gestart" for those awaiting their
 * follow-up, and the form the crisis worker fills in (who acted is the current user).
 */
@Controller
class CrisisInterventionPageController {

    private final CrisisInterventions interventions;
    private final Dossiers dossiers;
    private final MessageSource messages;
    private final Clock clock;

    CrisisInterventionPageController(CrisisInterventions interventions, Dossiers dossiers, MessageSource messages, Clock clock) {
        this.interventions = interventions;
        this.dossiers = dossiers;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/dossiers/{id}/crisisinterventies")
    String page(@PathVariable UUID id, Model model) {
        // The service checks need to know and logs the read; the summary adds only the dossier's number.
        model.addAttribute("interventions", interventions.ofDossier(id));
        model.addAttribute("dossier", dossiers.summary(id).orElseThrow(() -> new NotFoundException("Dit dossier bestaat niet.")));
        var access = dossiers.access(id);
        model.addAttribute("canRecord", access.map(CrisisInterventions::mayRecord).orElse(false));
        model.addAttribute("canMarkFollowedUp", access.map(CrisisInterventions::mayMarkFollowedUp).orElse(false));
        if (!model.containsAttribute("form")) {
            CrisisInterventionForm form = new CrisisInterventionForm();
            form.setActedAt(FollowUpPages.now(clock));
            model.addAttribute("form", form);
        }
        return "followup/crisis-interventions";
    }

    @PostMapping("/dossiers/{id}/crisisinterventies")
    String record(@PathVariable UUID id, @ModelAttribute("form") CrisisInterventionForm form,
            @RequestParam(defaultValue = "save") String action, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        if ("addProfessional".equals(action)) {
            form.getProfessionals().add(new CrisisInterventionForm.Professional());
            return page(id, model);
        }
        return PageForm.of(model, response)
                .errors(byField -> {
                    Map<String, String> errors = form.formFields(byField);
                    FollowUpPages.dateTimeFormat(errors, "actedAt", form.getActedAt(),
                            messages.getMessage("followup.dateTimeFormat", null, LocaleContextHolder.getLocale()));
                    return errors;
                })
                .submit(() -> {
                    interventions.record(id, form.toInput());
                    return PageForm.saved(redirect, "crisis.recorded", "/dossiers/" + id + "/crisisinterventies");
                }, () -> page(id, model));
    }

    @PostMapping("/dossiers/{id}/crisisinterventies/{interventionId}/opvolging")
    String followedUp(@PathVariable UUID id, @PathVariable UUID interventionId, RedirectAttributes redirect) {
        interventions.followedUp(id, interventionId);
        return PageForm.saved(redirect, "crisis.followedUpSaved", "/dossiers/" + id + "/crisisinterventies");
    }
}
