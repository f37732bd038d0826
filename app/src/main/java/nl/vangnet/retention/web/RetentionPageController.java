package nl.vangnet.retention.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import nl.vangnet.platform.PageForm;
import nl.vangnet.retention.DestructionLists;
import nl.vangnet.retention.RetentionInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The FG's retention list: the open destruction lists to approve, reject or take a dossier off, and what was destroyed. */
@Controller
class RetentionPageController {

    private final DestructionLists lists;

    RetentionPageController(DestructionLists lists) {
        this.lists = lists;
    }

    @GetMapping("/bewaartermijnen")
    String due(Model model) {
        model.addAttribute("due", lists.due());
        return "retention/due";
    }

    @PostMapping("/bewaartermijnen/lijsten/{id}/beslissing")
    String decide(@PathVariable UUID id, @RequestParam(defaultValue = "") String decision,
            @RequestParam(defaultValue = "") String reason, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return PageForm.of(model, response).keep("typedReason", reason).rules("decision", 409).submit(() -> {
            lists.decide(id, new RetentionInput.Approval(decision, reason));
            return PageForm.saved(redirect, "APPROVED".equals(decision) ? "retention.executed" : "retention.rejected",
                    "/bewaartermijnen");
        }, () -> due(model));
    }

    @PostMapping("/bewaartermijnen/lijsten/{id}/dossiers/{dossierId}/eraf")
    String takeOff(@PathVariable UUID id, @PathVariable UUID dossierId, @RequestParam(defaultValue = "") String reason,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return PageForm.of(model, response).rules("reason", 409).submit(() -> {
            lists.takeOff(id, dossierId, new RetentionInput.TakeOff(reason));
            return PageForm.saved(redirect, "retention.takenOff", "/bewaartermijnen");
        }, () -> due(model));
    }
}
