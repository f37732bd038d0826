package nl.vangnet.deadlines;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.vangnet.assessment.AssessmentDeadlines;
import nl.vangnet.followup.InvestigationDeadlines;
import nl.vangnet.intake.IntakeWork;
import nl.vangnet.platform.DutchTime;
import nl.vangnet.staff.CurrentStaff;
import nl.vangnet.staff.Role;
import nl.vangnet.worklist.CaseCard;
import nl.vangnet.worklist.WorkList;
import nl.vangnet.worklist.WorkListSources;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every deadline of the worker (or of their teams) in one list: the reports awaiting verification or assessment from
 * the work list and everything the other modules contribute as {@link WorkListSources}. Overdue first, then by date.
 */
@Service
public class Deadlines {

    private final WorkList workList;
    private final AssessmentDeadlines assessments;
    private final InvestigationDeadlines investigations;
    private final Clock clock;

    Deadlines(WorkList workList, AssessmentDeadlines assessments,
            InvestigationDeadlines investigations, Clock clock) {
        this.workList = workList;
        this.assessments = assessments;
        this.investigations = investigations;
        this.clock = clock;
    }

    /** A deadline: what (message key), the dossier, when, the calendar days left (negative when overdue), where to act. */
    public record Entry(String kindKey, String dossierReference, LocalDate dueOn, long daysLeft, boolean overdue,
            boolean urgent, String href, CaseCard card) {
    }

    /** The teamleider's figures: assessments in time (30 and 180 days, norm 90%), investigations (180 days, norm 80%). */
    public record Norms(AssessmentDeadlines.Share assessments30, AssessmentDeadlines.Share assessments180,
            InvestigationDeadlines.Share investigations180) {
    }

    @Transactional
    public List<Entry> of(boolean team) {
        LocalDate today = DutchTime.today(clock);
        WorkList.Contents contents = workList.of(team);
        IntakeWork.Lists lists = contents.intake();
        List<Entry> all = new ArrayList<>();
        for (List<IntakeWork.Item> items : List.of(lists.acute(), lists.toVerify(), lists.awaitingAssessment())) {
            for (IntakeWork.Item i : items) {
                all.add(new Entry("deadlines.assessmentDue", i.dossierReference(), i.dueOn(),
                        ChronoUnit.DAYS.between(today, i.dueOn()), i.overdue(), i.acute(), "/meldingen/" + i.reportId(),
                        contents.cards().get(i.dossierReference())));
            }
        }
        for (WorkListSources.DueItem d : contents.allDue()) {
            all.add(new Entry(d.kindKey(), d.dossierReference(), d.dueOn(), ChronoUnit.DAYS.between(today, d.dueOn()),
                    d.overdue(), d.urgent(), d.href(), contents.cards().get(d.dossierReference())));
        }
        all.sort(Comparator.comparing(Entry::overdue).reversed().thenComparing(Entry::urgent, Comparator.reverseOrder())
                .thenComparing(Entry::dueOn));
        return all;
    }

    /** Only for a teamleider; figures, no dossier contents. */
    public Optional<Norms> norms() {
        var me = CurrentStaff.get();
        if (!me.has(Role.TEAM_LEADER)) {
            return Optional.empty();
        }
        LocalDate today = DutchTime.today(clock);
        return Optional.of(new Norms(assessments.share(me.teamIdsOrNone(), today, 30),
                assessments.share(me.teamIdsOrNone(), today, 180), investigations.share(me.teamIdsOrNone(), today, 180)));
    }
}
