package nl.vangnet.staff.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import nl.vangnet.platform.BusinessRuleException;
import nl.vangnet.staff.ApiTokens;
import nl.vangnet.staff.CurrentStaff;
import nl.vangnet.staff.Login;
import nl.vangnet.staff.StaffPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A staff member's own password and personal API tokens. */
@Controller
class MyAccountController {

    private final ApiTokens tokens;
    private final Login login;

    MyAccountController(ApiTokens tokens, Login login) {
        this.tokens = tokens;
        this.login = login;
    }

    @GetMapping("/mijn/tokens")
    String tokens(Model model) {
        model.addAttribute("tokens", tokens.tokensOf(CurrentStaff.get().id()));
        model.addAttribute("maxDays", ApiTokens.MAX_PERSONAL_DAYS);
        return "staff/my-tokens";
    }

    @PostMapping("/mijn/tokens")
    String issue(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "30") String days,
            @RequestParam(defaultValue = "") String currentPassword, @RequestParam(defaultValue = "") String code,
            Model model, HttpServletResponse response) {
        StaffPrincipal me = CurrentStaff.get();
        return AdminController.refusedWith200(model, response).keep("name", name).keep("days", days).submit(() -> {
            int validity = parseDays(days);
            model.addAttribute("issued", tokens.issueConfirmed(me.id(), name, validity, me, currentPassword, code));
            return tokens(model);
        }, () -> tokens(model));
    }

    @PostMapping("/mijn/tokens/{id}/intrekken")
    String revoke(@PathVariable UUID id, RedirectAttributes redirect) {
        tokens.revoke(CurrentStaff.get().id(), id);
        redirect.addFlashAttribute("revoked", true);
        return "redirect:/mijn/tokens";
    }

    @GetMapping("/mijn/wachtwoord")
    String passwordPage() {
        return "staff/password";
    }

    @PostMapping("/mijn/wachtwoord")
    String changePassword(@RequestParam(defaultValue = "") String currentPassword,
            @RequestParam(defaultValue = "") String newPassword, @RequestParam(defaultValue = "") String repeatPassword,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return AdminController.refusedWith200(model, response).submit(() -> {
            if (!newPassword.equals(repeatPassword)) {
                throw new BusinessRuleException("repeatPassword", "De twee wachtwoorden zijn niet gelijk.");
            }
            StaffPrincipal me = CurrentStaff.get();
            login.changeOwnPassword(me.id(), me.username(), currentPassword, newPassword);
            redirect.addFlashAttribute("passwordChanged", true);
            return "redirect:/werkvoorraad";
        }, () -> "staff/password");
    }

    static int parseDays(String days) {
        try {
            return Integer.parseInt(days.strip());
        } catch (NumberFormatException e) {
            throw new BusinessRuleException("days", "Vul een aantal dagen in (een heel getal).");
        }
    }
}
