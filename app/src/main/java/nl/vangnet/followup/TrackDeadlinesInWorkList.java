package nl.vangnet.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.vangnet.worklist.WorkListSources;
import nl.vangnet.calendar.Deadline;
import nl.vangnet.staff.CurrentStaff;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The due date of a running investigation and the monitoring contacts still due, in the work list. */
@Component
class TrackDeadlinesInWorkList implements WorkListSources {

    private final JdbcClient jdbc;
    private final Clock clock;

    TrackDeadlinesInWorkList(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<DueItem> dueItems(boolean team) {
        var me = CurrentStaff.get();
        String scope = team ? "d.team_id IN (:teams)"
                : "EXISTS (SELECT 1 FROM dossier_worker a WHERE a.dossier_id = d.id AND a.user_id = :me)";
        return jdbc.sql("""
                SELECT 'track.due.INVESTIGATION' AS kind, d.reference, t.due_on, d.id FROM follow_up_track t
                JOIN dossier_ref d ON d.id = t.dossier_id
                WHERE t.kind = 'INVESTIGATION' AND t.status = 'IN_PROGRESS' AND t.due_on IS NOT NULL AND %1$s
                UNION ALL
                SELECT 'track.due.MONITORING_' || c.months, d.reference, c.due_on, d.id FROM monitoring_contact c
                JOIN follow_up_track t ON t.id = c.track_id JOIN dossier_ref d ON d.id = t.dossier_id
                WHERE c.held_on IS NULL AND t.status = 'MONITORING' AND %1$s
                ORDER BY 3 LIMIT 500""".formatted(scope))
                .param("teams", me.teamIdsOrNone()).param("me", me.id())
                .query((rs, n) -> new DueItem(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        Deadline.of(rs.getString(1).equals("track.due.INVESTIGATION") ? InvestigationDeadlines.INVESTIGATION
                                : InvestigationDeadlines.MONITORING_CONTACT, null, Deadline.Due.on(rs.getObject(3, LocalDate.class)))
                                .overdue(clock), "/dossiers/" + rs.getObject(4, UUID.class) + "/vervolg"))
                .list();
    }
}
