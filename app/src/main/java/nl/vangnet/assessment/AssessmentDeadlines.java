package nl.vangnet.assessment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.vangnet.accesslog.AccessAction;
import nl.vangnet.accesslog.AccessLog;
import nl.vangnet.calendar.Deadline;
import nl.vangnet.intake.AssessmentDeadline;
import nl.vangnet.staff.CurrentStaff;
import nl.vangnet.staff.Role;
import nl.vangnet.staff.StaffPrincipal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The teamleider's view of the assessment deadlines: every open assessment by deadline (overdue first), and the
 * share of assessments completed within the deadline over the last 30 and 180 days against the sector norm of 90%.
 */
@Service
public class AssessmentDeadlines {

    public static final double SECTOR_NORM = 0.90;

    private final JdbcClient jdbc;
    private final AccessLog accessLog;
    private final Clock clock;

    AssessmentDeadlines(JdbcClient jdbc, AccessLog accessLog, Clock clock) {
        this.jdbc = jdbc;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    public record Open(UUID reportId, String reportReference, UUID dossierId, String dossierReference, boolean acute,
            LocalDate dueOn, boolean overdue, String status) {
    }

    /** Assessed within the deadline / all assessed, in the period ending today; null share when none were assessed. */
    public record Share(int days, long assessed, long inTime, Double share, double norm) {
        public boolean meetsNorm() {
            return share != null && share >= norm;
        }
    }

    public record Overview(List<Open> open, Share last30, Share last180) {
    }

    @Transactional
    public Overview forMyTeams() {
        StaffPrincipal me = CurrentStaff.get();
        if (!me.has(Role.TEAM_LEADER)) {
            throw new AccessDeniedException("deadlines");
        }
        Set<UUID> teams = me.teamIdsOrNone();
        LocalDate today = LocalDate.ofInstant(clock.instant(), Assessments.NL);
        List<Open> open = jdbc.sql("""
                SELECT r.id, r.reference, r.dossier_id, d.reference, r.acute, r.assessment_due_on, r.status, r.received_at
                FROM report_due r JOIN dossier_ref d ON d.id = r.dossier_id
                WHERE r.team_id IN (:teams) AND r.status IN ('TO_VERIFY', 'AWAITING_ASSESSMENT')
                ORDER BY r.assessment_due_on, r.acute DESC""")
                .param("teams", teams)
                .query((rs, n) -> new Open(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class),
                        rs.getString(4), rs.getBoolean(5), rs.getObject(6, LocalDate.class),
                        dueDay(rs.getTimestamp(8).toInstant(), rs.getObject(6, LocalDate.class)).overdue(clock), rs.getString(7)))
                .list();
        if (!open.isEmpty()) {
            accessLog.allowed(AccessAction.LIST, Role.TEAM_LEADER, open.stream().map(Open::dossierId).distinct().toList(),
                    List.of(), null);
        }
        return new Overview(open, share(teams, today, 30), share(teams, today, 180));
    }

    /**
     * The assessment's period by its due day (this overview counts days, also for an acute report); its share in time
     * below counts the same rule (met: assessed on or before the due day) in SQL.
     */
    static Deadline dueDay(Instant receivedAt, LocalDate dueOn) {
        return new AssessmentDeadline(dueOn, null).period(LocalDate.ofInstant(receivedAt, Assessments.NL), null);
    }

    /** Assessed in time over the {@code days} ending today, for these teams (figures only). */
    public Share share(Set<UUID> teams, LocalDate today, int days) {
        var row = jdbc.sql("""
                SELECT count(*), count(*) FILTER (WHERE r.assessed_on <= r.assessment_due_on)
                FROM report_due r WHERE r.team_id IN (:teams) AND r.assessed_on > :from AND r.assessed_on <= :today""")
                .param("teams", teams).param("from", today.minusDays(days)).param("today", today)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
        return new Share(days, row[0], row[1], row[0] == 0 ? null : (double) row[1] / row[0], SECTOR_NORM);
    }
}
