package nl.vangnet.notice;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.vangnet.accesslog.AccessAction;
import nl.vangnet.accesslog.AccessLog;
import nl.vangnet.calendar.Deadline;
import nl.vangnet.calendar.WorkingDays;
import nl.vangnet.disclosure.DataItem;
import nl.vangnet.disclosure.DisclosureKind;
import nl.vangnet.disclosure.Disclosures;
import nl.vangnet.disclosure.LegalGround;
import nl.vangnet.disclosure.NewDisclosure;
import nl.vangnet.dossier.DossierAccess;
import nl.vangnet.dossier.Dossiers;
import nl.vangnet.intake.IntakeWork;
import nl.vangnet.intake.ReportRegistered;
import nl.vangnet.platform.BusinessRuleException;
import nl.vangnet.platform.Checks;
import nl.vangnet.platform.DutchTime;
import nl.vangnet.platform.NotFoundException;
import nl.vangnet.region.Municipality;
import nl.vangnet.region.Regions;
import nl.vangnet.staff.CurrentStaff;
import nl.vangnet.staff.StaffPrincipal;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What must still be done for a dossier by a date: the notice to the persons that their data is registered (Wmo
 * 2015 art. 5.3.1: within 4 weeks of the registration, extendable by 2 weeks at a time with a reason) and the notice
 * to B&W after a request to the RvdK. Open tasks appear in the work list.
 */
@Service
public class DossierTasks {

    public static final int NOTICE_WEEKS = 4;
    public static final int EXTENSION_WEEKS = 2;
    /** B&W is informed within 5 working days of a decision to request an investigation by the RvdK. */
    public static final int BW_NOTICE_WORKING_DAYS = 5;
    /** The notice that the persons' data is registered; extendable by 2 weeks at a time with a reason, not suspended. */
    public static final Deadline.Kind REGISTRATION_NOTICE = new Deadline.Kind("REGISTRATION_NOTICE",
            "Wmo 2015 art. 5.3.1: binnen 4 weken na de registratie, telkens met 2 weken uit te stellen met een reden", false);
    /** The notice to B&W after a request to the RvdK (our service norm). */
    public static final Deadline.Kind BW_NOTICE = new Deadline.Kind("BW_NOTIFICATION",
            "Servicenorm Veilig Thuis: B&W binnen 5 werkdagen geïnformeerd over een verzoek tot onderzoek aan de Raad", false);

    private final JdbcClient jdbc;
    private final Dossiers dossiers;
    private final AccessLog accessLog;
    private final WorkingDays calendar;
    private final Clock clock;
    private final Disclosures disclosures;
    private final Regions regions;

    DossierTasks(JdbcClient jdbc, Dossiers dossiers, AccessLog accessLog, WorkingDays calendar, Clock clock,
            Disclosures disclosures, Regions regions) {
        this.jdbc = jdbc;
        this.dossiers = dossiers;
        this.accessLog = accessLog;
        this.calendar = calendar;
        this.clock = clock;
        this.disclosures = disclosures;
        this.regions = regions;
    }

    /**
     * A request to the RvdK was decided (by the assessment or after an investigation): Veilig Thuis informs B&W within
     * {@value #BW_NOTICE_WORKING_DAYS} working days.
     */
    public void requireBwNotice(UUID dossierId, UUID reportId, LocalDate decidedOn) {
        insert(dossierId, reportId, BW_NOTICE.name(), calendar.afterWorkingDays(decidedOn, BW_NOTICE_WORKING_DAYS));
    }

    /** Open tasks keep the dossier from closing. */
    List<String> openIn(UUID dossierId) {
        return jdbc.sql("SELECT kind FROM dossier_task WHERE dossier_id = :d AND done_at IS NULL ORDER BY due_on")
                .param("d", dossierId).query(String.class).list().stream()
                .map(kind -> BW_NOTICE.name().equals(kind) ? "de kennisgeving aan B&W is nog niet gedaan"
                        : "de kennisgeving van registratie aan de betrokkenen is nog niet gedaan")
                .toList();
    }

    private void insert(UUID dossierId, UUID reportId, String kind, LocalDate due) {
        jdbc.sql("INSERT INTO dossier_task (id, dossier_id, report_id, kind, due_on, created_at) VALUES (:id, :d, :r, :k, :due, :now)")
                .param("id", UUID.randomUUID()).param("d", dossierId).param("r", reportId).param("k", kind).param("due", due)
                .param("now", Timestamp.from(clock.instant())).update();
    }

    public record Task(UUID id, UUID dossierId, String dossierReference, String kind, LocalDate dueOn, boolean overdue,
            int extensions) {
    }

    /** One task, for the page where it is done or extended (access checked and logged). */
    @Transactional
    public Task get(UUID taskId) {
        UUID dossierId = dossierOf(taskId);
        DossierAccess access = dossiers.requireAccess(dossierId, AccessAction.READ);
        accessLog.allowed(AccessAction.READ, access.role(), Set.of(dossierId), List.of(), access.logReason());
        return jdbc.sql("""
                SELECT t.id, t.dossier_id, d.reference, t.kind, t.due_on, t.done_at IS NOT NULL AS done,
                       (SELECT count(*) FROM dossier_task_extension e WHERE e.task_id = t.id) AS extensions
                FROM dossier_task t JOIN dossier_ref d ON d.id = t.dossier_id WHERE t.id = :id""")
                .param("id", taskId)
                .query((rs, n) -> new Task(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getString(4), rs.getObject(5, LocalDate.class), !rs.getBoolean("done")
                        && deadline(rs.getString(4), rs.getObject(5, LocalDate.class)).overdue(clock),
                        rs.getInt("extensions")))
                .single();
    }

    /**
     * Registering a report starts the 4 weeks within which the persons are told their data is registered. In the
     * registering transaction, not after it: the notice is open work that keeps the dossier from closing, so a report
     * is never stored without it, and its due date counts from the day of registering.
     */
    @EventListener
    void onReportRegistered(ReportRegistered registered) {
        LocalDate today = DutchTime.today(clock);
        insert(registered.dossierId(), registered.reportId(), REGISTRATION_NOTICE.name(), calendar.afterWeeks(today, NOTICE_WEEKS));
    }

    @Transactional
    public void done(UUID taskId, String note) {
        UUID dossierId = dossierOf(taskId);
        // Sending a notice is case work or an administrative task; a consultant does not act on the case.
        DossierAccess access = dossiers.requireAccess(dossierId, AccessAction.UPDATE,
                a -> a.worksOnCase() || a.basis() == DossierAccess.Basis.ADMINISTRATIVE);
        int updated = jdbc.sql("UPDATE dossier_task SET done_at = :now, done_by = :me, note = :note WHERE id = :id AND done_at IS NULL")
                .param("now", Timestamp.from(clock.instant())).param("me", CurrentStaff.get().id())
                .param("note", note == null || note.isBlank() ? null : note.strip()).param("id", taskId).update();
        if (updated == 0) {
            throw new BusinessRuleException("Deze taak is al afgerond.");
        }
        if (BW_NOTICE.name().equals(kindOf(taskId))) {
            // The notice tells the municipal executive that the RvdK was asked to investigate a child of the dossier.
            disclosures.register(new NewDisclosure(dossierId, DisclosureKind.BW_NOTICE, taskId, DutchTime.today(clock),
                    collegeOf(dossiers.household(dossierId).municipalityCode()), null, LegalGround.LEGAL_DUTY_BW_NOTICE,
                    Set.of(DataItem.CONCERN), dossiers.personIdsOf(dossierId), note));
        }
        accessLog.allowed(AccessAction.UPDATE, access.role(), Set.of(dossierId), List.of(), access.logReason());
    }

    private String kindOf(UUID taskId) {
        return jdbc.sql("SELECT kind FROM dossier_task WHERE id = :id").param("id", taskId).query(String.class).single();
    }

    /** The recipient of the notice to B&W: the college of the household's municipality. */
    private String collegeOf(String municipalityCode) {
        return "College van B&W van " + Optional.ofNullable(municipalityCode).flatMap(regions::municipality)
                .map(Municipality::name).orElse("de gemeente" + (municipalityCode == null ? "" : " " + municipalityCode));
    }

    /** The notice period is extended by 2 weeks at a time, with a reason. */
    @Transactional
    public LocalDate extend(UUID taskId, String reason) {
        UUID dossierId = dossierOf(taskId);
        // Postponing a statutory notice needs a substantive reason: only the workers on the case decide it.
        DossierAccess access = dossiers.requireAccess(dossierId, AccessAction.UPDATE, DossierAccess::worksOnCase);
        if (reason == null || reason.isBlank()) {
            throw Checks.refusal("reason", "Geef de reden van het uitstel.");
        }
        TaskDue row = jdbc.sql("SELECT kind, due_on, done_at IS NOT NULL FROM dossier_task WHERE id = :id FOR UPDATE")
                .param("id", taskId)
                .query((rs, n) -> new TaskDue(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getBoolean(3)))
                .single();
        if (!REGISTRATION_NOTICE.name().equals(row.kind()) || row.done()) {
            throw new BusinessRuleException("Alleen een openstaande kennisgeving van registratie kan worden uitgesteld.");
        }
        Deadline.Extension extension = deadline(row.kind(), row.dueOn())
                .extend(Deadline.Due.on(calendar.afterWeeks(row.dueOn(), EXTENSION_WEEKS)), reason, CurrentStaff.get().id(),
                        clock.instant())
                .extensions().getLast();
        LocalDate old = extension.from().on();
        LocalDate next = extension.to().on();
        jdbc.sql("UPDATE dossier_task SET due_on = :d WHERE id = :id").param("d", next).param("id", taskId).update();
        jdbc.sql("""
                INSERT INTO dossier_task_extension (id, task_id, reason, old_due_on, new_due_on, extended_at, extended_by)
                VALUES (:id, :t, :r, :o, :n, :now, :by)""")
                .param("id", UUID.randomUUID()).param("t", taskId).param("r", extension.reason()).param("o", old).param("n", next)
                .param("now", Timestamp.from(extension.decidedAt())).param("by", extension.decidedBy()).update();
        accessLog.allowed(AccessAction.UPDATE, access.role(), Set.of(dossierId), List.of(), access.logReason());
        return next;
    }

    /** Open tasks of the dossiers assigned to me, or of my teams; overdue first. */
    @Transactional
    public List<Task> open(boolean team) {
        StaffPrincipal me = CurrentStaff.get();
        // A team's list names its dossiers: the work list's rule decides who sees it.
        if (team && !IntakeWork.mayListTeam(me)) {
            accessLog.denied(AccessAction.LIST, Set.of(), Set.of(), null);
            throw new AccessDeniedException("team list");
        }
        List<Task> tasks = jdbc.sql("""
                SELECT t.id, t.dossier_id, d.reference, t.kind, t.due_on,
                       (SELECT count(*) FROM dossier_task_extension e WHERE e.task_id = t.id) AS extensions
                FROM dossier_task t JOIN dossier_ref d ON d.id = t.dossier_id
                WHERE t.done_at IS NULL AND %s ORDER BY t.due_on LIMIT 500""".formatted(team ? "d.team_id IN (:teams)"
                        : "EXISTS (SELECT 1 FROM dossier_worker a WHERE a.dossier_id = d.id AND a.user_id = :me)"))
                .param("teams", me.teamIdsOrNone()).param("me", me.id())
                .query((rs, n) -> new Task(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getString(4), rs.getObject(5, LocalDate.class),
                        deadline(rs.getString(4), rs.getObject(5, LocalDate.class)).overdue(clock), rs.getInt(6)))
                .list();
        if (!tasks.isEmpty()) {
            accessLog.allowed(AccessAction.LIST, null, tasks.stream().map(Task::dossierId).distinct().toList(), List.of(), null);
        }
        return tasks;
    }

    /** A task's kind and due as stored. */
    private record TaskDue(String kind, LocalDate dueOn, boolean done) {
    }

    /** A notice's period as it stands (its earlier extensions are in its history, its due already moved by them). */
    static Deadline deadline(String kind, LocalDate dueOn) {
        return Deadline.of(REGISTRATION_NOTICE.name().equals(kind) ? REGISTRATION_NOTICE : BW_NOTICE, null, Deadline.Due.on(dueOn));
    }

    private UUID dossierOf(UUID taskId) {
        return jdbc.sql("SELECT dossier_id FROM dossier_task WHERE id = :id").param("id", taskId).query(UUID.class)
                .optional().orElseThrow(() -> new NotFoundException("Deze taak bestaat niet."));
    }
}
