package nl.vangnet.followup;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.vangnet.accesslog.AccessAction;
import nl.vangnet.accesslog.AccessLog;
import nl.vangnet.assessment.Decision;
import nl.vangnet.calendar.Deadline;
import nl.vangnet.calendar.WorkingDays;
import nl.vangnet.dossier.DossierAccess;
import nl.vangnet.dossier.Dossiers;
import nl.vangnet.intake.ViolenceType;
import nl.vangnet.platform.BusinessRuleException;
import nl.vangnet.platform.DutchTime;
import nl.vangnet.platform.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The follow-up tracks as stored: starting one, locking the open track of a kind for an act (after need to know, an
 * open dossier and {@link TrackStateMachine}), moving it on (publishing {@link TrackTransitioned}, logging the access)
 * and reading it back as a {@link TrackView}. The business verbs are in {@link Tracks}, {@link Investigations} and
 * {@link ConditionsAndMonitoring}.
 */
@Component
class TrackStore {

    private final JdbcClient jdbc;
    private final Dossiers dossiers;
    private final WorkingDays calendar;
    private final AccessLog accessLog;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    TrackStore(JdbcClient jdbc, Dossiers dossiers, WorkingDays calendar, AccessLog accessLog, Clock clock,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.dossiers = dossiers;
        this.calendar = calendar;
        this.accessLog = accessLog;
        this.clock = clock;
        this.events = events;
    }

    /** Starts a track that follows from another one: it concerns the violence reported to the track it came from. */
    UUID start(UUID dossierId, TrackKind kind, String origin, UUID originTrack, LocalDate on) {
        return start(dossierId, kind, origin, originTrack, on, reportedViolenceTypes(originTrack));
    }

    /** Starts a track; {@code reported}: the types of violence reported in the dossier when it was decided. */
    UUID start(UUID dossierId, TrackKind kind, String origin, UUID originTrack, LocalDate on, List<ViolenceType> reported) {
        UUID id = UUID.randomUUID();
        LocalDate due = kind == TrackKind.INVESTIGATION ? Decision.INVESTIGATION.firstDeadline(on, calendar) : null;
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                INSERT INTO follow_up_track (id, dossier_id, kind, status, origin, origin_track_id, started_on, due_on, created_at,
                                             updated_at, reported_violence_types)
                VALUES (:id, :d, :k, :s, :o, :ot, :on, :due, :now, :now, CAST(:types AS text[]))""")
                .param("id", id).param("d", dossierId).param("k", kind.name()).param("s", kind.initialStatus().name())
                .param("o", origin).param("ot", originTrack).param("on", on).param("due", due).param("now", now)
                .param("types", textArray(reported)).update();
        recordChange(dossierId);
        events.publishEvent(new TrackStarted(id, dossierId, kind, on));
        return id;
    }

    List<UUID> idsOf(UUID dossierId) {
        return jdbc.sql("SELECT id FROM follow_up_track WHERE dossier_id = :d ORDER BY started_on, created_at")
                .param("d", dossierId).query(UUID.class).list();
    }

    TrackView view(UUID id) {
        List<TrackView.Conclusion> conclusions = jdbc.sql(
                        "SELECT violence_type, outcome FROM investigation_conclusion WHERE track_id = :t ORDER BY violence_type")
                .param("t", id).query((rs, n) -> new TrackView.Conclusion(rs.getString(1), rs.getString(2))).list();
        List<TrackView.Conversation> conversations = jdbc.sql("""
                        SELECT id, person_id, name, role, planned_on, held_on, summary, cancelled_on, cancelled_reason
                        FROM investigation_conversation
                        WHERE track_id = :t ORDER BY planned_on, created_at""")
                .param("t", id)
                .query((rs, n) -> new TrackView.Conversation(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getString(3), rs.getString(4), rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class),
                        rs.getString(7), rs.getObject(8, LocalDate.class), rs.getString(9)))
                .list();
        List<TrackView.Condition> conditions = jdbc.sql(
                        "SELECT id, description, for_whom, agreed_with, partner FROM safety_condition WHERE track_id = :t ORDER BY created_at")
                .param("t", id)
                .query((rs, n) -> new TrackView.Condition(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5)))
                .list();
        List<TrackView.MonitoringContact> contacts = jdbc.sql("""
                        SELECT id, months, due_on, held_on, spoken_with, partner_spoken, follow_up, notes FROM monitoring_contact
                        WHERE track_id = :t ORDER BY months""")
                .param("t", id)
                .query((rs, n) -> {
                    UUID contactId = rs.getObject(1, UUID.class);
                    LocalDate due = rs.getObject(3, LocalDate.class);
                    LocalDate held = rs.getObject(4, LocalDate.class);
                    boolean overdue = Deadline.of(InvestigationDeadlines.MONITORING_CONTACT, null, Deadline.Due.on(due))
                            .doneOn(held).overdue(clock);
                    return new TrackView.MonitoringContact(contactId, rs.getInt(2), due, overdue, held,
                            rs.getString(5), (Boolean) rs.getObject(6), rs.getString(7), rs.getString(8), checks(contactId));
                })
                .list();
        return jdbc.sql("SELECT * FROM follow_up_track WHERE id = :id").param("id", id)
                .query((rs, n) -> track(rs, conclusions, conversations, conditions, contacts))
                .optional().orElseThrow(() -> new NotFoundException("Dit traject bestaat niet."));
    }

    List<TrackView.Check> checks(UUID contactId) {
        return jdbc.sql("SELECT condition_id, kept, safety_improved, note FROM monitoring_check WHERE contact_id = :c")
                .param("c", contactId)
                .query((rs, n) -> new TrackView.Check(rs.getObject(1, UUID.class), rs.getBoolean(2), rs.getBoolean(3), rs.getString(4)))
                .list();
    }

    TrackView track(ResultSet rs, List<TrackView.Conclusion> conclusions,
            List<TrackView.Conversation> conversations, List<TrackView.Condition> conditions,
            List<TrackView.MonitoringContact> contacts) throws SQLException {
        TrackKind kind = TrackKind.valueOf(rs.getString("kind"));
        TrackStatus status = TrackStatus.valueOf(rs.getString("status"));
        LocalDate due = rs.getObject("due_on", LocalDate.class);
        Set<TrackAct> acts = EnumSet.noneOf(TrackAct.class);
        for (TrackAct act : TrackAct.values()) {
            if (TrackStateMachine.allows(kind, status, act)) {
                acts.add(act);
            }
        }
        boolean feedback = rs.getObject("reporter_informed_on") != null || rs.getString("reporter_not_informed") != null;
        if (feedback) {
            acts.remove(TrackAct.INFORM_REPORTER);
        }
        return new TrackView(rs.getObject("id", UUID.class), rs.getObject("dossier_id", UUID.class), kind, status,
                rs.getString("origin"), rs.getObject("started_on", LocalDate.class), due,
                rs.getObject("finished_on", LocalDate.class), status.open() && due != null
                        && InvestigationDeadlines.investigation(rs.getObject("started_on", LocalDate.class), due, null).overdue(clock),
                rs.getString("findings"), rs.getObject("concluded_on", LocalDate.class), rs.getString("stopped_early_reason"),
                rs.getString("next_step"), conclusions, conversations, rs.getObject("reporter_informed_on", LocalDate.class),
                rs.getString("reporter_informed_how"), rs.getString("reporter_not_informed"), rs.getString("handover_to"),
                rs.getString("handover_party"), rs.getString("handed_over_what"), rs.getString("meeting_organisation"),
                rs.getString("meeting_contact_person"), rs.getObject("meeting_held_on", LocalDate.class), conditions, contacts,
                rs.getObject("rvdk_requested_on", LocalDate.class), rs.getString("rvdk_request_note"), Set.copyOf(acts));
    }

    /** The open track of a kind, locked for the act; the caller's access and the dossier's state are checked. */
    record Locked(UUID id, UUID dossierId, TrackKind kind, TrackStatus status, LocalDate startedOn, String findings,
            DossierAccess access) {
    }

    Locked lock(UUID dossierId, TrackKind kind, TrackAct act) {
        DossierAccess access = require(dossierId);
        dossiers.requireOpen(dossierId);
        Locked t = openTrack(dossierId, kind, true).orElseThrow(() -> new BusinessRuleException(
                act.dutch() + " kan niet: in dit dossier loopt geen " + noun(kind) + "."));
        TrackStateMachine.next(kind, t.status(), act);
        return new Locked(t.id(), t.dossierId(), t.kind(), t.status(), t.startedOn(), t.findings(), access);
    }

    static String noun(TrackKind kind) {
        return TrackStateMachine.describe(kind).replaceFirst("^(het|de) ", "");
    }

    Optional<Locked> openTrack(UUID dossierId, TrackKind kind, boolean forUpdate) {
        return jdbc.sql("""
                        SELECT id, dossier_id, kind, status, started_on, findings FROM follow_up_track
                        WHERE dossier_id = :d AND kind = :k AND status <> 'FINISHED'""" + (forUpdate ? " FOR UPDATE" : ""))
                .param("d", dossierId).param("k", kind.name()).query(TrackStore::locked).optional();
    }

    Optional<Locked> latestInvestigation(UUID dossierId) {
        return jdbc.sql("""
                        SELECT id, dossier_id, kind, status, started_on, findings FROM follow_up_track
                        WHERE dossier_id = :d AND kind = 'INVESTIGATION' ORDER BY started_on DESC, created_at DESC LIMIT 1 FOR UPDATE""")
                .param("d", dossierId).query(TrackStore::locked).optional();
    }

    static Locked locked(ResultSet rs, int n) throws SQLException {
        return new Locked(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), TrackKind.valueOf(rs.getString(3)),
                TrackStatus.valueOf(rs.getString(4)), rs.getObject(5, LocalDate.class), rs.getString(6), null);
    }

    /** Moves the track to its next status, records the change on the dossier and logs the access. */
    TrackView done(Locked t, TrackAct act, List<UUID> persons) {
        setStatus(t.id(), TrackStateMachine.next(t.kind(), t.status(), act));
        recordChange(t.dossierId());
        accessLog.allowed(AccessAction.UPDATE, t.access().role(), Set.of(t.dossierId()), persons, t.access().logReason());
        return view(t.id());
    }

    void setStatus(UUID trackId, TrackStatus next) {
        events.publishEvent(jdbc.sql("""
                UPDATE follow_up_track SET status = :s, updated_at = :now,
                       finished_on = CASE WHEN :s = 'FINISHED' THEN coalesce(finished_on, :today) END
                WHERE id = :id RETURNING dossier_id, kind""")
                .param("s", next.name()).param("now", Timestamp.from(clock.instant())).param("today", today())
                .param("id", trackId).query((rs, n) -> new TrackTransitioned(trackId, rs.getObject(1, UUID.class),
                        TrackKind.valueOf(rs.getString(2)), next)).single());
    }

    /** A track changed: the dossier records the change (its retention counts from the last one). */
    void recordChange(UUID dossierId) {
        dossiers.recordChange(dossierId);
    }

    /** The types of violence a track's conclusions are about (reported in the dossier when it was decided). */
    List<ViolenceType> reportedViolenceTypes(UUID trackId) {
        if (trackId == null) {
            return List.of();
        }
        return jdbc.sql("SELECT unnest(reported_violence_types) FROM follow_up_track WHERE id = :id").param("id", trackId)
                .query(String.class).list().stream().map(ViolenceType::valueOf).sorted().toList();
    }

    /** A later decision in the dossier adds the types of violence reported since to every open track. */
    void addReportedViolenceTypes(UUID dossierId, List<ViolenceType> reported) {
        jdbc.sql("""
                UPDATE follow_up_track
                SET reported_violence_types = ARRAY(SELECT DISTINCT unnest(reported_violence_types || CAST(:types AS text[])) ORDER BY 1)
                WHERE dossier_id = :d AND status <> 'FINISHED'""")
                .param("types", textArray(reported)).param("d", dossierId).update();
    }

    private static String textArray(List<ViolenceType> types) {
        return "{" + String.join(",", types.stream().map(Enum::name).toList()) + "}";
    }

    DossierAccess require(UUID dossierId) {
        return dossiers.requireAccess(dossierId, AccessAction.UPDATE, DossierAccess::worksOnCase);
    }


    LocalDate today() {
        return DutchTime.today(clock);
    }
}
