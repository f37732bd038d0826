package nl.vangnet.dossier.web;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.vangnet.dossier.CaseFacts;
import nl.vangnet.dossier.DossierView;
import nl.vangnet.dossier.Dossiers;
import nl.vangnet.dossier.Timeline;
import nl.vangnet.dossier.TimelineSources;
import nl.vangnet.platform.InvalidInputException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The "whole case" blocks of the dossier page (template fragment {@code dossier/timeline}): the household's address,
 * the types of violence and the concern (free text only for who may read it), and the timeline with its filters.
 * Called after the dossier was opened (access checked and logged in the same request).
 */
@Component
class CaseOverview {

    private final Dossiers dossiers;
    private final Timeline timeline;
    private final ObjectProvider<CaseFacts> facts;

    CaseOverview(Dossiers dossiers, Timeline timeline, ObjectProvider<CaseFacts> facts) {
        this.dossiers = dossiers;
        this.timeline = timeline;
        this.facts = facts;
    }

    void addTo(Model model, UUID dossierId, String kind, String personId) {
        model.addAttribute("household", dossiers.household(dossierId));
        List<CaseFacts.Facts> all = facts.orderedStream().map(f -> f.factsOf(dossierId)).toList();
        model.addAttribute("violenceTypes", all.stream().flatMap(f -> f.violenceTypes().stream()).distinct().toList());
        List<String> concerns = all.stream().flatMap(f -> f.concerns().stream()).toList();
        model.addAttribute("concerns", dossiers.access(dossierId).map(a -> a.present(new CaseFacts.Facts(List.of(), concerns)))
                .map(CaseFacts.Facts::concerns).orElse(List.of()));
        model.addAttribute("timelineKinds", TimelineSources.Kind.values());
        model.addAttribute("timelineKind", kind == null ? "" : kind);
        model.addAttribute("timelinePerson", personId == null ? "" : personId);
        try {
            model.addAttribute("timeline", timeline.of(dossierId, kind, personId));
        } catch (InvalidInputException e) {
            model.addAttribute("timeline", timeline.of(dossierId, null, null));
            model.addAttribute("timelineErrors", e.byField());
        }
        if (model.getAttribute("dossier") instanceof DossierView view) {
            model.addAttribute("personNames", view.persons().stream().collect(Collectors.toMap(
                    DossierView.InvolvedPerson::personId, DossierView.InvolvedPerson::fullName, (a, b) -> a)));
        }
    }
}
