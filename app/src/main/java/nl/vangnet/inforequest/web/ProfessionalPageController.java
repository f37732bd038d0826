package nl.vangnet.inforequest.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Optional;
import nl.vangnet.inforequest.InformedPersons;
import nl.vangnet.inforequest.PassageReason;
import nl.vangnet.inforequest.ProfessionalAccess;
import nl.vangnet.inforequest.ProfessionalPage;
import nl.vangnet.platform.PageForm;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The professional's page, outside the staff application and without a login: the link opens a code form only; the
 * right code opens, for this browser session and this request only, who asks, about whom, why and the text to write
 * or check, with the passages to mark and the approval. A link that is unknown, expired, locked or used shows nothing
 * but that it does not work.
 */
@Controller
class ProfessionalPageController {

    static final String GRANT = ProfessionalPageController.class.getName() + ".grant";

    private final ProfessionalAccess access;

    ProfessionalPageController(ProfessionalAccess access) {
        this.access = access;
    }

    @GetMapping("/informatieverzoek/{token}")
    String page(@PathVariable String token, HttpSession session, Model model) {
        model.addAttribute("token", token);
        Optional<ProfessionalPage> page = access.open(token, grant(session));
        if (page.isEmpty()) {
            return "inforequest/code";
        }
        model.addAttribute("page", page.get());
        if (!model.containsAttribute("form")) {
            ProfessionalForm form = new ProfessionalForm();
            form.setText(page.get().text());
            model.addAttribute("form", form);
        }
        model.addAttribute("reasons", PassageReason.values());
        model.addAttribute("informedChoices", InformedPersons.values());
        model.addAttribute("rows", List.of(0, 1, 2));
        return "inforequest/professional";
    }

    @PostMapping("/informatieverzoek/{token}/code")
    String code(@PathVariable String token, @RequestParam(defaultValue = "") String code, HttpServletRequest request,
            Model model, HttpServletResponse response) {
        return PageForm.of(model, response).keep("token", token).submit(() -> {
            ProfessionalAccess.Grant grant = access.enterCode(token, code);
            request.getSession();
            request.changeSessionId();
            request.getSession().setAttribute(GRANT, grant);
            return "redirect:/informatieverzoek/" + token;
        }, () -> "inforequest/code");
    }

    @PostMapping("/informatieverzoek/{token}")
    String approve(@PathVariable String token, @ModelAttribute("form") ProfessionalForm form, HttpSession session,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return PageForm.of(model, response)
                .submit(() -> {
                    access.approve(token, grant(session), form.toAnswer());
                    session.removeAttribute(GRANT);
                    return PageForm.saved(redirect, true, "/informatieverzoek/geaccordeerd");
                }, () -> page(token, session, model));
    }

    @GetMapping("/informatieverzoek/geaccordeerd")
    String approved() {
        return "inforequest/approved";
    }

    @ExceptionHandler(ProfessionalAccess.LinkNotUsable.class)
    String unusable(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return "inforequest/unusable";
    }

    private static ProfessionalAccess.Grant grant(HttpSession session) {
        return session == null ? null : (ProfessionalAccess.Grant) session.getAttribute(GRANT);
    }
}
