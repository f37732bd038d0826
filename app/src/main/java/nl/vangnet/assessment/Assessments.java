package nl.vangnet.assessment;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
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
import nl.vangnet.intake.ReportStatus;
import nl.vangnet.intake.Reports;
import nl.vangnet.notice.DossierTasks;
import nl.vangnet.platform.ApiProblems.InvalidParam;
import nl.vangnet.platform.BusinessRuleException;
import nl.vangnet.platform.InvalidInputException;
import nl.vangnet.platform.NotFoundException;
import nl.vangnet.staff.CurrentStaff;
import nl.vangnet.staff.Role;
import nl.vangnet.staff.StaffDirectory;
import nl.vangnet.staff.StaffPrincipal;
import nl.vangnet.staff.StaffUser;
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

    static final ZoneId NL = nl.vangnet.platform.DutchTime.ZONE;
    /** Veilig Thuis informs B&W of a request to the RvdK within this many working days (our service norm). */

    private final JdbcClient jdbc;
    private final Reports reports;
    private final Dossiers dossiers;
    private final NeedToKnow needToKnow;
    private final StaffDirectory staff;
    private final WorkingDays calendar;
    private final AccessLog accessLog;
    private final DossierTasks tasks;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final Clock clock;

    Assessments(JdbcClient jdbc, Reports reports, Dossiers dossiers, NeedToKnow needToKnow, StaffDirectory staff,
            WorkingDays calendar, AccessLog accessLog, DossierTasks tasks,
            org.springframework.context.ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.reports = reports;
        this.dossiers = dossiers;
        this.needToKnow = needToKnow;
        this.staff = staff;
        this.calendar = calendar;
        this.accessLog = accessLog;
        this.tasks = tasks;
        this.events = events;
        this.clock = clock;
    }

    /** Saves the draft; with {@code complete} it goes to the named gedragswetenschapper for confirmation. */
    @Transactional
    public AssessmentView save(UUID reportId, AssessmentInput in) {
        UUID dossierId = reports.dossierOfReport(reportId);
        DossierAccess access = requireWorker(dossierId);
        if (reports.statusOf(reportId).orElseThrow() != ReportStatus.AWAITING_ASSESSMENT) {
            throw new BusinessRuleException(reports.statusOf(reportId).get() == ReportStatus.TO_VERIFY
                    ? "Verifieer de melding eerst met de melder; pas dan volgt de veiligheidsbeoordeling."
                    : "De veiligheidsbeoordeling van deze melding is al bevestigd.");
        }
        Optional<String> status = jdbc.sql("SELECT status FROM assessment WHERE report_id = :r FOR UPDATE")
                .param("r", reportId).query(String.class).optional();
        if (status.isPresent() && !status.get().equals("DRAFT")) {
            throw new BusinessRuleException("De beoordeling wacht op bevestiging en kan nu niet worden gewijzigd.");
        }
        boolean complete = Boolean.TRUE.equals(in.complete());
        Validation v = validate(in, complete);
        UUID id = status.isPresent()
                ? jdbc.sql("SELECT id FROM assessment WHERE report_id = :r").param("r", reportId).query(UUID.class).single()
                : UUID.randomUUID();
        Timestamp now = Timestamp.from(clock.instant());
        if (status.isEmpty()) {
            jdbc.sql("INSERT INTO assessment (id, report_id, dossier_id, status, created_at, updated_at) VALUES (:id, :r, :d, 'DRAFT', :now, :now)")
                    .param("id", id).param("r", reportId).param("d", dossierId).param("now", now).update();
        }
        jdbc.sql("""
                UPDATE assessment SET acute_unsafety = :au, acute_description = :ad, structural_unsafety = :su,
                    structural_description = :sd, risk_factors = CAST(:rf AS text[]), risk_notes = :rn, decision = :dec,
                    handover_to = :ht, handover_party = :hp, reasoning = :why, confirmer_id = :conf, updated_at = :now,
                    status = :status, completed_at = :completedAt, completed_by = :completedBy, returned_remark = NULL
                WHERE id = :id""")
                .param("au", in.acuteUnsafety()).param("ad", nl.vangnet.platform.Text.blankToNull(in.acuteDescription()))
                .param("su", in.structuralUnsafety()).param("sd", nl.vangnet.platform.Text.blankToNull(in.structuralDescription()))
                .param("rf", "{" + String.join(",", v.riskFactors) + "}").param("rn", nl.vangnet.platform.Text.blankToNull(in.riskNotes()))
                .param("dec", v.decision == null ? null : v.decision.name()).param("ht", nl.vangnet.platform.Text.blankToNull(in.handoverTo()))
                .param("hp", nl.vangnet.platform.Text.blankToNull(in.handoverParty())).param("why", nl.vangnet.platform.Text.blankToNull(in.reasoning()))
                .param("conf", v.confirmer).param("now", now)
                .param("status", complete ? "AWAITING_CONFIRMATION" : "DRAFT")
                .param("completedAt", complete ? now : null).param("completedBy", complete ? CurrentStaff.get().id() : null)
                .param("id", id).update();
        jdbc.sql("DELETE FROM assessment_source WHERE assessment_id = :id").param("id", id).update();
        for (AssessmentView.Source s : v.sources) {
            jdbc.sql("""
                    INSERT INTO assessment_source (id, assessment_id, source, gathered_on, summary, care_involved, care_by)
                    VALUES (:id, :a, :s, :on, :sum, :care, :by)""")
                    .param("id", UUID.randomUUID()).param("a", id).param("s", s.source()).param("on", s.gatheredOn())
                    .param("sum", s.summary()).param("care", s.careInvolved()).param("by", s.careBy()).update();
        }
        if (complete) {
            // The confirming gedragswetenschapper is consulted on the dossier until the confirmation.
            needToKnow.consult(dossierId, v.confirmer, "Bevestiging veiligheidsbeoordeling (vier ogen)");
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
        var row = jdbc.sql("SELECT id, status, confirmer_id, completed_by, decision FROM assessment WHERE report_id = :r FOR UPDATE")
                .param("r", reportId)
                .query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class),
                        rs.getObject(4, UUID.class), rs.getString(5)})
                .optional().orElseThrow(() -> new NotFoundException("Deze melding heeft nog geen veiligheidsbeoordeling."));
        if (!"AWAITING_CONFIRMATION".equals(row[1])) {
            throw new BusinessRuleException("Deze beoordeling wacht niet op bevestiging.");
        }
        if (!me.id().equals(row[2])) {
            accessLog.denied(AccessAction.UPDATE, Set.of(dossierId), Set.of(), null);
            throw new AccessDeniedException("confirmation");
        }
        if (me.id().equals(row[3])) {
            throw new BusinessRuleException("Vier ogen: wie de beoordeling afrondde, bevestigt haar niet zelf.");
        }
        UUID id = (UUID) row[0];
        Timestamp now = Timestamp.from(clock.instant());
        LocalDate today = LocalDate.ofInstant(clock.instant(), NL);
        if (!confirm) {
            if (remark == null || remark.isBlank()) {
                throw new InvalidInputException(List.of(new InvalidParam("remark",
                        "Geef aan wat er aan de beoordeling moet veranderen.")));
            }
            jdbc.sql("UPDATE assessment SET status = 'DRAFT', returned_remark = :r, completed_at = NULL, completed_by = NULL, updated_at = :now WHERE id = :id")
                    .param("r", remark.strip()).param("now", now).param("id", id).update();
        } else {
            Decision decision = Decision.valueOf((String) row[4]);
            jdbc.sql("UPDATE assessment SET status = 'CONFIRMED', confirmed_at = :now, confirmed_by = :me, assessed_on = :today, updated_at = :now WHERE id = :id")
                    .param("now", now).param("me", me.id()).param("today", today).param("id", id).update();
            reports.markAssessed(reportId, today);
            var handover = jdbc.sql("SELECT handover_to, handover_party FROM assessment WHERE id = :id").param("id", id)
                    .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).single();
            events.publishEvent(new FollowUpDecided(dossierId, reportId, decision, today, handover[0], handover[1]));
            if (decision == Decision.RVDK_INVESTIGATION_REQUEST) {
                tasks.requireBwNotice(dossierId, reportId, today);
            }
        }
        closeConfirmationConsultation(dossierId, me.id());
        accessLog.allowed(AccessAction.UPDATE, Role.BEHAVIOURAL_SCIENTIST, Set.of(dossierId), List.of(), null);
        return view(reportId);
    }

    /** Telling the reporter (the outcome, never the content) or the household, or why the household is not told. */
    @Transactional
    public AssessmentView inform(UUID reportId, String who, String informedAt, String how, String withheldReason) {
        UUID dossierId = reports.dossierOfReport(reportId);
        DossierAccess access = requireWorker(dossierId);
        List<InvalidParam> problems = new ArrayList<>();
        if (!"REPORTER".equals(who) && !"HOUSEHOLD".equals(who)) {
            problems.add(new InvalidParam("who", "Kies de melder of het huishouden."));
        }
        boolean withheld = withheldReason != null && !withheldReason.isBlank();
        if ("REPORTER".equals(who)) {
            var reporter = reports.get(reportId).reporter();
            boolean hearsOutcome = reporter != null && (reporter.type() == nl.vangnet.intake.ReporterType.PROFESSIONAL
                    || Boolean.TRUE.equals(reporter.closelyInvolved()));
            if (!hearsOutcome) {
                problems.add(new InvalidParam("who", "Alleen een beroepsmatige of nauw betrokken particuliere melder hoort de uitkomst."));
            }
        }
        if (withheld && "REPORTER".equals(who)) {
            problems.add(new InvalidParam("withheldReason", "Alleen het informeren van het huishouden kan om veiligheid achterwege blijven."));
        }
        if (!withheld && (how == null || how.isBlank())) {
            problems.add(new InvalidParam("how", "Vul in hoe is geïnformeerd, of waarom het huishouden om veiligheid niet wordt geïnformeerd."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        java.time.Instant at = clock.instant();
        if (!withheld && informedAt != null && !informedAt.isBlank()) {
            try {
                at = nl.vangnet.platform.Checks.parseInstant(informedAt);
            } catch (DateTimeParseException e) {
                throw new InvalidInputException(List.of(new InvalidParam("informedAt", "Geef datum en tijd met tijdzone.")));
            }
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
            java.time.Instant completedAt) {
    }

    /** The assessments waiting for my confirmation (gedragswetenschapper). */
    public List<AwaitingConfirmation> awaitingMyConfirmation() {
        return jdbc.sql("""
                SELECT a.report_id, r.reference, d.reference, u.display_name, a.completed_at
                FROM assessment a JOIN report r ON r.id = a.report_id JOIN dossier d ON d.id = a.dossier_id
                JOIN staff_user u ON u.id = a.completed_by
                WHERE a.status = 'AWAITING_CONFIRMATION' AND a.confirmer_id = :me ORDER BY a.completed_at""")
                .param("me", CurrentStaff.get().id())
                .query((rs, n) -> new AwaitingConfirmation(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getTimestamp(5).toInstant()))
                .list();
    }

    public List<RiskFactor> riskFactors() {
        return jdbc.sql("SELECT code, label FROM risk_factor WHERE active ORDER BY label")
                .query((rs, n) -> new RiskFactor(rs.getString(1), rs.getString(2))).list();
    }

    public record RiskFactor(String code, String label) {
    }

    public record ManagedRiskFactor(String code, String label, boolean active) {
    }

    /** The managed list of risk factors, for beheer (applicatiebeheer). */
    public List<ManagedRiskFactor> allRiskFactors() {
        return jdbc.sql("SELECT code, label, active FROM risk_factor ORDER BY active DESC, label")
                .query((rs, n) -> new ManagedRiskFactor(rs.getString(1), rs.getString(2), rs.getBoolean(3))).list();
    }

    @Transactional
    public void addRiskFactor(String label) {
        String text = label == null ? "" : label.strip();
        if (text.length() < 3 || text.length() > 200) {
            throw new InvalidInputException(List.of(new InvalidParam("label", "Omschrijf de risicofactor in 3 tot 200 tekens.")));
        }
        String code = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_|_$", "");
        code = code.length() > 40 ? code.substring(0, 40) : code;
        if (jdbc.sql("INSERT INTO risk_factor (code, label) VALUES (:c, :l) ON CONFLICT DO NOTHING")
                .param("c", code).param("l", text).update() == 0) {
            throw new InvalidInputException(List.of(new InvalidParam("label", "Deze risicofactor staat er al in.")));
        }
    }

    /** A factor taken off the list stays on the assessments that used it. */
    @Transactional
    public void setRiskFactorActive(String code, boolean active) {
        jdbc.sql("UPDATE risk_factor SET active = :a WHERE code = :c").param("a", active).param("c", code).update();
    }

    private void closeConfirmationConsultation(UUID dossierId, UUID confirmer) {
        jdbc.sql("UPDATE consultation SET closed_at = :now WHERE dossier_id = :d AND consultant_id = :u AND closed_at IS NULL")
                .param("now", Timestamp.from(clock.instant())).param("d", dossierId).param("u", confirmer).update();
    }

    private DossierAccess requireWorker(UUID dossierId) {
        return dossiers.requireAccess(dossierId, AccessAction.UPDATE, a ->
                (a.basis() == DossierAccess.Basis.ASSIGNED || a.basis() == DossierAccess.Basis.SUBSTITUTE)
                        && (a.role() == Role.CASE_WORKER || a.role() == Role.CRISIS_WORKER));
    }


    private static final class Validation {
        final List<AssessmentView.Source> sources = new ArrayList<>();
        final List<String> riskFactors = new ArrayList<>();
        Decision decision;
        UUID confirmer;
    }

    private Validation validate(AssessmentInput in, boolean complete) {
        Validation v = new Validation();
        List<InvalidParam> problems = new ArrayList<>();
        List<AssessmentInput.SourceInput> sources = in.sources() == null ? List.of() : in.sources();
        for (int i = 0; i < sources.size(); i++) {
            AssessmentInput.SourceInput s = sources.get(i);
            String f = "sources[" + i + "]";
            if (s == null) {
                problems.add(new InvalidParam(f, "Een leeg element is niet toegestaan."));
                continue;
            }
            if (s.source() == null || Arrays.stream(new String[] {"OWN_RECORDS", "POLICE", "RVDK", "VERWIJSINDEX", "OTHER"})
                    .noneMatch(s.source()::equals)) {
                problems.add(new InvalidParam(f + ".source", "Kies de bron: eigen registratie, politie, Raad voor de Kinderbescherming, Verwijsindex of anders."));
            }
            LocalDate on = null;
            try {
                on = s.gatheredOn() == null ? null : nl.vangnet.platform.Checks.parseDate(s.gatheredOn());
            } catch (DateTimeParseException e) {
                problems.add(new InvalidParam(f + ".gatheredOn", "Geef een datum als jjjj-mm-dd."));
            }
            if (on == null) {
                problems.add(new InvalidParam(f + ".gatheredOn", "Vul in wanneer de informatie is verzameld."));
            }
            if (s.summary() == null || s.summary().isBlank()) {
                problems.add(new InvalidParam(f + ".summary", "Vat de verkregen informatie samen."));
            }
            if (Boolean.TRUE.equals(s.careInvolved()) && (s.careBy() == null || s.careBy().isBlank())) {
                problems.add(new InvalidParam(f + ".careBy", "Vul in welke hulp al betrokken is."));
            }
            v.sources.add(new AssessmentView.Source(s.source(), on, nl.vangnet.platform.Text.blankToNull(s.summary()), Boolean.TRUE.equals(s.careInvolved()), nl.vangnet.platform.Text.blankToNull(s.careBy())));
        }
        Set<String> known = Set.copyOf(jdbc.sql("SELECT code FROM risk_factor WHERE active").query(String.class).list());
        for (String rf : in.riskFactors() == null ? List.<String>of() : in.riskFactors()) {
            if (!known.contains(rf)) {
                problems.add(new InvalidParam("riskFactors", "Onbekende risicofactor: kies uit de lijst en licht de rest toe in vrije tekst."));
            } else if (!v.riskFactors.contains(rf)) {
                v.riskFactors.add(rf);
            }
        }
        if (in.decision() != null && !in.decision().isBlank()) {
            try {
                v.decision = Decision.valueOf(in.decision());
            } catch (IllegalArgumentException e) {
                problems.add(new InvalidParam("decision", "Kies een van de besluiten over het vervolg."));
            }
        }
        if (in.handoverTo() != null && !in.handoverTo().isBlank() && !Set.of("LOCAL_TEAM", "CARE_INVOLVED", "HOUSEHOLD").contains(in.handoverTo())) {
            problems.add(new InvalidParam("handoverTo", "Draag over aan het lokale team, de betrokken hulp of het huishouden zelf."));
        }
        if (complete) {
            if (v.sources.isEmpty()) {
                problems.add(new InvalidParam("sources", "Leg vast welke informatie is verzameld (ten minste de eigen registratie)."));
            }
            if (in.acuteUnsafety() == null) {
                problems.add(new InvalidParam("acuteUnsafety", "Is er acute onveiligheid? Kies ja of nee."));
            } else if (in.acuteUnsafety() && nl.vangnet.platform.Text.blankToNull(in.acuteDescription()) == null) {
                problems.add(new InvalidParam("acuteDescription", "Beschrijf de acute onveiligheid."));
            }
            if (in.structuralUnsafety() == null) {
                problems.add(new InvalidParam("structuralUnsafety", "Is er structurele onveiligheid? Kies ja of nee."));
            } else if (in.structuralUnsafety() && nl.vangnet.platform.Text.blankToNull(in.structuralDescription()) == null) {
                problems.add(new InvalidParam("structuralDescription", "Beschrijf de structurele onveiligheid."));
            }
            if (v.decision == null && problems.stream().noneMatch(p -> p.name().equals("decision"))) {
                problems.add(new InvalidParam("decision", "Kies het besluit over het vervolg."));
            }
            if (v.decision == Decision.HANDOVER && (nl.vangnet.platform.Text.blankToNull(in.handoverTo()) == null || nl.vangnet.platform.Text.blankToNull(in.handoverParty()) == null)) {
                problems.add(new InvalidParam("handoverTo", "Leg vast aan wie wordt overgedragen (lokaal team, betrokken hulp of het huishouden) en wie dat is."));
            }
            if (nl.vangnet.platform.Text.blankToNull(in.reasoning()) == null) {
                problems.add(new InvalidParam("reasoning", "Onderbouw het besluit."));
            }
            try {
                v.confirmer = in.confirmerId() == null ? null : UUID.fromString(in.confirmerId());
            } catch (IllegalArgumentException e) {
                v.confirmer = null;
            }
            Optional<StaffUser> confirmer = Optional.ofNullable(v.confirmer).flatMap(staff::findById);
            if (confirmer.isEmpty() || !confirmer.get().enabled() || !confirmer.get().roles().contains(Role.BEHAVIOURAL_SCIENTIST)) {
                problems.add(new InvalidParam("confirmerId", "Kies de gedragswetenschapper die de beoordeling bevestigt."));
            } else if (confirmer.get().id().equals(CurrentStaff.get().id())) {
                problems.add(new InvalidParam("confirmerId", "Vier ogen: kies een andere gedragswetenschapper dan uzelf."));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return v;
    }

    AssessmentView view(UUID reportId) {
        List<AssessmentView.Informing> informing = jdbc.sql("""
                SELECT i.who, i.informed_at, i.how, i.withheld_reason, u.display_name FROM informing i
                JOIN staff_user u ON u.id = i.recorded_by WHERE i.report_id = :r ORDER BY i.recorded_at""")
                .param("r", reportId)
                .query((rs, n) -> new AssessmentView.Informing(rs.getString(1),
                        rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
                        rs.getString(5)))
                .list();
        return jdbc.sql("""
                SELECT a.*, c.display_name AS confirmer_name, cb.display_name AS completed_name, fb.display_name AS confirmed_name
                FROM assessment a LEFT JOIN staff_user c ON c.id = a.confirmer_id
                LEFT JOIN staff_user cb ON cb.id = a.completed_by LEFT JOIN staff_user fb ON fb.id = a.confirmed_by
                WHERE a.report_id = :r""")
                .param("r", reportId)
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    List<AssessmentView.Source> sources = jdbc.sql("SELECT source, gathered_on, summary, care_involved, care_by FROM assessment_source WHERE assessment_id = :a ORDER BY gathered_on")
                            .param("a", id)
                            .query((s, m) -> new AssessmentView.Source(s.getString(1), s.getObject(2, LocalDate.class),
                                    s.getString(3), s.getBoolean(4), s.getString(5))).list();
                    return new AssessmentView(id, reportId, rs.getObject("dossier_id", UUID.class), rs.getString("status"),
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
