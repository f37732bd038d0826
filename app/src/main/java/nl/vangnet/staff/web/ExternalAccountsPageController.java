package nl.vangnet.staff.web;

import jakarta.servlet.http.HttpServletResponse;
import nl.vangnet.platform.PageForm;
import nl.vangnet.staff.ExternalAccount;
import nl.vangnet.staff.ExternalAccounts;
import nl.vangnet.staff.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Beheer of external accounts (applicatiebeheer only, as all of /beheer): the list and the form for a new one. */
@Controller
class ExternalAccountsPageController {

    private final ExternalAccounts accounts;

    ExternalAccountsPageController(ExternalAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/beheer/extern")
    String page(Model model) {
        model.addAttribute("accounts", accounts.all());
        model.addAttribute("externalRoles", Role.EXTERNAL.stream().sorted().toList());
        if (!model.containsAttribute("typed")) {
            model.addAttribute("typed", new ExternalAccount.New("", "", "", "", "", "", "", "", ""));
        }
        return "staff/admin-external";
    }

    @PostMapping("/beheer/extern")
    String create(@ModelAttribute ExternalAccount.New typed, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return PageForm.of(model, response).keep("typed", typed).submit(() -> {
            accounts.create(typed);
            return PageForm.saved(redirect, true, "/beheer/extern");
        }, () -> page(model));
    }
}
