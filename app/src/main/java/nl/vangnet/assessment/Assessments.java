package nl.vangnet.assessment;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.vangnet.accesslog.AccessAction;
import nl.vangnet.accesslog.AccessLog;
import nl.vangnet.calendar.WorkingDays;
import nl.vangnet.dossier.DossierAccess;
import nl.vangnet.dossier.Dossiers;
import nl.vangnet.dossier.NeedToKnow;
import nl.vangnet.intake.ReporterType;
import nl.vangnet.intake.Reports;
import nl.vangnet.notice.DossierTasks;
import nl.vangnet.platform.BusinessRuleException;
import nl.vangnet.platform.Checks;
import nl.vangnet.platform.DutchTime;
import nl.vangnet.platform.NotFoundException;
import nl.vangnet.platform.Text;
import nl.vangnet.staff.CurrentStaff;
import nl.vangnet.staff.Role;
import nl.vangnet.staff.StaffDirectory;
import nl.vangnet.staff.StaffPrincipal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The safety assessment of a verified report. An assigned worker drafts and completes it, naming the
 * gedragswetenschapper who confirms it (four eyes; never the same person). Only the confirmation makes the decision
 * take effect: the report is then assessed (on the confirmation date), the dossier moves to its track with its first
 * deadline, and a request to the RvdK creates the due notice to B&W.
 */
@Service
public class Assessments {

    static final ZoneId NL = DutchTime.ZONE;
    /** Veilig Thuis informs B&W of a request to the RvdK within this many working days (our service norm). */

    private final JdbcClient jdbc;
    private final Reports reports;
    private final Dossiers dossiers;
    private final NeedToKnow needToKnow;
    private final StaffDirectory staff;
    private final WorkingDays calendar;
    private final AccessLog accessLog;
    private final DossierTasks tasks;
    private final RiskFactors riskFactors;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Assessments(JdbcClient jdbc, Reports reports, Dossiers dossiers, NeedToKnow needToKnow, StaffDirectory staff,
            WorkingDays calendar, AccessLog accessLog, DossierTasks tasks, RiskFactors riskFactors,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.reports = reports;
        this.dossiers = dossiers;
        this.needToKnow = needToKnow;
        this.staff = staff;
        this.calendar = calendar;
        this.accessLog = accessLog;
        this.tasks = tasks;
        this.riskFactors = riskFactors;
        this.events = events;
        this.clock = clock;
    }

    /** Saves the draft; with {@code complete} it goes to the named gedragswetenschapper for confirmation. */
    @Transactional
    public AssessmentView save(UUID reportId, AssessmentInput in) {
        UUID dossierId = reports.dossierOfReport(reportId);
        DossierAccess access = requireWorker(dossierId);
        // The report's own verb refuses, with its reason, a report that does not await its assessment.
        reports.statusOf(reportId).orElseThrow().assess();
        Optional<Stored> stored = jdbc.sql("SELECT id, status FROM assessment WHERE report_id = :r FOR UPDATE")
                .param("r", reportId)
                .query((rs, n) -> new Stored(rs.getObject(1, UUID.class), AssessmentStatus.valueOf(rs.getString(2))))
                .optional();
        boolean complete = Boolean.TRUE.equals(in.complete());
        AssessmentStatus current = stored.map(Stored::status).orElse(AssessmentStatus.INITIAL);
        AssessmentStatus next = complete ? current.complete() : current.save();
        AssessmentRules.Checked v = AssessmentRules.check(in, complete, riskFactors.activeCodes(), staff::findById,
                CurrentStaff.get().id());
        UUID id = stored.map(Stored::id).orElseGet(UUID::randomUUID);
        Timestamp now = Timestamp.from(clock.instant());
        if (stored.isEmpty()) {
            jdbc.sql("INSERT INTO assessment (id, report_id, dossier_id, status, created_at, updated_at) VALUES (:id, :r, :d, :status, :now, :now)")
                    .param("id", id).param("status", AssessmentStatus.INITIAL.name()).param("r", reportId).param("d", dossierId).param("now", now).update();
        }
        jdbc.sql("""
                UPDATE assessment SET acute_unsafety = :au, acute_description = :ad, structural_unsafety = :su,
                    structural_description = :sd, risk_factors = CAST(:rf AS text[]), risk_notes = :rn, decision = :dec,
                    handover_to = :ht, handover_party = :hp, reasoning = :why, confirmer_id = :conf, updated_at = :now,
                    status = :status, completed_at = :completedAt, completed_by = :completedBy, returned_remark = NULL
                WHERE id = :id""")
                .param("au", in.acuteUnsafety()).param("ad", Text.blankToNull(in.acuteDescription()))
                .param("su", in.structuralUnsafety()).param("sd", Text.blankToNull(in.structuralDescription()))
                .param("rf", "{" + String.join(",", v.riskFactors()) + "}").param("rn", Text.blankToNull(in.riskNotes()))
                .param("dec", v.decision() == null ? null : v.decision().name()).param("ht", Text.blankToNull(in.handoverTo()))
                .param("hp", Text.blankToNull(in.handoverParty())).param("why", Text.blankToNull(in.reasoning()))
                .param("conf", v.confirmer()).param("now", now)
                .param("status", next.name())
                .param("completedAt", complete ? now : null).param("completedBy", complete ? CurrentStaff.get().id() : null)
                .param("id", id).update();
        jdbc.sql("DELETE FROM assessment_source WHERE assessment_id = :id").param("id", id).update();
        for (AssessmentView.Source s : v.sources()) {
            jdbc.sql("""
                    INSERT INTO assessment_source (id, assessment_id, source, gathered_on, summary, care_involved, care_by)
                    VALUES (:id, :a, :s, :on, :sum, :care, :by)""")
                    .param("id", UUID.randomUUID()).param("a", id).param("s", s.source()).param("on", s.gatheredOn())
                    .param("sum", s.summary()).param("care", s.careInvolved()).param("by", s.careBy()).update();
        }
        if (complete) {
            // The confirming gedragswetenschapper is consulted on the dossier until the confirmation.
            needToKnow.consult(dossierId, v.confirmer(), "Bevestiging veiligheidsbeoordeling (vier ogen)");
        }
        accessLog.allowed(AccessAction.UPDATE, access.role(), Set.of(dossierId), List.of(), access.logReason());
        return view(reportId);
    }

    /**
     * The named gedragswetenschapper confirms (the decision takes effect; the assessment date is today) or returns
     * it with a remark (back to draft).
     */
    @Transactional
    public AssessmentView confirm(UUID reportId, boolean confirm, String remark) {
        StaffPrincipal me = CurrentStaff.get();
        UUID dossierId = reports.dossierOfReport(reportId);
        if (!me.has(Role.BEHAVIOURAL_SCIENTIST)) {
            accessLog.denied(AccessAction.UPDATE, Set.of(dossierId), Set.of(), null);
            throw new AccessDeniedException("confirmation");
        }
        ToConfirm row = jdbc.sql("""
                SELECT id, status, confirmer_id, completed_by, decision, handover_to, handover_party
                FROM assessment WHERE report_id = :r FOR UPDATE""")
                .param("r", reportId)
                .query((rs, n) -> new ToConfirm(rs.getObject(1, UUID.class), AssessmentStatus.valueOf(rs.getString(2)),
                        rs.getObject(3, UUID.class), rs.getObject(4, UUID.class),
                        rs.getString(5) == null ? null : Decision.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7)))
                .optional().orElseThrow(() -> new NotFoundException("Deze melding heeft nog geen veiligheidsbeoordeling."));
        AssessmentStatus next = confirm ? row.status().confirm() : row.status().returnToDraft();
        if (!me.id().equals(row.confirmerId())) {
            accessLog.denied(AccessAction.UPDATE, Set.of(dossierId), Set.of(), null);
            throw new AccessDeniedException("confirmation");
        }
        if (me.id().equals(row.completedBy())) {
            throw new BusinessRuleException("Vier ogen: wie de beoordeling afrondde, bevestigt haar niet zelf.");
        }
        UUID id = row.id();
        Timestamp now = Timestamp.from(clock.instant());
        LocalDate today = LocalDate.ofInstant(clock.instant(), NL);
        if (!confirm) {
            if (remark == null || remark.isBlank()) {
                throw Checks.refusal("remark", "Geef aan wat er aan de beoordeling moet veranderen.");
            }
            jdbc.sql("UPDATE assessment SET status = :status, returned_remark = :r, completed_at = NULL, completed_by = NULL, updated_at = :now WHERE id = :id")
                    .param("status", next.name()).param("r", remark.strip()).param("now", now).param("id", id).update();
        } else {
            Decision decision = row.decision();
            jdbc.sql("UPDATE assessment SET status = :status, confirmed_at = :now, confirmed_by = :me, assessed_on = :today, updated_at = :now WHERE id = :id")
                    .param("status", next.name()).param("now", now).param("me", me.id()).param("today", today).param("id", id).update();
            reports.markAssessed(reportId, today);
            events.publishEvent(new FollowUpDecided(dossierId, reportId, decision, today, row.handoverTo(), row.handoverParty(),
                    reports.violenceTypesIn(dossierId)));
            if (decision == Decision.RVDK_INVESTIGATION_REQUEST) {
                tasks.requireBwNotice(dossierId, reportId, today);
            }
        }
        needToKnow.consultationAnswered(dossierId, me.id());
        accessLog.allowed(AccessAction.UPDATE, Role.BEHAVIOURAL_SCIENTIST, Set.of(dossierId), List.of(), null);
        return view(reportId);
    }

    /** Telling the reporter (the outcome, never the content) or the household, or why the household is not told. */
    @Transactional
    public AssessmentView inform(UUID reportId, String who, String informedAt, String how, String withheldReason) {
        UUID dossierId = reports.dossierOfReport(reportId);
        DossierAccess access = requireWorker(dossierId);
        boolean hearsOutcome = false;
        if ("REPORTER".equals(who)) {
            var reporter = reports.get(reportId).reporter();
            hearsOutcome = reporter != null && (reporter.type() == ReporterType.PROFESSIONAL
                    || Boolean.TRUE.equals(reporter.closelyInvolved()));
        }
        AssessmentRules.checkInforming(who, hearsOutcome, how, withheldReason);
        boolean withheld = withheldReason != null && !withheldReason.isBlank();
        Instant at = clock.instant();
        if (!withheld) {
            Checks v = new Checks();
            Instant given = v.moment("informedAt", informedAt, null, "Geef datum en tijd met tijdzone.");
            v.throwIfInvalid();
            at = given == null ? at : given;
        }
        jdbc.sql("""
                INSERT INTO informing (id, report_id, who, informed_at, how, withheld_reason, recorded_by, recorded_at)
                VALUES (:id, :r, :who, :at, :how, :why, :by, :now)""")
                .param("id", UUID.randomUUID()).param("r", reportId).param("who", who)
                .param("at", withheld ? null : Timestamp.from(at)).param("how", withheld ? null : how.strip())
                .param("why", withheld ? withheldReason.strip() : null).param("by", CurrentStaff.get().id())
                .param("now", Timestamp.from(clock.instant())).update();
        accessLog.allowed(AccessAction.UPDATE, access.role(), Set.of(dossierId), List.of(), access.logReason());
        return view(reportId);
    }

    @Transactional
    public AssessmentView get(UUID reportId) {
        UUID dossierId = reports.dossierOfReport(reportId);
        DossierAccess access = dossiers.requireAccess(dossierId, AccessAction.READ);
        AssessmentView view = access.present(view(reportId));
        accessLog.allowed(AccessAction.READ, access.role(), Set.of(dossierId), List.of(), access.logReason());
        return view;
    }

    /**
     * The assessment of a report, if one was started, as the current staff member's access may see it (the caller
     * has checked and logged the access).
     */
    public Optional<AssessmentView> find(UUID reportId) {
        Optional<DossierAccess> access = dossiers.access(reports.dossierOfReport(reportId));
        return access.isPresent() && jdbc.sql("SELECT EXISTS (SELECT 1 FROM assessment WHERE report_id = :r)")
                .param("r", reportId).query(Boolean.class).single()
                ? Optional.of(access.get().present(view(reportId))) : Optional.empty();
    }

    public record AwaitingConfirmation(UUID reportId, String reportReference, String dossierReference, String completedBy,
            Instant completedAt) {
    }

    /** The assessments waiting for my confirmation (gedragswetenschapper). */
    public List<AwaitingConfirmation> awaitingMyConfirmation() {
        return jdbc.sql("""
                SELECT a.report_id, r.reference, d.reference, u.display_name, a.completed_at
                FROM assessment a JOIN report_due r ON r.id = a.report_id JOIN dossier_ref d ON d.id = a.dossier_id
                JOIN staff_name u ON u.id = a.completed_by
                WHERE a.status = :awaiting AND a.confirmer_id = :me ORDER BY a.completed_at""")
                .param("awaiting", AssessmentStatus.AWAITING_CONFIRMATION.name()).param("me", CurrentStaff.get().id())
                .query((rs, n) -> new AwaitingConfirmation(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getTimestamp(5).toInstant()))
                .list();
    }

    private DossierAccess requireWorker(UUID dossierId) {
        return dossiers.requireAccess(dossierId, AccessAction.UPDATE, a ->
                (a.basis() == DossierAccess.Basis.ASSIGNED || a.basis() == DossierAccess.Basis.SUBSTITUTE)
                        && (a.role() == Role.CASE_WORKER || a.role() == Role.CRISIS_WORKER));
    }


    /** The stored assessment of a report: its id and where it stands. */
    private record Stored(UUID id, AssessmentStatus status) {
    }

    /** What the confirmation needs of the stored assessment. */
    private record ToConfirm(UUID id, AssessmentStatus status, UUID confirmerId, UUID completedBy, Decision decision,
            String handoverTo, String handoverParty) {
    }

    AssessmentView view(UUID reportId) {
        List<AssessmentView.Informing> informing = jdbc.sql("""
                SELECT i.who, i.informed_at, i.how, i.withheld_reason, u.display_name FROM informing i
                JOIN staff_name u ON u.id = i.recorded_by WHERE i.report_id = :r ORDER BY i.recorded_at""")
                .param("r", reportId)
                .query((rs, n) -> new AssessmentView.Informing(rs.getString(1),
                        rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
                        rs.getString(5)))
                .list();
        return jdbc.sql("""
                SELECT a.*, c.display_name AS confirmer_name, cb.display_name AS completed_name, fb.display_name AS confirmed_name
                FROM assessment a LEFT JOIN staff_name c ON c.id = a.confirmer_id
                LEFT JOIN staff_name cb ON cb.id = a.completed_by LEFT JOIN staff_name fb ON fb.id = a.confirmed_by
                WHERE a.report_id = :r""")
                .param("r", reportId)
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    List<AssessmentView.Source> sources = jdbc.sql("SELECT source, gathered_on, summary, care_involved, care_by FROM assessment_source WHERE assessment_id = :a ORDER BY gathered_on")
                            .param("a", id)
                            .query((s, m) -> new AssessmentView.Source(s.getString(1), s.getObject(2, LocalDate.class),
                                    s.getString(3), s.getBoolean(4), s.getString(5))).list();
                    return new AssessmentView(id, reportId, rs.getObject("dossier_id", UUID.class), AssessmentStatus.valueOf(rs.getString("status")),
                            sources, (Boolean) rs.getObject("acute_unsafety"), rs.getString("acute_description"),
                            (Boolean) rs.getObject("structural_unsafety"), rs.getString("structural_description"),
                            Arrays.asList((String[]) rs.getArray("risk_factors").getArray()), rs.getString("risk_notes"),
                            rs.getString("decision") == null ? null : Decision.valueOf(rs.getString("decision")),
                            rs.getString("handover_to"), rs.getString("handover_party"), rs.getString("reasoning"),
                            rs.getString("confirmer_name"),
                            rs.getTimestamp("completed_at") == null ? null : rs.getTimestamp("completed_at").toInstant(),
                            rs.getString("completed_name"),
                            rs.getTimestamp("confirmed_at") == null ? null : rs.getTimestamp("confirmed_at").toInstant(),
                            rs.getString("confirmed_name"), rs.getObject("assessed_on", LocalDate.class),
                            rs.getString("returned_remark"), informing);
                })
                .optional().orElseThrow(() -> new NotFoundException("Deze melding heeft nog geen veiligheidsbeoordeling."));
    }
}
