package nl.vangnet.dossier.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import nl.vangnet.dossier.DossierAccess;
import nl.vangnet.dossier.DossierPerson;
import nl.vangnet.dossier.DossierPersonInput;
import nl.vangnet.dossier.DossierPersons;
import nl.vangnet.dossier.Dossiers;
import nl.vangnet.dossier.HouseholdCorrections;
import nl.vangnet.dossier.PersonRecipients;
import nl.vangnet.person.PersonRole;
import nl.vangnet.platform.PageForm;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person of a dossier on a page of its own: their data and role, corrected with a reason by the workers on the case,
 * the history of every change, and taking a wrongly added person out; adding a person after the intake.
 */
@Controller
class DossierPersonPageController {

    private final DossierPersons persons;
    private final Dossiers dossiers;
    private final HouseholdCorrections households;
    private final List<PersonRecipients> recipients;

    DossierPersonPageController(DossierPersons persons, Dossiers dossiers, HouseholdCorrections households,
            List<PersonRecipients> recipients) {
        this.persons = persons;
        this.dossiers = dossiers;
        this.households = households;
        this.recipients = recipients;
    }

    @GetMapping("/dossiers/{id}/huishouden")
    String household(@PathVariable UUID id, Model model) {
        model.addAttribute("dossierId", id);
        model.addAttribute("address", households.address(id));
        model.addAttribute("mayChange", dossiers.access(id).map(DossierAccess::worksOnCase).orElse(false));
        return "dossier/household";
    }

    @PostMapping("/dossiers/{id}/huishouden")
    String correctHousehold(@PathVariable UUID id, @RequestParam(defaultValue = "") String postcode,
            @RequestParam(defaultValue = "") String houseNumber, @RequestParam(defaultValue = "") String municipalityCode,
            @RequestParam(defaultValue = "") String street, @RequestParam(defaultValue = "") String reason, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return PageForm.of(model, response).keep("postcode", postcode).keep("houseNumber", houseNumber)
                .keep("municipalityCode", municipalityCode).keep("street", street).keep("reason", reason).submit(() -> {
                    households.correct(id, postcode, houseNumber, municipalityCode, street, reason);
                    return PageForm.saved(redirect, "household.corrected", "/dossiers/" + id + "/huishouden");
                }, () -> household(id, model));
    }

    @GetMapping("/dossiers/{id}/personen/nieuw")
    String newPerson(@PathVariable UUID id, Model model) {
        persons.startAdding(id);
        model.addAttribute("dossierId", id);
        model.addAttribute("roles", PersonRole.values());
        return "dossier/person";
    }

    @PostMapping("/dossiers/{id}/personen")
    String add(@PathVariable UUID id, @ModelAttribute DossierPersonInput typed, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return PageForm.of(model, response).keep("typed", typed).rules("surname", 409).submit(() -> {
            DossierPerson.Saved saved = persons.add(id, typed);
            redirect.addFlashAttribute("matches", saved.matches());
            return PageForm.saved(redirect, "person.added", "/dossiers/" + id + "/personen/" + saved.person().personId());
        }, () -> newPerson(id, model));
    }

    @GetMapping("/dossiers/{id}/personen/{personId}")
    String show(@PathVariable UUID id, @PathVariable UUID personId, Model model) {
        DossierPerson.History history = persons.history(id, personId);
        model.addAttribute("dossierId", id);
        model.addAttribute("history", history);
        model.addAttribute("roles", PersonRole.values());
        if (history.inDossier()) {
            model.addAttribute("person", persons.person(id, personId));
        }
        // To whom data about the person went from this dossier (AVG art. 15); the history read above checked the access.
        model.addAttribute("recipients", recipients.stream().flatMap(r -> r.recipientsOf(id, personId).stream())
                .sorted(Comparator.comparing(PersonRecipients.Recipient::disclosedOn).reversed()).toList());
        model.addAttribute("mayChange", history.inDossier()
                && dossiers.access(id).map(DossierAccess::worksOnCase).orElse(false));
        return "dossier/person";
    }

    @PostMapping("/dossiers/{id}/personen/{personId}")
    String correct(@PathVariable UUID id, @PathVariable UUID personId, @ModelAttribute DossierPersonInput typed,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return PageForm.of(model, response).keep("typed", typed).rules("surname", 409).submit(() -> {
            DossierPerson.Saved saved = persons.correct(id, personId, typed);
            redirect.addFlashAttribute("matches", saved.matches());
            return PageForm.saved(redirect, saved.changes().isEmpty() ? "person.unchanged" : "person.corrected",
                    "/dossiers/" + id + "/personen/" + personId);
        }, () -> show(id, personId, model));
    }

    @PostMapping("/dossiers/{id}/personen/{personId}/verwijderen")
    String remove(@PathVariable UUID id, @PathVariable UUID personId, @RequestParam(defaultValue = "") String removalReason,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return PageForm.of(model, response).keep("removalReason", removalReason)
                .errors(byField -> PageForm.renamed(byField, field -> "reason".equals(field) ? "removalReason" : field))
                .rules("removalReason", 409).submit(() -> {
                    persons.remove(id, personId, removalReason);
                    return PageForm.saved(redirect, "person.removed", "/dossiers/" + id);
                }, () -> show(id, personId, model));
    }
}
