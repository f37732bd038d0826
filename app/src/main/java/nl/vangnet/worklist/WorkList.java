package nl.vangnet.worklist;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.vangnet.accesslog.AccessAction;
import nl.vangnet.accesslog.AccessLog;
import nl.vangnet.dossier.DossierCards;
import nl.vangnet.intake.IntakeWork;
import nl.vangnet.intake.ViolenceType;
import nl.vangnet.staff.CurrentStaff;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The werkvoorraad of the current staff member, or of their teams when they may see those ({@link
 * IntakeWork#mayListTeam}): intake's lists and the due work of every other module, urgent items apart.
 */
@Service
public class WorkList {

    /** The work list; {@code team} says whether it is the team's (only when asked and allowed). */
    public record Contents(boolean team, IntakeWork.Lists intake, List<WorkListSources.DueItem> allDue,
            Map<String, CaseCard> cards) {

        /** The other modules' urgent items (crisis interventions awaiting their follow-up), shown first. */
        public List<WorkListSources.DueItem> urgent() {
            return allDue.stream().filter(WorkListSources.DueItem::urgent).toList();
        }

        public List<WorkListSources.DueItem> due() {
            return allDue.stream().filter(d -> !d.urgent()).toList();
        }
    }

    private final IntakeWork intake;
    private final List<WorkListSources> sources;
    private final AccessLog accessLog;
    private final DossierCards dossierCards;

    WorkList(IntakeWork intake, List<WorkListSources> sources, AccessLog accessLog, DossierCards dossierCards) {
        this.intake = intake;
        this.dossierCards = dossierCards;
        this.sources = sources;
        this.accessLog = accessLog;
    }

    /**
     * As {@link #of}, for a client that must know what it gets: a team list asked by someone who may not see it is
     * refused (and logged) instead of narrowed to their own.
     */
    @Transactional
    public Contents ofAsked(boolean team) {
        if (team && !IntakeWork.mayListTeam(CurrentStaff.get())) {
            accessLog.denied(AccessAction.LIST, Set.of(), Set.of(), null);
            throw new AccessDeniedException("team work list");
        }
        return of(team);
    }

    @Transactional
    public Contents of(boolean teamAsked) {
        boolean team = teamAsked && IntakeWork.mayListTeam(CurrentStaff.get());
        IntakeWork.Lists lists = intake.of(team ? IntakeWork.Scope.TEAM : IntakeWork.Scope.MINE);
        List<WorkListSources.DueItem> due = dueItems(team);
        Set<String> references = new HashSet<>();
        for (List<IntakeWork.Item> items : List.of(lists.acute(), lists.toVerify(), lists.awaitingAssessment())) {
            items.forEach(i -> references.add(i.dossierReference()));
        }
        due.forEach(d -> references.add(d.dossierReference()));
        return new Contents(team, lists, due, cards(references));
    }

    /**
     * The cards of the dossiers with these references that the current staff member may open, in a few queries for
     * the whole list (a dossier they may not open has none: its row shows the reference only).
     */
    @Transactional
    public Map<String, CaseCard> cards(Collection<String> references) {
        Map<String, DossierCards.Card> cards = dossierCards.byReference(references.stream().filter(r -> r != null).toList());
        Map<UUID, List<ViolenceType>> types = intake.violenceTypesOf(cards.values().stream().map(DossierCards.Card::id).toList());
        Map<String, CaseCard> result = new HashMap<>();
        cards.forEach((reference, card) -> result.put(reference, CaseCard.of(card, types.get(card.id()))));
        return result;
    }

    /** The due work every other module contributes, earliest first. */
    @Transactional
    public List<WorkListSources.DueItem> dueItems(boolean team) {
        return sources.stream().flatMap(source -> source.dueItems(team).stream())
                .sorted(Comparator.comparing(WorkListSources.DueItem::dueOn)).toList();
    }
}
