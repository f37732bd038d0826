package nl.vangnet.journal.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.vangnet.dossier.DossierAccess;
import nl.vangnet.dossier.DossierView;
import nl.vangnet.dossier.Dossiers;
import nl.vangnet.dossier.OwnStatements;
import nl.vangnet.journal.Journal;
import nl.vangnet.journal.JournalKind;
import nl.vangnet.platform.DutchTime;
import nl.vangnet.platform.NotFoundException;
import nl.vangnet.platform.PageForm;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The dossier's journal as a page: the entries (newest first, each with its corrections, optionally only those about
 * one person) and the form the dossier's worker writes in; "verbeteren" opens the form as a correction of an entry.
 */
@Controller
class JournalPageController {

    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private final Journal journal;
    private final Dossiers dossiers;
    private final MessageSource messages;
    private final Clock clock;
    private final OwnStatements ownStatements;

    JournalPageController(Journal journal, Dossiers dossiers, MessageSource messages, Clock clock,
            OwnStatements ownStatements) {
        this.journal = journal;
        this.dossiers = dossiers;
        this.ownStatements = ownStatements;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/dossiers/{id}/journaal")
    String page(@PathVariable UUID id, @RequestParam(name = "persoon", required = false) UUID person,
            @RequestParam(name = "verbeter", required = false) UUID corrects, Model model) {
        // The service checks need to know and logs the read; the rest adds the dossier's number and persons' names.
        List<Journal.Entry> entries = journal.ofDossier(id, person);
        model.addAttribute("entries", entries);
        // Own statements shown with what they dispute (the service read above checked the access and logged it).
        model.addAttribute("statements", dossiers.access(id).filter(DossierAccess::freeText)
                .map(a -> ownStatements.byDisputedItem(id)).orElse(Map.of()));
        model.addAttribute("dossier", dossiers.summary(id).orElseThrow(() -> new NotFoundException("Dit dossier bestaat niet.")));
        List<DossierView.InvolvedPerson> persons = dossiers.personsOf(id);
        model.addAttribute("persons", persons);
        Map<UUID, String> about = new LinkedHashMap<>();
        entries.forEach(e -> about.put(e.id(), DossierView.InvolvedPerson.namesOf(persons, e.personIds())));
        model.addAttribute("about", about);
        model.addAttribute("person", person);
        model.addAttribute("kinds", JournalKind.values());
        model.addAttribute("canWrite", dossiers.access(id).map(Journal::mayWrite).orElse(false));
        if (!model.containsAttribute("form")) {
            JournalForm form = new JournalForm();
            form.setOccurredAt(LocalDateTime.ofInstant(clock.instant(), DutchTime.ZONE).format(INPUT));
            form.setCorrects(corrects == null ? null : corrects.toString());
            model.addAttribute("form", form);
        }
        return "journal/journal";
    }

    @PostMapping("/dossiers/{id}/journaal")
    String write(@PathVariable UUID id, @ModelAttribute("form") JournalForm form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        LocalDateTime typed = parse(form.getOccurredAt());
        String occurredAt = typed == null ? form.getOccurredAt() : typed.atZone(DutchTime.ZONE).toOffsetDateTime().toString();
        return PageForm.of(model, response)
                .errors(byField -> {
                    Map<String, String> errors = new LinkedHashMap<>();
                    byField.forEach((field, message) -> errors.putIfAbsent(field.startsWith("personIds") ? "personIds" : field, message));
                    if (errors.containsKey("occurredAt") && typed == null && form.getOccurredAt() != null && !form.getOccurredAt().isBlank()) {
                        errors.put("occurredAt", messages.getMessage("followup.dateTimeFormat", null, LocaleContextHolder.getLocale()));
                    }
                    return errors;
                })
                .submit(() -> {
                    journal.write(id, form.toInput(occurredAt));
                    return PageForm.saved(redirect, "journal.saved", "/dossiers/" + id + "/journaal");
                }, () -> page(id, null, null, model));
    }

    private static LocalDateTime parse(String typed) {
        try {
            return typed == null || typed.isBlank() ? null : LocalDateTime.parse(typed.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
