package nl.vangnet.intake;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.vangnet.accesslog.AccessAction;
import nl.vangnet.accesslog.AccessLog;
import nl.vangnet.calendar.WorkingDays;
import nl.vangnet.staff.CurrentStaff;
import nl.vangnet.staff.Role;
import nl.vangnet.staff.StaffPrincipal;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Intake's part of the werkvoorraad: reports to verify, reports awaiting the safety assessment (acute first, then by deadline, overdue
 * marked, working days left) and advice requests with an agreed call back; per worker or for the team. The crisis
 * service sees every acute report at the top, of every team, at any hour.
 */
@Service
public class IntakeWork {

    public enum Scope { MINE, TEAM }

    public record Item(UUID reportId, String reference, UUID dossierId, String dossierReference, ReportStatus status,
            Classification classification, boolean acute, LocalDate dueOn, Instant dueAt, long left, boolean overdue,
            String teamName) {

        /** Hours left for an acute report, working days left otherwise; negative when overdue. */
        public String unit() {
            return dueAt != null ? "hours" : "workingDays";
        }
    }

    public record CallBack(UUID adviceRequestId, String reference, LocalDate callBackOn, boolean overdue) {
    }

    public record Lists(List<Item> acute, List<Item> toVerify, List<Item> awaitingAssessment, List<CallBack> callBacks) {
        public boolean isEmpty() {
            return acute.isEmpty() && toVerify.isEmpty() && awaitingAssessment.isEmpty() && callBacks.isEmpty();
        }
    }

    private final JdbcClient jdbc;
    private final WorkingDays calendar;
    private final AccessLog accessLog;
    private final Clock clock;

    IntakeWork(JdbcClient jdbc, WorkingDays calendar, AccessLog accessLog, Clock clock) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /**
     * Who sees the team's work list (which names its dossiers): the teamleider and the intake roles. Never
     * applicatiebeheer or the FG, who may belong to a team without working on its cases.
     */
    public static boolean mayListTeam(StaffPrincipal me) {
        return me.has(Role.TEAM_LEADER) || Reports.INTAKE_ROLES.stream().anyMatch(me::has);
    }

    @Transactional
    public Lists of(Scope scope) {
        StaffPrincipal me = CurrentStaff.get();
        boolean team = scope == Scope.TEAM && mayListTeam(me);
        // Mine: the reports in the dossiers assigned to me, and a report I registered until it is verified (also
        // when it joined a dossier I do not work on: I see only that report). Team: the reports in the team's dossiers.
        String where = team ? "d.team_id IN (:teams)"
                : "(EXISTS (SELECT 1 FROM dossier_worker a WHERE a.dossier_id = r.dossier_id AND a.user_id = :me)"
                        + " OR " + Reports.REGISTRAR_OF_REPORT + ")";
        if (me.has(Role.CRISIS_WORKER)) {
            where = "(" + where + " OR r.acute)";
        }
        List<Item> items = jdbc.sql("""
                SELECT r.id, r.reference, r.dossier_id, d.reference AS dossier_reference, r.status, r.classification,
                       r.acute, r.assessment_due_on, r.assessment_due_at, r.received_at, t.name AS team_name
                FROM report r JOIN dossier_ref d ON d.id = r.dossier_id JOIN team_name t ON t.id = d.team_id
                WHERE r.status IN ('TO_VERIFY', 'AWAITING_ASSESSMENT') AND %s
                ORDER BY r.acute DESC, coalesce(r.assessment_due_at, r.assessment_due_on + time '23:59'), r.received_at
                LIMIT 500""".formatted(where))
                .param("teams", me.teamIdsOrNone()).param("me", me.id())
                .query(this::item).list();
        List<CallBack> callBacks = jdbc.sql("""
                SELECT id, reference, call_back_on FROM advice_request
                WHERE call_back_on IS NOT NULL AND call_back_done_at IS NULL AND %s
                ORDER BY call_back_on""".formatted(team ? "team_id IN (:teams)" : "created_by = :me"))
                .param("teams", me.teamIdsOrNone()).param("me", me.id())
                .query((rs, n) -> new CallBack(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, LocalDate.class),
                        today().isAfter(rs.getObject(3, LocalDate.class))))
                .list();
        List<Item> acute = new ArrayList<>();
        List<Item> toVerify = new ArrayList<>();
        List<Item> awaiting = new ArrayList<>();
        for (Item item : items) {
            (item.acute() ? acute : item.status() == ReportStatus.TO_VERIFY ? toVerify : awaiting).add(item);
        }
        if (!items.isEmpty()) {
            accessLog.allowed(AccessAction.LIST, null, items.stream().map(Item::dossierId).distinct().toList(), List.of(), null);
        }
        return new Lists(acute, toVerify, awaiting, callBacks);
    }

    /**
     * The types of violence reported in each of these dossiers (every report's, each once, in the enum's order), in one
     * query; the caller has checked that the staff member may open them.
     */
    public Map<UUID, List<ViolenceType>> violenceTypesOf(Collection<UUID> dossierIds) {
        if (dossierIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, List<ViolenceType>> types = new HashMap<>();
        jdbc.sql("""
                SELECT dossier_id, array_agg(DISTINCT t) FROM report, unnest(violence_types) t
                WHERE dossier_id IN (:ids) GROUP BY dossier_id""")
                .param("ids", dossierIds)
                .query((RowCallbackHandler) rs -> types.put(rs.getObject(1, UUID.class),
                        Arrays.stream((Object[]) rs.getArray(2).getArray()).map(t -> ViolenceType.valueOf((String) t))
                                .sorted().toList()));
        return types;
    }

    private Item item(ResultSet rs, int n) throws SQLException {
        LocalDate dueOn = rs.getObject("assessment_due_on", LocalDate.class);
        Instant dueAt = rs.getTimestamp("assessment_due_at") == null ? null : rs.getTimestamp("assessment_due_at").toInstant();
        Instant now = clock.instant();
        long left = dueAt != null ? Duration.between(now, dueAt).toHours() : calendar.workingDaysBetween(today(), dueOn);
        boolean overdue = new AssessmentDeadline(dueOn, dueAt)
                .period(LocalDate.ofInstant(rs.getTimestamp("received_at").toInstant(), AssessmentDeadline.NL), null).overdue(clock);
        return new Item(rs.getObject("id", UUID.class), rs.getString("reference"), rs.getObject("dossier_id", UUID.class),
                rs.getString("dossier_reference"), ReportStatus.valueOf(rs.getString("status")),
                Classification.valueOf(rs.getString("classification")), rs.getBoolean("acute"), dueOn, dueAt, left, overdue,
                rs.getString("team_name"));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), AssessmentDeadline.NL);
    }
}
