package nl.vangnet.followup.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.vangnet.dossier.DossierAccess;
import nl.vangnet.dossier.DossierView;
import nl.vangnet.dossier.Dossiers;
import nl.vangnet.followup.Aware;
import nl.vangnet.platform.DutchTime;
import nl.vangnet.platform.PageForm;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * AWARE for a dossier: the applications and their state, a new application, the indication committee's decision,
 * the device issued (with the review date) and returned. The service checks need to know, logs, and refuses with
 * Dutch messages, shown at the fields of the form that was sent.
 */
@Controller
class AwarePageController {

    private final Aware aware;
    private final Dossiers dossiers;
    private final Clock clock;

    AwarePageController(Aware aware, Dossiers dossiers, Clock clock) {
        this.aware = aware;
        this.dossiers = dossiers;
        this.clock = clock;
    }

    /** An application with where it stands, as a message key {@code awareApplication.state.<STATE>}. */
    record ApplicationRow(Aware.Application application, String state) {

        static ApplicationRow of(Aware.Application a) {
            return new ApplicationRow(a, a.state().name());
        }
    }

    @GetMapping("/dossiers/{id}/aware")
    String page(@PathVariable UUID id, Model model) {
        DossierView dossier = dossiers.open(id);
        model.addAttribute("dossier", dossier);
        model.addAttribute("persons", FollowUpPages.persons(dossier));
        model.addAttribute("names", FollowUpPages.names(dossier));
        model.addAttribute("applications", aware.ofDossier(id).stream().map(ApplicationRow::of).toList());
        model.addAttribute("committee", Aware.COMMITTEE);
        model.addAttribute("today", DutchTime.today(clock).toString());
        model.addAttribute("canAct", dossiers.access(id).map(DossierAccess::worksOnCase).orElse(false));
        if (!model.containsAttribute("typed")) {
            model.addAttribute("typed", Map.of());
        }
        return "followup/aware";
    }

    @PostMapping("/dossiers/{id}/aware")
    String apply(@PathVariable UUID id, @RequestParam(defaultValue = "") String victimId,
            @RequestParam(defaultValue = "") String perpetratorId, @RequestParam(defaultValue = "") String fearDescription,
            @RequestParam(defaultValue = "") String minorReason, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Map<String, Object> typed = Map.of("victimId", victimId, "perpetratorId", perpetratorId,
                "fearDescription", fearDescription, "minorReason", minorReason);
        return PageForm.of(model, response).keep("failed", "apply").keep("typed", typed)
                .errors(byField -> FollowUpPages.errors(byField, ""))
                .submit(() -> {
                    aware.apply(id, victimId, perpetratorId, fearDescription, minorReason);
                    return PageForm.saved(redirect, "awareApplication.applied", "/dossiers/" + id + "/aware");
                }, () -> page(id, model));
    }

    @PostMapping("/dossiers/{id}/aware/{applicationId}/besluit")
    String decide(@PathVariable UUID id, @PathVariable UUID applicationId, @RequestParam(defaultValue = "") String committeeOn,
            @RequestParam(required = false) List<String> committeeMembers, @RequestParam(defaultValue = "") String approved,
            @RequestParam(defaultValue = "") String decisionReasons, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Map<String, Object> typed = new HashMap<>(Map.of("committeeOn", committeeOn, "approved", approved,
                "decisionReasons", decisionReasons));
        typed.put("committeeMembers", committeeMembers == null ? List.of() : committeeMembers);
        Boolean approval = "true".equals(approved) ? Boolean.TRUE : "false".equals(approved) ? Boolean.FALSE : null;
        return ofApplication("besluit", applicationId, typed, model, response).submit(() -> {
            aware.decide(id, applicationId, committeeOn, committeeMembers, approval, decisionReasons);
            return PageForm.saved(redirect, "awareApplication.decided", "/dossiers/" + id + "/aware");
        }, () -> page(id, model));
    }

    @PostMapping("/dossiers/{id}/aware/{applicationId}/kastje")
    String issue(@PathVariable UUID id, @PathVariable UUID applicationId, @RequestParam(defaultValue = "") String issuedOn,
            @RequestParam(defaultValue = "") String reviewOn, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return ofApplication("kastje", applicationId, Map.of("issuedOn", issuedOn, "reviewOn", reviewOn), model, response)
                .submit(() -> {
                    aware.issue(id, applicationId, issuedOn, reviewOn);
                    return PageForm.saved(redirect, "awareApplication.issued", "/dossiers/" + id + "/aware");
                }, () -> page(id, model));
    }

    @PostMapping("/dossiers/{id}/aware/{applicationId}/ingeleverd")
    String returned(@PathVariable UUID id, @PathVariable UUID applicationId, @RequestParam(defaultValue = "") String returnedOn,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return ofApplication("ingeleverd", applicationId, Map.of("returnedOn", returnedOn), model, response)
                .submit(() -> {
                    aware.returned(id, applicationId, returnedOn);
                    return PageForm.saved(redirect, "awareApplication.returned", "/dossiers/" + id + "/aware");
                }, () -> page(id, model));
    }

    /**
     * A form of one application: field messages get the application's id as suffix, like the fields; a rule about the
     * application as a whole is shown at the top of its form ({@code <form>-<application id>}).
     */
    private static PageForm ofApplication(String form, UUID applicationId, Map<String, Object> typed, Model model,
            HttpServletResponse response) {
        String suffix = "-" + applicationId;
        return PageForm.of(model, response).keep("failed", form + suffix).keep("typed", typed).rules(form, 409)
                .errors(byField -> FollowUpPages.errors(byField, suffix));
    }
}
