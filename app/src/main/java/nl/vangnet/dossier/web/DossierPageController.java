package nl.vangnet.dossier.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.vangnet.accesslog.AccessLogReview;
import nl.vangnet.dossier.DossierAccess;
import nl.vangnet.dossier.DossierParts;
import nl.vangnet.dossier.Dossiers;
import nl.vangnet.dossier.OwnStatements;
import nl.vangnet.platform.BusinessRuleException;
import nl.vangnet.platform.PageForm;
import nl.vangnet.staff.CurrentStaff;
import nl.vangnet.staff.Role;
import nl.vangnet.staff.StaffKind;
import nl.vangnet.staff.StaffPrincipal;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class DossierPageController {

    private static final Pattern REFERENCE = Pattern.compile("VT-\\d{4}-\\d{6}");

    private final Dossiers dossiers;
    private final nl.vangnet.dossier.NeedToKnow needToKnow;
    private final nl.vangnet.staff.StaffDirectory staff;
    private final nl.vangnet.staff.StaffChoices staffChoices;
    private final java.util.List<nl.vangnet.dossier.DossierParts> parts;
    private final CaseOverview caseOverview;
    private final AccessLogReview accessLog;
    private final OwnStatements ownStatements;

    DossierPageController(Dossiers dossiers, nl.vangnet.dossier.NeedToKnow needToKnow,
            nl.vangnet.staff.StaffDirectory staff, nl.vangnet.staff.StaffChoices staffChoices,
            java.util.List<nl.vangnet.dossier.DossierParts> parts, CaseOverview caseOverview, AccessLogReview accessLog,
            OwnStatements ownStatements) {
        this.caseOverview = caseOverview;
        this.accessLog = accessLog;
        this.ownStatements = ownStatements;
        this.staffChoices = staffChoices;
        this.dossiers = dossiers;
        this.needToKnow = needToKnow;
        this.staff = staff;
        this.parts = parts;
    }

    @PostMapping("/dossiers/{id}/toewijzen")
    String assign(@PathVariable UUID id, @RequestParam(required = false) UUID workerId, RedirectAttributes redirect) {
        needToKnow.assign(id, workerId);
        return PageForm.saved(redirect, true, "/dossiers/" + id);
    }

    @PostMapping("/dossiers/{id}/raadplegen")
    String consult(@PathVariable UUID id, @RequestParam(required = false) UUID consultantId, @RequestParam(defaultValue = "") String question,
            RedirectAttributes redirect) {
        needToKnow.consult(id, consultantId, question);
        return PageForm.saved(redirect, true, "/dossiers/" + id);
    }

    @PostMapping("/dossiers/{id}/raadplegingen/{consultationId}/sluiten")
    String closeConsultation(@PathVariable UUID id, @PathVariable UUID consultationId,
            RedirectAttributes redirect) {
        needToKnow.closeConsultation(id, consultationId);
        return PageForm.saved(redirect, true, "/dossiers/" + id);
    }

    @GetMapping("/dossiers/{id}/noodtoegang")
    String emergencyPage(@PathVariable UUID id, Model model) {
        model.addAttribute("dossierId", id);
        return "dossier/emergency-access";
    }

    @PostMapping("/dossiers/{id}/noodtoegang")
    String breakTheGlass(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "") String code, Model model, HttpServletResponse response) {
        return PageForm.of(model, response).keep("reason", reason).rules("reason", 400).submit(() -> {
            needToKnow.breakTheGlass(id, reason, code);
            return "redirect:/dossiers/" + id;
        }, () -> emergencyPage(id, model));
    }

    @GetMapping("/vervanging")
    String substitutes(Model model) {
        StaffPrincipal me = CurrentStaff.get();
        model.addAttribute("substitutions", needToKnow.currentSubstitutions());
        model.addAttribute("workers", staffChoices.teamWorkers(me));
        return "dossier/substitutes";
    }

    @PostMapping("/vervanging")
    String nameSubstitute(@RequestParam(required = false) UUID workerId, @RequestParam(required = false) UUID substituteId,
            @RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return PageForm.of(model, response).keep("from", from).keep("to", to).rules("workerId", 400).submit(() -> {
            needToKnow.nameSubstitute(workerId, substituteId, date(from), date(to));
            return PageForm.saved(redirect, true, "/vervanging");
        }, () -> substitutes(model));
    }

    private static LocalDate date(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BusinessRuleException("from", "Geef geldige datums.");
        }
    }

    @GetMapping("/noodtoegang")
    String reviews(Model model) {
        model.addAttribute("tasks", needToKnow.reviewTasks());
        return "dossier/emergency-reviews";
    }

    @PostMapping("/noodtoegang/{grantId}/beoordeling")
    String review(@PathVariable UUID grantId, @RequestParam(defaultValue = "false") boolean justified, @RequestParam(defaultValue = "") String note,
            RedirectAttributes redirect) {
        needToKnow.review(grantId, justified, note);
        return PageForm.saved(redirect, true, "/noodtoegang");
    }

    @GetMapping("/dossiers")
    String list(Model model) {
        model.addAttribute("dossiers", dossiers.accessible());
        return "dossier/dossiers";
    }

    @GetMapping("/dossiers/{id}")
    String show(@PathVariable UUID id, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String personId, Model model, HttpServletResponse response) {
        try {
            model.addAttribute("dossier", dossiers.open(id));
        } catch (AccessDeniedException e) {
            response.setStatus(403);
            model.addAttribute("dossierId", id);
            return "dossier/no-access";
        }
        model.addAttribute("consultations", needToKnow.openConsultations(id));
        StaffPrincipal me = CurrentStaff.get();
        model.addAttribute("canAssign", me.has(Role.TEAM_LEADER));
        // The teamleider reviews who looked at their team's dossiers (the teamleider basis is the own team).
        model.addAttribute("mayReadAccessLog", me.has(Role.TEAM_LEADER) && dossiers.teamOf(id).filter(me.teamIds()::contains).isPresent());
        model.addAttribute("colleagues", staff.all().stream().filter(u -> u.enabled() && u.kind() == StaffKind.PERSON
                && u.teamIds().stream().anyMatch(me.teamIds()::contains)).toList());
        model.addAttribute("parts", parts.stream().flatMap(p -> p.partsOf(id).stream())
                .sorted(Comparator.comparing(DossierParts.Part::at)).toList());
        // The persons' own statements (eigen verklaring), with what they dispute; the dossier read above checked the access.
        model.addAttribute("ownStatements", dossiers.access(id).filter(DossierAccess::freeText)
                .map(a -> ownStatements.inDossier(id)).orElse(List.of()));
        caseOverview.addTo(model, id, kind, personId);
        return "dossier/dossier";
    }

    @GetMapping("/zoeken")
    String searchPage() {
        return "dossier/search";
    }

    /** Searched by POST so that what was typed never appears in a URL or an access log of the web server. */
    @PostMapping("/zoeken")
    String search(@RequestParam(defaultValue = "") String reference, Model model, RedirectAttributes redirect) {
        if (reference.isBlank()) {
            model.addAttribute("error", "search.reference.required");
            return "dossier/search";
        }
        // The FG opens no dossier (unless another role of theirs gives access), but reads the whole access log: a
        // reference leads there, and reading the dossier's log is logged with the dossier.
        String normalised = reference.strip().toUpperCase(Locale.ROOT);
        if (CurrentStaff.get().has(Role.DATA_PROTECTION_OFFICER) && REFERENCE.matcher(normalised).matches()
                && accessLog.dossierWithReference(normalised).flatMap(dossiers::access).isEmpty()) {
            redirect.addAttribute("dossier", normalised);
            return "redirect:/toegangslog";
        }
        Optional<UUID> id = dossiers.findByReference(reference);
        if (id.isPresent()) {
            return "redirect:/dossiers/" + id.get();
        }
        model.addAttribute("reference", reference);
        model.addAttribute("error", "search.reference.notFound");
        return "dossier/search";
    }
}
