package nl.vangnet.followup.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import nl.vangnet.dossier.DossierStatus;
import nl.vangnet.dossier.DossierView;
import nl.vangnet.dossier.Dossiers;
import nl.vangnet.followup.ConditionsAndMonitoring;
import nl.vangnet.followup.Investigations;
import nl.vangnet.followup.TrackView;
import nl.vangnet.followup.Tracks;
import nl.vangnet.intake.Reports;
import nl.vangnet.platform.PageForm;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The follow-up page of a dossier: every track with the forms its status allows, and closing the dossier. A refused
 * form is shown again with what was typed and the Dutch reason at each field; ids of fields are the form name and the
 * field name ({@code monitoring-heldOn}), so each error links to its own field.
 */
@Controller
class TrackPageController {

    private final Tracks tracks;
    private final Investigations investigations;
    private final ConditionsAndMonitoring monitoring;
    private final Dossiers dossiers;
    private final Reports reports;

    TrackPageController(Tracks tracks, Investigations investigations, ConditionsAndMonitoring monitoring, Dossiers dossiers, Reports reports) {
        this.tracks = tracks;
        this.investigations = investigations;
        this.monitoring = monitoring;
        this.dossiers = dossiers;
        this.reports = reports;
    }

    @GetMapping("/dossiers/{id}/vervolg")
    String page(@PathVariable UUID id, Model model) {
        DossierView dossier = dossiers.open(id);
        List<TrackView> list = new ArrayList<>(tracks.ofDossier(id));
        Collections.reverse(list);
        model.addAttribute("dossier", dossier);
        model.addAttribute("tracks", list);
        Map<UUID, String> personNames = new HashMap<>();
        dossier.persons().forEach(p -> personNames.putIfAbsent(p.personId(), p.fullName()));
        model.addAttribute("personNames", personNames);
        Map<UUID, String> conditionNames = new HashMap<>();
        list.forEach(t -> t.conditions().forEach(c -> conditionNames.put(c.id(), c.description())));
        model.addAttribute("conditionNames", conditionNames);
        model.addAttribute("violenceTypes", reports.violenceTypesIn(id));
        model.addAttribute("openWork", dossier.status() == DossierStatus.OPEN ? dossiers.openWork(id) : List.of());
        if (!model.containsAttribute("values")) {
            model.addAttribute("values", Map.of());
        }
        return "followup/tracks";
    }

    @PostMapping("/dossiers/{id}/vervolg/gesprekken")
    String planConversation(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return act(id, "gesprek", form, () -> investigations.planConversation(id, new Investigations.ConversationInput(
                form.getFirst("personId"), form.getFirst("name"), form.getFirst("role"), form.getFirst("plannedOn"))),
                model, response, redirect);
    }

    @PostMapping("/dossiers/{id}/vervolg/gesprekken/{conversationId}")
    String conversationHeld(@PathVariable UUID id, @PathVariable UUID conversationId,
            @RequestParam MultiValueMap<String, String> form, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return act(id, "gevoerd-" + conversationId, form, () -> investigations.recordConversation(id, conversationId,
                new Investigations.ConversationHeld(form.getFirst("heldOn"), form.getFirst("summary"))), model, response, redirect);
    }

    @PostMapping("/dossiers/{id}/vervolg/gesprekken/{conversationId}/wijzigen")
    String changeConversation(@PathVariable UUID id, @PathVariable UUID conversationId,
            @RequestParam MultiValueMap<String, String> form, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return act(id, "wijzigen-" + conversationId, form, () -> investigations.changeConversation(id, conversationId,
                new Investigations.ConversationInput(form.getFirst("personId"), form.getFirst("name"), form.getFirst("role"),
                        form.getFirst("plannedOn"))), model, response, redirect);
    }

    @PostMapping("/dossiers/{id}/vervolg/gesprekken/{conversationId}/annuleren")
    String cancelConversation(@PathVariable UUID id, @PathVariable UUID conversationId,
            @RequestParam MultiValueMap<String, String> form, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return act(id, "annuleren-" + conversationId, form, () -> investigations.cancelConversation(id, conversationId,
                form.getFirst("reason")), model, response, redirect);
    }

    @PostMapping("/dossiers/{id}/vervolg/bevindingen")
    String findings(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return act(id, "bevindingen", form, () -> investigations.recordFindings(id, form.getFirst("findings")), model, response, redirect);
    }

    @PostMapping("/dossiers/{id}/vervolg/conclusie")
    String conclude(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        List<TrackView.Conclusion> conclusions = new ArrayList<>();
        form.forEach((key, values) -> {
            if (key.startsWith("outcome_") && !values.isEmpty() && !values.getFirst().isBlank()) {
                conclusions.add(new TrackView.Conclusion(key.substring("outcome_".length()), values.getFirst()));
            }
        });
        return act(id, "conclusie", form, () -> investigations.conclude(id, new Investigations.ConclusionInput(conclusions, form.getFirst("findings"))),
                field -> {
                    var m = Pattern.compile("conclusions\\[(\\d+)]\\.\\w+").matcher(field);
                    if (m.matches()) {
                        return "outcome_" + conclusions.get(Integer.parseInt(m.group(1))).violenceType();
                    }
                    return field.startsWith("conclusions.") ? "outcome_" + field.substring("conclusions.".length()) : field;
                }, model, response, redirect);
    }

    @PostMapping("/dossiers/{id}/vervolg/stoppen")
    String stop(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return act(id, "stoppen", form, () -> investigations.stopEarly(id, form.getFirst("reason")), model, response, redirect);
    }

    @PostMapping("/dossiers/{id}/vervolg/vervolgstap")
    String nextStep(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return act(id, "vervolgstap", form, () -> investigations.decideNextStep(id, new Investigations.NextStepInput(form.getFirst("nextStep"),
                form.getFirst("handoverTo"), form.getFirst("handoverParty"))), model, response, redirect);
    }

    @PostMapping("/dossiers/{id}/vervolg/terugkoppeling")
    String reporterFeedback(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return act(id, "terugkoppeling", form, () -> investigations.informReporter(id, new Investigations.ReporterFeedbackInput(
                form.getFirst("informedOn"), form.getFirst("how"), form.getFirst("notInformedReason"))), model, response, redirect);
    }

    @PostMapping("/dossiers/{id}/vervolg/voorwaarden")
    String condition(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return act(id, "voorwaarde", form, () -> monitoring.setCondition(id, new ConditionsAndMonitoring.ConditionInput(form.getFirst("description"),
                form.getFirst("forWhom"), form.getFirst("agreedWith"), form.getFirst("partner"))), model, response, redirect);
    }

    @PostMapping("/dossiers/{id}/vervolg/overdrachtsgesprek")
    String meeting(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return act(id, "overdrachtsgesprek", form, () -> monitoring.holdHandoverMeeting(id, new ConditionsAndMonitoring.MeetingInput(
                form.getFirst("organisation"), form.getFirst("contactPerson"), form.getFirst("heldOn"))), model, response, redirect);
    }

    @PostMapping("/dossiers/{id}/vervolg/monitoring")
    String monitoring(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        List<ConditionsAndMonitoring.CheckInput> checks = new ArrayList<>();
        for (String conditionId : form.getOrDefault("conditionId", List.of())) {
            checks.add(new ConditionsAndMonitoring.CheckInput(conditionId, yesNo(form.getFirst("kept_" + conditionId)),
                    yesNo(form.getFirst("improved_" + conditionId)), form.getFirst("note_" + conditionId)));
        }
        return act(id, "monitoring", form, () -> monitoring.recordMonitoringContact(id, new ConditionsAndMonitoring.ContactInput(form.getFirst("heldOn"),
                form.getFirst("spokenWith"), yesNo(form.getFirst("partnerSpoken")), checks, form.getFirst("followUp"),
                form.getFirst("notes"))), field -> {
                    var m = Pattern.compile("checks\\[(\\d+)]\\.(\\w+)").matcher(field);
                    if (m.matches()) {
                        String conditionId = checks.get(Integer.parseInt(m.group(1))).conditionId();
                        return ("safetyImproved".equals(m.group(2)) ? "improved_" : "kept_") + conditionId;
                    }
                    return field.startsWith("checks.") ? "kept_" + field.substring("checks.".length()) : field;
                }, model, response, redirect);
    }

    @PostMapping("/dossiers/{id}/vervolg/overdracht")
    String handover(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return act(id, "overdracht", form, () -> tracks.handOver(id, new Tracks.HandoverInput(form.getFirst("handoverTo"),
                form.getFirst("handoverParty"), form.getFirst("heldOn"), form.getFirst("contactPerson"), form.getFirst("what"))),
                model, response, redirect);
    }

    @PostMapping("/dossiers/{id}/vervolg/raad")
    String rvdk(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return act(id, "raad", form, () -> tracks.requestRvdkInvestigation(id, new Tracks.RvdkInput(form.getFirst("requestedOn"),
                form.getFirst("note"))), model, response, redirect);
    }

    @PostMapping("/dossiers/{id}/sluiten")
    String close(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return act(id, "sluiten", form, () -> dossiers.close(id, form.getFirst("reason")), model, response, redirect);
    }

    private static Boolean yesNo(String value) {
        return value == null || value.isBlank() ? null : Boolean.valueOf(value);
    }

    /**
     * Runs one act; on success back to the page (POST-redirect-GET), on a refusal the page again with the typed values
     * and the reasons, keyed by form and field so that each message links to its field.
     */
    private String act(UUID id, String formName, MultiValueMap<String, String> form, Supplier<?> action, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return act(id, formName, form, action, field -> field, model, response, redirect);
    }

    private String act(UUID id, String formName, MultiValueMap<String, String> form, Supplier<?> action,
            UnaryOperator<String> fieldId, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> values = new LinkedHashMap<>();
        form.forEach((key, list) -> {
            if (!"_csrf".equals(key) && !list.isEmpty()) {
                values.put(formName + "-" + key, list.getFirst());
            }
        });
        return PageForm.of(model, response).keep("failedForm", formName).keep("values", values).rules("form", 409)
                .errors(byField -> PageForm.renamed(byField, field -> formName + "-" + fieldId.apply(field)))
                .submit(() -> {
                    action.get();
                    return PageForm.saved(redirect, true, "/dossiers/" + id + "/vervolg");
                }, () -> page(id, model));
    }
}
