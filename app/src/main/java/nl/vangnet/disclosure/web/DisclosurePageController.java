package nl.vangnet.disclosure.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import nl.vangnet.disclosure.DataItem;
import nl.vangnet.disclosure.DisclosureKind;
import nl.vangnet.disclosure.DisclosureQuery;
import nl.vangnet.disclosure.DisclosureRegister;
import nl.vangnet.disclosure.LegalGround;
import nl.vangnet.dossier.Dossiers;
import nl.vangnet.platform.DutchTime;
import nl.vangnet.platform.InvalidInputException;
import nl.vangnet.platform.NotFoundException;
import nl.vangnet.platform.PageForm;
import nl.vangnet.platform.Text;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The dossier's disclosures as a page (the list, and the form in which who works on the case registers another
 * exchange), and the register for the FG, filtered as in the API.
 */
@Controller
class DisclosurePageController {

    private final DisclosureRegister register;
    private final Dossiers dossiers;
    private final Clock clock;

    DisclosurePageController(DisclosureRegister register, Dossiers dossiers, Clock clock) {
        this.register = register;
        this.dossiers = dossiers;
        this.clock = clock;
    }

    @GetMapping("/dossiers/{id}/verstrekkingen")
    String ofDossier(@PathVariable UUID id, Model model) {
        // The service checks need to know and logs the read; the rest adds the dossier's number and persons' names.
        model.addAttribute("disclosures", register.ofDossier(id));
        model.addAttribute("dossier", dossiers.summary(id).orElseThrow(() -> new NotFoundException("Dit dossier bestaat niet.")));
        model.addAttribute("persons", dossiers.personsOf(id));
        model.addAttribute("grounds", LegalGround.values());
        model.addAttribute("items", DataItem.values());
        model.addAttribute("canRegister", dossiers.access(id).map(DisclosureRegister::mayRegister).orElse(false));
        if (!model.containsAttribute("form")) {
            DisclosureForm form = new DisclosureForm();
            form.setDisclosedOn(DutchTime.today(clock).toString());
            model.addAttribute("form", form);
        }
        return "disclosure/dossier";
    }

    @PostMapping("/dossiers/{id}/verstrekkingen")
    String registerOther(@PathVariable UUID id, @ModelAttribute("form") DisclosureForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return PageForm.of(model, response)
                .errors(byField -> {
                    Map<String, String> errors = new LinkedHashMap<>();
                    byField.forEach((field, message) -> errors.putIfAbsent(field.replaceAll("\\[\\d+]$", ""), message));
                    return errors;
                })
                .rules("recipientOrganisation", 409)
                .submit(() -> {
                    register.registerOther(id, form.toInput());
                    return PageForm.saved(redirect, "disclosure.saved", "/dossiers/" + id + "/verstrekkingen");
                }, () -> ofDossier(id, model));
    }

    /** The filters as typed (shown again on the page). */
    record Filters(LocalDate from, LocalDate to, String recipient, String legalGround, String personId, String kind) {
    }

    @GetMapping("/verstrekkingen")
    String overview(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String recipient, @RequestParam(required = false) String legalGround,
            @RequestParam(required = false) String personId, @RequestParam(required = false) String kind,
            Model model, HttpServletResponse response) {
        Filters filters = new Filters(from, to, Text.blankToNull(recipient), Text.blankToNull(legalGround),
                Text.blankToNull(personId), Text.blankToNull(kind));
        model.addAttribute("filters", filters);
        model.addAttribute("grounds", LegalGround.values());
        model.addAttribute("kinds", DisclosureKind.values());
        Map<String, String> errors = new LinkedHashMap<>();
        LegalGround ground = parse(LegalGround.class, filters.legalGround(), "legalGround", errors);
        DisclosureKind k = parse(DisclosureKind.class, filters.kind(), "kind", errors);
        UUID person = null;
        if (filters.personId() != null) {
            try {
                person = UUID.fromString(filters.personId().strip());
            } catch (IllegalArgumentException e) {
                errors.put("personId", "Dit is geen geldig kenmerk van een persoon.");
            }
        }
        if (errors.isEmpty()) {
            try {
                DisclosureRegister.Listing listing = register.search(new DisclosureQuery(from, to, filters.recipient(),
                        ground, person, k, DisclosureQuery.DEFAULT_LIMIT));
                model.addAttribute("disclosures", listing.disclosures());
                model.addAttribute("truncated", listing.truncated());
            } catch (InvalidInputException e) {
                e.byField().forEach(errors::putIfAbsent);
            }
        }
        if (!errors.isEmpty()) {
            response.setStatus(400);
        }
        model.addAttribute("errors", errors);
        return "disclosure/register";
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field, Map<String, String> errors) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            errors.put(field, "Kies een waarde uit de lijst.");
            return null;
        }
    }
}
