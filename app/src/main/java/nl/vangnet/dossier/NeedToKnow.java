package nl.vangnet.dossier;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.vangnet.accesslog.AccessAction;
import nl.vangnet.accesslog.AccessLog;
import nl.vangnet.platform.BusinessRuleException;
import nl.vangnet.platform.DutchTime;
import nl.vangnet.platform.NotFoundException;
import nl.vangnet.staff.CurrentStaff;
import nl.vangnet.staff.Login;
import nl.vangnet.staff.Role;
import nl.vangnet.staff.StaffDirectory;
import nl.vangnet.staff.StaffKind;
import nl.vangnet.staff.StaffPrincipal;
import nl.vangnet.staff.StaffUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who has need to know of a dossier: assignment by the teamleider, substitutes with a period, consulted staff, and
 * emergency access ("break the glass") with its review by the teamleider. Every change is logged.
 */
@Service
public class NeedToKnow {

    public static final Duration EMERGENCY_DURATION = Duration.ofHours(8);
    static final Set<Role> CONSULTANT_ROLES = Set.of(Role.BEHAVIOURAL_SCIENTIST, Role.LEGAL_ADVISOR, Role.CONFIDENTIAL_DOCTOR);

    private final JdbcClient jdbc;
    private final DossierAccessPolicy policy;
    private final StaffDirectory staff;
    private final Login login;
    private final AccessLog accessLog;
    private final Clock clock;

    NeedToKnow(JdbcClient jdbc, DossierAccessPolicy policy, StaffDirectory staff, Login login, AccessLog accessLog, Clock clock) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.staff = staff;
        this.login = login;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /** The teamleider of the dossier's team assigns a worker of that team. */
    @Transactional
    public void assign(UUID dossierId, UUID workerId) {
        UUID team = requireTeamLeader(dossierId);
        StaffUser worker = Optional.ofNullable(workerId).flatMap(staff::findById).filter(StaffUser::enabled)
                .orElseThrow(() -> new BusinessRuleException("workerId", "Deze medewerker bestaat niet of is geblokkeerd."));
        if (!worker.teamIds().contains(team) || (!worker.roles().contains(Role.CASE_WORKER)
                && !worker.roles().contains(Role.CRISIS_WORKER))) {
            throw new BusinessRuleException("workerId", "Wijs het dossier toe aan een medewerker of crisisdienst van het eigen team.");
        }
        jdbc.sql("INSERT INTO dossier_assignment (dossier_id, user_id, assigned_at) VALUES (:d, :u, :now) ON CONFLICT DO NOTHING")
                .param("d", dossierId).param("u", workerId).param("now", Timestamp.from(clock.instant())).update();
        accessLog.allowed(AccessAction.ASSIGN, Role.TEAM_LEADER, Set.of(dossierId), Set.of(), null);
    }

    /** Re-assignment: the teamleider takes a worker off the dossier. */
    @Transactional
    public void unassign(UUID dossierId, UUID workerId) {
        requireTeamLeader(dossierId);
        jdbc.sql("DELETE FROM dossier_assignment WHERE dossier_id = :d AND user_id = :u")
                .param("d", dossierId).param("u", workerId).update();
        accessLog.allowed(AccessAction.ASSIGN, Role.TEAM_LEADER, Set.of(dossierId), Set.of(), null);
    }

    /** A teamleider names a substitute for a worker of the team, for a period. */
    @Transactional
    public UUID nameSubstitute(UUID workerId, UUID substituteId, LocalDate from, LocalDate to) {
        StaffPrincipal me = CurrentStaff.get();
        if (!me.has(Role.TEAM_LEADER)) {
            throw new AccessDeniedException("substitutes");
        }
        StaffUser worker = Optional.ofNullable(workerId).flatMap(staff::findById)
                .orElseThrow(() -> new BusinessRuleException("workerId", "Deze medewerker bestaat niet."));
        StaffUser substitute = Optional.ofNullable(substituteId).flatMap(staff::findById)
                .orElseThrow(() -> new BusinessRuleException("substituteId", "Deze vervanger bestaat niet."));
        if (worker.teamIds().stream().noneMatch(me.teamIds()::contains)) {
            throw new AccessDeniedException("substitutes");
        }
        if (workerId.equals(substituteId)) {
            throw new BusinessRuleException("substituteId", "Iemand kan niet zijn eigen vervanger zijn.");
        }
        if (from == null || to == null || to.isBefore(from)) {
            throw new BusinessRuleException("to", "Geef een periode: de einddatum ligt niet voor de begindatum.");
        }
        if (!substitute.roles().contains(Role.CASE_WORKER) && !substitute.roles().contains(Role.CRISIS_WORKER)) {
            throw new BusinessRuleException("substituteId", "Een vervanger is medewerker of crisisdienst.");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO substitute (id, worker_id, substitute_id, valid_from, valid_to, created_by, created_at)
                VALUES (:id, :w, :s, :f, :t, :by, :now)""")
                .param("id", id).param("w", workerId).param("s", substituteId).param("f", from).param("t", to)
                .param("by", me.id()).param("now", Timestamp.from(clock.instant())).update();
        return id;
    }

    /** An assigned worker consults a gedragswetenschapper, jurist or vertrouwensarts on the dossier. */
    @Transactional
    public UUID consult(UUID dossierId, UUID consultantId, String question) {
        StaffPrincipal me = CurrentStaff.get();
        DossierAccess access = policy.accessFor(me, dossierId).orElse(null);
        if (access == null || (access.basis() != DossierAccess.Basis.ASSIGNED && access.basis() != DossierAccess.Basis.SUBSTITUTE
                && access.basis() != DossierAccess.Basis.TEAM_LEADER)) {
            accessLog.denied(AccessAction.UPDATE, Set.of(dossierId), Set.of(), null);
            throw new AccessDeniedException("consultation");
        }
        StaffUser consultant = Optional.ofNullable(consultantId).flatMap(staff::findById).filter(StaffUser::enabled)
                .orElseThrow(() -> new BusinessRuleException("consultantId", "Deze collega bestaat niet of is geblokkeerd."));
        Role role = consultant.roles().stream().filter(CONSULTANT_ROLES::contains).sorted().findFirst()
                .orElseThrow(() -> new BusinessRuleException("consultantId",
                        "Raadpleeg een gedragswetenschapper, jurist of vertrouwensarts."));
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO consultation (id, dossier_id, consultant_id, role, question, started_at, started_by)
                VALUES (:id, :d, :c, :r, :q, :now, :by)""")
                .param("id", id).param("d", dossierId).param("c", consultantId).param("r", role.name())
                .param("q", question == null || question.isBlank() ? null : question.strip())
                .param("now", Timestamp.from(clock.instant())).param("by", me.id()).update();
        accessLog.allowed(AccessAction.UPDATE, access.role(), Set.of(dossierId), Set.of(), null);
        return id;
    }

    /**
     * Closing a consultation ends the consultant's access to the dossier. The workers on the case close it, or the
     * consultant closes their own; never the secretariaat or another consultant. Refusals are logged.
     */
    @Transactional
    public void closeConsultation(UUID dossierId, UUID consultationId) {
        StaffPrincipal me = CurrentStaff.get();
        Optional<UUID> consultant = jdbc.sql("SELECT consultant_id FROM consultation WHERE id = :id AND dossier_id = :d")
                .param("id", consultationId).param("d", dossierId).query(UUID.class).optional();
        DossierAccess access = policy.accessFor(me, dossierId)
                .filter(a -> a.worksOnCase() || (a.basis() == DossierAccess.Basis.CONSULTED
                        && consultant.filter(me.id()::equals).isPresent()))
                .orElse(null);
        if (access == null) {
            accessLog.denied(AccessAction.UPDATE, existing(dossierId), Set.of(), null);
            throw new AccessDeniedException("consultation");
        }
        int closed = jdbc.sql("UPDATE consultation SET closed_at = :now WHERE id = :id AND dossier_id = :d AND closed_at IS NULL")
                .param("now", Timestamp.from(clock.instant())).param("id", consultationId).param("d", dossierId).update();
        if (closed == 0) {
            throw new NotFoundException("Deze raadpleging bestaat niet of is al gesloten.");
        }
        accessLog.allowed(AccessAction.UPDATE, access.role(), Set.of(dossierId), Set.of(), null);
    }

    public record Grant(UUID id, UUID dossierId, Instant expiresAt) {
    }

    /**
     * Emergency access for someone without need to know: a reason and the second factor again; limited to this
     * dossier and 8 hours; the teamleider of the dossier's team reviews it (never their own).
     */
    @Transactional
    public Grant breakTheGlass(UUID dossierId, String reason, String code) {
        StaffPrincipal me = CurrentStaff.get();
        if (jdbc.sql("SELECT NOT EXISTS (SELECT 1 FROM dossier WHERE id = :d)").param("d", dossierId).query(Boolean.class).single()) {
            throw new NotFoundException("Dit dossier bestaat niet.");
        }
        // Only staff who do case work may break the glass: never applicatiebeheer, secretariaat, the FG or a service.
        if (me.kind() != StaffKind.PERSON
                || DossierAccessPolicy.EMERGENCY_ROLES.stream().noneMatch(me::has)) {
            accessLog.denied(AccessAction.EMERGENCY_ACCESS, Set.of(dossierId), Set.of(), null);
            throw new AccessDeniedException("emergency access");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.length() < 10) {
            throw new BusinessRuleException("reason", "Leg uit waarom u dit dossier nu moet openen (ten minste 10 tekens).");
        }
        if (!login.confirmSecondFactor(me.id(), me.username(), code)) {
            accessLog.denied(AccessAction.EMERGENCY_ACCESS, Set.of(dossierId), Set.of(), why);
            throw new BusinessRuleException("code", "De code is onjuist of verlopen. Vul de code in die uw app nu toont.");
        }
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        Role role = DossierAccessPolicy.EMERGENCY_ROLES.stream().filter(me::has).sorted().findFirst().orElseThrow();
        jdbc.sql("""
                INSERT INTO emergency_access (id, dossier_id, user_id, reason, granted_at, expires_at)
                VALUES (:id, :d, :u, :r, :now, :exp)""")
                .param("id", id).param("d", dossierId).param("u", me.id()).param("r", why)
                .param("now", Timestamp.from(now)).param("exp", Timestamp.from(now.plus(EMERGENCY_DURATION))).update();
        accessLog.allowed(AccessAction.EMERGENCY_ACCESS, role, Set.of(dossierId), Set.of(),
                "Noodtoegang " + id + ": " + why);
        return new Grant(id, dossierId, now.plus(EMERGENCY_DURATION));
    }

    public record ReviewTask(UUID grantId, UUID dossierId, String dossierReference, String userName, String reason,
            Instant grantedAt, Instant expiresAt) {
    }

    public record Substitution(UUID id, String worker, String substitute, LocalDate from, LocalDate to) {
    }

    /** The substitutions of the teamleider's team members that have not ended. */
    public List<Substitution> currentSubstitutions() {
        StaffPrincipal me = CurrentStaff.get();
        if (!me.has(Role.TEAM_LEADER)) {
            throw new AccessDeniedException("substitutes");
        }
        return jdbc.sql("""
                SELECT s.id, w.display_name, v.display_name, s.valid_from, s.valid_to FROM substitute s
                JOIN staff_name w ON w.id = s.worker_id JOIN staff_name v ON v.id = s.substitute_id
                WHERE s.valid_to >= :today AND EXISTS (SELECT 1 FROM team_membership t WHERE t.user_id = s.worker_id AND t.team_id IN (:teams))
                ORDER BY s.valid_from""")
                .param("today", LocalDate.ofInstant(clock.instant(), DutchTime.ZONE))
                .param("teams", me.teamIdsOrNone())
                .query((rs, n) -> new Substitution(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class)))
                .list();
    }

    public record Consultation(UUID id, String consultant, Role role, String question, Instant startedAt) {
    }

    /**
     * The consultant answered what they were consulted on (the gedragswetenschapper confirmed the assessment): their
     * open consultations of the dossier end, and with them their access. The caller has checked and logs the act.
     */
    public void consultationAnswered(UUID dossierId, UUID consultantId) {
        jdbc.sql("UPDATE consultation SET closed_at = :now WHERE dossier_id = :d AND consultant_id = :u AND closed_at IS NULL")
                .param("now", Timestamp.from(clock.instant())).param("d", dossierId).param("u", consultantId).update();
    }

    /** The open consultations of a dossier (the caller may open it). */
    public List<Consultation> openConsultations(UUID dossierId) {
        return jdbc.sql("""
                SELECT c.id, u.display_name, c.role, c.question, c.started_at FROM consultation c
                JOIN staff_name u ON u.id = c.consultant_id WHERE c.dossier_id = :d AND c.closed_at IS NULL ORDER BY c.started_at""")
                .param("d", dossierId)
                .query((rs, n) -> new Consultation(rs.getObject(1, UUID.class), rs.getString(2), Role.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getTimestamp(5).toInstant()))
                .list();
    }

    /**
     * Emergency accesses on the teamleider's team's dossiers awaiting review (never the teamleider's own). Reading
     * them (reasons and dossier references) is logged.
     */
    @Transactional
    public List<ReviewTask> reviewTasks() {
        StaffPrincipal me = CurrentStaff.get();
        if (!me.has(Role.TEAM_LEADER)) {
            accessLog.denied(AccessAction.LIST, Set.of(), Set.of(), null);
            throw new AccessDeniedException("emergency access reviews");
        }
        List<ReviewTask> tasks = pendingReviews(me);
        if (!tasks.isEmpty()) {
            accessLog.allowed(AccessAction.LIST, Role.TEAM_LEADER, tasks.stream().map(ReviewTask::dossierId).toList(),
                    Set.of(), null);
        }
        return tasks;
    }

    private List<ReviewTask> pendingReviews(StaffPrincipal me) {
        return jdbc.sql("""
                SELECT e.id, e.dossier_id, d.reference, u.display_name, e.reason, e.granted_at, e.expires_at
                FROM emergency_access e JOIN dossier d ON d.id = e.dossier_id JOIN staff_name u ON u.id = e.user_id
                WHERE e.reviewed_at IS NULL AND d.team_id IN (:teams) AND e.user_id <> :me ORDER BY e.granted_at""")
                .param("teams", me.teamIdsOrNone()).param("me", me.id())
                .query((rs, n) -> new ReviewTask(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getTimestamp(7).toInstant()))
                .list();
    }

    @Transactional
    public void review(UUID grantId, boolean justified, String note) {
        StaffPrincipal me = CurrentStaff.get();
        if (!me.has(Role.TEAM_LEADER)) {
            accessLog.denied(AccessAction.UPDATE, Set.of(), Set.of(), null);
            throw new AccessDeniedException("emergency access review");
        }
        ReviewTask task = pendingReviews(me).stream().filter(t -> t.grantId().equals(grantId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Deze noodtoegang staat niet (meer) ter beoordeling voor u."));
        jdbc.sql("""
                UPDATE emergency_access SET reviewed_at = :now, reviewed_by = :me, review_outcome = :o, review_note = :n
                WHERE id = :id AND reviewed_at IS NULL AND user_id <> :me""")
                .param("now", Timestamp.from(clock.instant())).param("me", me.id())
                .param("o", justified ? "JUSTIFIED" : "NOT_JUSTIFIED")
                .param("n", note == null || note.isBlank() ? null : note.strip()).param("id", grantId).update();
        accessLog.allowed(AccessAction.UPDATE, Role.TEAM_LEADER, Set.of(task.dossierId()), Set.of(), null);
    }

    private Set<UUID> existing(UUID dossierId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM dossier WHERE id = :d)").param("d", dossierId).query(Boolean.class)
                .single() ? Set.of(dossierId) : Set.of();
    }

    private UUID requireTeamLeader(UUID dossierId) {
        StaffPrincipal me = CurrentStaff.get();
        UUID team = jdbc.sql("SELECT team_id FROM dossier WHERE id = :d").param("d", dossierId).query(UUID.class)
                .optional().orElseThrow(() -> new NotFoundException("Dit dossier bestaat niet."));
        if (!me.has(Role.TEAM_LEADER) || !me.teamIds().contains(team)) {
            accessLog.denied(AccessAction.ASSIGN, Set.of(dossierId), Set.of(), null);
            throw new AccessDeniedException("assignment");
        }
        return team;
    }
}
