package nl.vangnet.staff.web;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.vangnet.platform.BusinessRuleException;
import org.springframework.ui.Model;

/** Puts a refused form's Dutch message on the page, tied to the field it is about. */
final class FormErrors {

    private FormErrors() {
    }

    static void add(Model model, BusinessRuleException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        errors.put(e.field() == null ? "form" : e.field(), e.getMessage());
        model.addAttribute("errors", errors);
    }
}
