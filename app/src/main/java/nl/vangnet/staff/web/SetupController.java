package nl.vangnet.staff.web;

import jakarta.servlet.http.HttpServletResponse;
import nl.vangnet.staff.FirstAdministratorSetup;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Creates the first administrator with the one-time setup token printed at startup. */
@Controller
class SetupController {

    private final FirstAdministratorSetup setup;

    SetupController(FirstAdministratorSetup setup) {
        this.setup = setup;
    }

    @GetMapping("/setup")
    String page() {
        return setup.open() ? "staff/setup" : "redirect:/login";
    }

    @PostMapping("/setup")
    String create(@RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "") String username,
            @RequestParam(defaultValue = "") String displayName, @RequestParam(defaultValue = "") String password,
            Model model, HttpServletResponse response) {
        return AdminController.refusedWith200(model, response).keep("username", username).keep("displayName", displayName)
                .submit(() -> {
                    setup.createFirstAdministrator(token, username, displayName, password);
                    return "redirect:/login?ingericht";
                }, () -> "staff/setup");
    }
}
