package nl.vangnet.deadlines.web;

import nl.vangnet.deadlines.Deadlines;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class DeadlinesPageController {

    private final Deadlines deadlines;

    DeadlinesPageController(Deadlines deadlines) {
        this.deadlines = deadlines;
    }

    @GetMapping("/termijnen")
    String page(@RequestParam(defaultValue = "false") boolean team, Model model) {
        model.addAttribute("team", team);
        model.addAttribute("deadlines", deadlines.of(team));
        deadlines.norms().ifPresent(n -> model.addAttribute("norms", n));
        return "deadlines/deadlines";
    }
}
