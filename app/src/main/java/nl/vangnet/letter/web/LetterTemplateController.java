package nl.vangnet.letter.web;

import jakarta.servlet.http.HttpServletResponse;
import nl.vangnet.letter.LetterTemplates;
import nl.vangnet.platform.PageForm;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Beheer of the letter templates: the list, and per template its text and its earlier versions. */
@Controller
class LetterTemplateController {

    private final LetterTemplates templates;

    LetterTemplateController(LetterTemplates templates) {
        this.templates = templates;
    }

    @GetMapping("/beheer/brieven")
    String list(Model model) {
        model.addAttribute("templates", templates.all());
        return "letter/templates";
    }

    @GetMapping("/beheer/brieven/{code}")
    String template(@PathVariable String code, Model model) {
        LetterTemplates.Template template = templates.get(code);
        model.addAttribute("template", template);
        model.addAttribute("versions", templates.versions(code));
        model.addAttribute("placeholders", LetterTemplates.placeholders());
        if (!model.containsAttribute("title")) {
            model.addAttribute("title", template.title());
            model.addAttribute("body", template.body());
        }
        return "letter/template";
    }

    @PostMapping("/beheer/brieven/{code}")
    String save(@PathVariable String code, @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String body, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return PageForm.of(model, response).keep("title", title).keep("body", body).submit(() -> {
            templates.save(code, title, body);
            return PageForm.saved(redirect, true, "/beheer/brieven/" + code);
        }, () -> template(code, model));
    }
}
