package nl.vangnet.accesslog.web;

import java.time.LocalDate;
import java.util.UUID;
import nl.vangnet.accesslog.AccessLogQuery;
import nl.vangnet.accesslog.AccessLogReview;
import nl.vangnet.platform.BusinessRuleException;
import nl.vangnet.staff.CurrentStaff;
import nl.vangnet.staff.Role;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The access log for the FG and teamleiders, with the chain check and integrity alerts. */
@Controller
class AccessLogPageController {

    private final AccessLogReview review;

    AccessLogPageController(AccessLogReview review) {
        this.review = review;
    }

    @GetMapping("/toegangslog")
    String page(@RequestParam(required = false) String dossierId, @RequestParam(required = false) String personId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Model model) {
        model.addAttribute("dossierId", dossierId);
        model.addAttribute("personId", personId);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        boolean fg = CurrentStaff.get().has(Role.DATA_PROTECTION_OFFICER);
        model.addAttribute("fg", fg);
        boolean searched = dossierId != null || personId != null || from != null || to != null;
        if (fg || searched) {
            try {
                model.addAttribute("entries", review.read(new AccessLogQuery(uuid(dossierId, "dossierId"),
                        uuid(personId, "personId"),
                        from == null ? null : from.atStartOfDay(AccessLogApiController.AMSTERDAM).toInstant(),
                        to == null ? null : to.plusDays(1).atStartOfDay(AccessLogApiController.AMSTERDAM).toInstant(),
                        null, 200)));
            } catch (BusinessRuleException e) {
                model.addAttribute("error", e.getMessage());
                model.addAttribute("errorField", e.field());
            }
        }
        return "accesslog/access-log";
    }

    @PostMapping("/toegangslog/controle")
    String verify(RedirectAttributes redirect) {
        redirect.addFlashAttribute("verification", review.verifyNow());
        return "redirect:/toegangslog";
    }

    @PostMapping("/toegangslog/meldingen/{id}/afgehandeld")
    String resolve(@PathVariable UUID id) {
        review.resolveAlert(id);
        return "redirect:/toegangslog";
    }

    private static UUID uuid(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleException(field, "Dit is geen geldig kenmerk (UUID).");
        }
    }
}
