package nl.vangnet.research.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import nl.vangnet.platform.PageForm;
import nl.vangnet.research.ExternalAccess;
import nl.vangnet.research.ResearchExport;
import nl.vangnet.research.SelectionInput;
import nl.vangnet.staff.CurrentStaff;
import nl.vangnet.staff.ExternalAccounts;
import nl.vangnet.staff.Role;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Externe toegang: the FG's selections (list, new, end) and, for an external party, the own selections with their
 * dossiers and, for a researcher, the research export. Who else asks is refused by the service (403).
 */
@Controller
class ExternalAccessPageController {

    private final ExternalAccess access;
    private final ExternalAccounts accounts;
    private final ResearchExport export;

    ExternalAccessPageController(ExternalAccess access, ExternalAccounts accounts, ResearchExport export) {
        this.access = access;
        this.accounts = accounts;
        this.export = export;
    }

    @GetMapping("/externe-toegang")
    String page(Model model) {
        model.addAttribute("selections", access.list());
        boolean fg = CurrentStaff.get().has(Role.DATA_PROTECTION_OFFICER);
        model.addAttribute("fg", fg);
        model.addAttribute("researcher", CurrentStaff.get().has(Role.RESEARCHER));
        model.addAttribute("accounts", fg ? accounts.all() : List.of());
        if (!model.containsAttribute("typed")) {
            model.addAttribute("typed", new SelectionInput("", "", "", "", "", List.of()));
        }
        return "research/external-access";
    }

    @PostMapping("/externe-toegang")
    String create(@RequestParam(defaultValue = "") String userId, @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String purpose, @RequestParam(defaultValue = "") String validFrom,
            @RequestParam(defaultValue = "") String validUntil, @RequestParam(defaultValue = "") String dossierReferences,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        List<String> references = List.of(dossierReferences.split("[\\s,;]+")).stream().filter(r -> !r.isBlank()).toList();
        SelectionInput typed = new SelectionInput(userId, kind, purpose, validFrom, validUntil, references);
        return PageForm.of(model, response).keep("typed", typed).submit(() -> {
            access.create(typed);
            return PageForm.saved(redirect, true, "/externe-toegang");
        }, () -> page(model));
    }

    @PostMapping("/externe-toegang/{id}/beeindigen")
    String end(@PathVariable UUID id, RedirectAttributes redirect) {
        access.end(id);
        return PageForm.saved(redirect, true, "/externe-toegang");
    }

    @GetMapping("/externe-toegang/{id}/onderzoeksexport")
    ResponseEntity<List<ResearchExport.Row>> researchExport(@PathVariable UUID id) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"onderzoeksexport.json\"")
                .body(export.export(id));
    }
}
