package nl.vangnet.intake.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import nl.vangnet.intake.AdviceRequestView;
import nl.vangnet.intake.AdviceRequests;
import nl.vangnet.intake.Channel;
import nl.vangnet.intake.PersonsAware;
import nl.vangnet.intake.Registered;
import nl.vangnet.intake.ReportCorrectionInput;
import nl.vangnet.intake.ReportCorrections;
import nl.vangnet.intake.ReportRegistration;
import nl.vangnet.intake.ReporterCategory;
import nl.vangnet.intake.ReporterContacts;
import nl.vangnet.intake.ReporterType;
import nl.vangnet.intake.Reports;
import nl.vangnet.intake.ViolenceType;
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

/** The intake pages: the report and advice request forms, and their pages. */
@Controller
class IntakePageController {

    /** More persons than this are added to the dossier afterwards. */
    static final int MAX_PERSON_ROWS = 50;

    private final Reports reports;
    private final ReportRegistration registration;
    private final ReporterContacts reporterContacts;
    private final AdviceRequests adviceRequests;
    private final Clock clock;
    private final ReportCorrections corrections;

    IntakePageController(Reports reports, ReportRegistration registration, ReporterContacts reporterContacts,
            AdviceRequests adviceRequests, Clock clock, ReportCorrections corrections) {
        this.corrections = corrections;
        this.reports = reports;
        this.registration = registration;
        this.reporterContacts = reporterContacts;
        this.adviceRequests = adviceRequests;
        this.clock = clock;
    }

    @ModelAttribute
    void options(Model model) {
        model.addAttribute("channels", Channel.values());
        model.addAttribute("adviceChannels", Arrays.stream(Channel.values()).filter(Channel::allowedForAdvice).toList());
        model.addAttribute("reporterTypes", ReporterType.values());
        model.addAttribute("categories", ReporterCategory.values());
        model.addAttribute("subcategories", ReporterCategory.HEALTH_CARE_SUBCATEGORIES.stream().sorted().toList());
        model.addAttribute("personRoles", PersonRole.values());
        model.addAttribute("violenceTypes", ViolenceType.values());
        model.addAttribute("awareOptions", PersonsAware.values());
    }

    @GetMapping("/meldingen/nieuw")
    String newReport(@RequestParam(name = "advies", required = false) UUID adviceRequestId, Model model) {
        ReportForm form = new ReportForm();
        LocalDateTime now = LocalDateTime.now(clock.withZone(ReportForm.NL));
        form.setReceivedDate(now.toLocalDate().toString());
        form.setReceivedTime(now.format(DateTimeFormatter.ofPattern("HH:mm")));
        if (adviceRequestId != null) {
            AdviceRequestView advice = adviceRequests.get(adviceRequestId);
            form.setAdviceRequestId(advice.id().toString());
            form.setConcern(advice.concern());
            form.setViolenceTypes(new ArrayList<>(advice.violenceTypes().stream().map(Enum::name).toList()));
            form.getReporter().setType(advice.seekerType().name());
            form.getReporter().setCategory(advice.seekerCategory() == null ? null : advice.seekerCategory().name());
            form.getReporter().setOrganisation(advice.seekerOrganisation());
            if (!advice.madeUpName()) {
                form.getReporter().setName(advice.seekerName());
            }
        }
        model.addAttribute("form", form);
        return "intake/report-form";
    }

    @PostMapping("/meldingen")
    String registerReport(@ModelAttribute("form") ReportForm form, @RequestParam(defaultValue = "save") String action,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if ("addPerson".equals(action)) {
            form.getPersons().add(new ReportForm.Person());
            return "intake/report-form";
        }
        return PageForm.of(model, response).errors(IntakePageController::formFields).submit(() -> {
            Registered<?> registered = registration.register(form.toInput(), form.getIdempotencyKey());
            redirect.addFlashAttribute("registered", true);
            return "redirect:/meldingen/" + registered.id();
        }, () -> "intake/report-form");
    }

    /**
     * One more person row for the report form, added in place by htmx (nothing typed is sent or lost); without
     * JavaScript the form posts {@code action=addPerson} and is shown again with the row.
     */
    @GetMapping("/meldingen/nieuw/betrokkene")
    String personRow(@RequestParam(defaultValue = "0") int personIndex, Model model) {
        model.addAttribute("person", new ReportForm.Person());
        model.addAttribute("index", Math.clamp(personIndex, 0, MAX_PERSON_ROWS));
        return "intake/report-person :: added";
    }

    @GetMapping("/meldingen/{id}")
    String report(@PathVariable UUID id, Model model) {
        model.addAttribute("report", reports.get(id));
        model.addAttribute("corrections", corrections.of(id));
        model.addAttribute("mayCorrect", corrections.mayCorrect(id));
        return "intake/report";
    }

    /** A correction of the registered fields, or of the reporter's text (added beside it, never overwriting it). */
    @PostMapping("/meldingen/{id}/correctie")
    String correct(@PathVariable UUID id, @ModelAttribute("correction") ReportCorrectionInput correction, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return PageForm.of(model, response).keep("correction", correction)
                .errors(byField -> PageForm.renamed(byField,
                        field -> field.equals("channel") || field.equals("personsAware") ? field : "correction-" + field))
                .submit(() -> {
                    corrections.correct(id, correction);
                    return PageForm.saved(redirect, true, "/meldingen/" + id);
                }, () -> report(id, model));
    }

    @PostMapping("/meldingen/{id}/verificatie")
    String verify(@PathVariable UUID id, @RequestParam(defaultValue = "") String with,
            @RequestParam(defaultValue = "") String how, @RequestParam(defaultValue = "") String changes, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return PageForm.of(model, response).keep("with", with).keep("how", how).keep("changes", changes).submit(() -> {
            reporterContacts.verifyWithReporter(id, with, null, how, changes);
            return PageForm.saved(redirect, true, "/meldingen/" + id);
        }, () -> report(id, model));
    }

    @PostMapping("/meldingen/{id}/melder-geinformeerd")
    String informed(@PathVariable UUID id, @RequestParam(defaultValue = "") String informedHow, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return PageForm.of(model, response)
                .errors(byField -> Map.of("informedHow", byField.values().iterator().next()))
                .submit(() -> {
                    reporterContacts.reporterInformed(id, null, informedHow);
                    return PageForm.saved(redirect, true, "/meldingen/" + id);
                }, () -> report(id, model));
    }

    @GetMapping("/adviezen/nieuw")
    String newAdvice(Model model) {
        AdviceForm form = new AdviceForm();
        LocalDateTime now = LocalDateTime.now(clock.withZone(ReportForm.NL));
        form.setReceivedDate(now.toLocalDate().toString());
        form.setReceivedTime(now.format(DateTimeFormatter.ofPattern("HH:mm")));
        model.addAttribute("form", form);
        return "intake/advice-form";
    }

    @PostMapping("/adviezen")
    String registerAdvice(@ModelAttribute("form") AdviceForm form, Model model, HttpServletResponse response) {
        return PageForm.of(model, response).errors(IntakePageController::adviceFormFields).submit(
                () -> "redirect:/adviezen/" + adviceRequests.register(form.toInput(), form.getIdempotencyKey()).id(),
                () -> "intake/advice-form");
    }

    @GetMapping("/adviezen/{id}")
    String advice(@PathVariable UUID id, Model model) {
        model.addAttribute("advice", adviceRequests.get(id));
        return "intake/advice";
    }

    @PostMapping("/adviezen/{id}/contact")
    String contact(@PathVariable UUID id, @RequestParam(defaultValue = "PHONE") String channel,
            @RequestParam(defaultValue = "") String summary, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return PageForm.of(model, response).keep("summary", summary).submit(() -> {
            adviceRequests.addContact(id, null, channel, summary);
            return PageForm.saved(redirect, true, "/adviezen/" + id);
        }, () -> advice(id, model));
    }

    /** The service names fields as the API does; the form names a few of them differently. */
    static Map<String, String> formFields(Map<String, String> apiFields) {
        Map<String, String> form = new LinkedHashMap<>();
        apiFields.forEach((field, message) -> form.putIfAbsent(switch (field) {
            case "receivedAt" -> "receivedDate";
            case "household.postcode" -> "postcode";
            case "household.houseNumber" -> "houseNumber";
            case "household.street" -> "street";
            case "household.placeName", "household.municipalityCode" -> "placeName";
            case "seeker.name" -> "seekerName";
            case "seeker.type" -> "seekerType";
            case "seeker.category" -> "seekerCategory";
            default -> field;
        }, message));
        return form;
    }

    /** The advice form has one person, with flat field names. */
    static Map<String, String> adviceFormFields(Map<String, String> apiFields) {
        Map<String, String> form = new LinkedHashMap<>();
        formFields(apiFields).forEach((field, message) -> form.putIfAbsent(switch (field) {
            case "persons[0].role" -> "personRole";
            case "persons[0].surname" -> "personSurname";
            default -> field;
        }, message));
        return form;
    }

}
