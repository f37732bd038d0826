package nl.vangnet.followup;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import nl.vangnet.dossier.TimelineSources;
import nl.vangnet.dossier.TimelineSources.Entry;
import nl.vangnet.dossier.TimelineSources.Kind;
import nl.vangnet.platform.Formats;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Follow-up's part of a dossier's timeline: tracks started, concluded and finished, the conversations of an
 * investigation, the monitoring contacts, restraining orders and their extensions, AWARE's steps and crisis
 * interventions.
 */
@Component
class FollowUpOnTimeline implements TimelineSources {

    private final JdbcClient jdbc;
    private final Formats fmt;

    FollowUpOnTimeline(JdbcClient jdbc, Formats fmt) {
        this.jdbc = jdbc;
        this.fmt = fmt;
    }

    @Override
    public List<Entry> timelineOf(UUID dossierId) {
        List<Entry> entries = new ArrayList<>();
        String base = "/dossiers/" + dossierId;
        jdbc.sql("SELECT kind, started_on, concluded_on, finished_on, findings FROM follow_up_track WHERE dossier_id = :d")
                .param("d", dossierId).query((rs, n) -> {
                    String kind = rs.getString("kind");
                    List<String> args = List.of(kind);
                    entries.add(Entry.on(rs.getObject("started_on", LocalDate.class), Kind.TRACK,
                            "timeline.track.started." + kind, args, List.of(), base + "/vervolg", null));
                    LocalDate concluded = rs.getObject("concluded_on", LocalDate.class);
                    if (concluded != null) {
                        entries.add(Entry.on(concluded, Kind.TRACK, "timeline.track.concluded", args, List.of(),
                                base + "/vervolg", rs.getString("findings")));
                    }
                    LocalDate finished = rs.getObject("finished_on", LocalDate.class);
                    if (finished != null) {
                        entries.add(Entry.on(finished, Kind.TRACK, "timeline.track.finished." + kind, args, List.of(),
                                base + "/vervolg", null));
                    }
                    return kind;
                }).list();
        conversations(dossierId, base, entries);
        jdbc.sql("""
                SELECT c.months, c.held_on, c.notes FROM monitoring_contact c JOIN follow_up_track t ON t.id = c.track_id
                WHERE t.dossier_id = :d AND c.held_on IS NOT NULL""")
                .param("d", dossierId).query((rs, n) -> entries.add(Entry.on(rs.getObject("held_on", LocalDate.class),
                        Kind.MONITORING, "timeline.monitoring.held", List.of(String.valueOf(rs.getInt("months"))),
                        List.of(), base + "/vervolg", rs.getString("notes")))).list();
        restrainingOrders(dossierId, base, entries);
        aware(dossierId, base, entries);
        jdbc.sql("SELECT acted_at, mode, what_happened FROM crisis_intervention WHERE dossier_id = :d")
                .param("d", dossierId).query((rs, n) -> entries.add(Entry.of(rs.getTimestamp("acted_at").toInstant(),
                        Kind.CRISIS_INTERVENTION, "timeline.crisis." + rs.getString("mode"), List.of(), List.of(),
                        base + "/crisisinterventies", rs.getString("what_happened")))).list();
        return entries;
    }

    private void conversations(UUID dossierId, String base, List<Entry> entries) {
        jdbc.sql("""
                SELECT c.person_id, c.name, c.role, c.planned_on, c.held_on, c.summary, c.cancelled_on, c.cancelled_reason
                FROM investigation_conversation c JOIN follow_up_track t ON t.id = c.track_id WHERE t.dossier_id = :d""")
                .param("d", dossierId).query((rs, n) -> {
                    UUID person = rs.getObject("person_id", UUID.class);
                    List<UUID> persons = person == null ? List.of() : List.of(person);
                    List<String> args = List.of(person == null ? rs.getString("name") : "", rs.getString("role"));
                    LocalDate held = rs.getObject("held_on", LocalDate.class);
                    LocalDate cancelled = rs.getObject("cancelled_on", LocalDate.class);
                    String key = (person == null ? "timeline.conversation.professional." : "timeline.conversation.person.")
                            + (held != null ? "held" : cancelled != null ? "cancelled" : "planned");
                    LocalDate on = held != null ? held : cancelled != null ? cancelled : rs.getObject("planned_on", LocalDate.class);
                    return entries.add(Entry.on(on, Kind.CONVERSATION, key, args, persons, base + "/vervolg",
                            cancelled != null ? rs.getString("cancelled_reason") : rs.getString("summary")));
                }).list();
    }

    private void restrainingOrders(UUID dossierId, String base, List<Entry> entries) {
        jdbc.sql("""
                SELECT id, starts_at, ends_at, ordered_out_person_id, protected_person_ids FROM restraining_order
                WHERE dossier_id = :d""")
                .param("d", dossierId).query((rs, n) -> entries.add(Entry.of(rs.getTimestamp("starts_at").toInstant(),
                        Kind.RESTRAINING_ORDER, "timeline.restrainingOrder.started",
                        List.of(fmt.dateTime(rs.getTimestamp("ends_at").toInstant())), orderPersons(rs),
                        base + "/huisverbod", null))).list();
        jdbc.sql("""
                SELECT e.decided_at, e.new_ends_at, o.ordered_out_person_id, o.protected_person_ids
                FROM restraining_order_extension e JOIN restraining_order o ON o.id = e.order_id WHERE o.dossier_id = :d""")
                .param("d", dossierId).query((rs, n) -> entries.add(Entry.of(rs.getTimestamp("decided_at").toInstant(),
                        Kind.RESTRAINING_ORDER, "timeline.restrainingOrder.extended",
                        List.of(fmt.dateTime(rs.getTimestamp("new_ends_at").toInstant())), orderPersons(rs),
                        base + "/huisverbod", null))).list();
    }

    private static List<UUID> orderPersons(ResultSet rs) throws SQLException {
        return Stream.concat(Stream.of(rs.getObject("ordered_out_person_id", UUID.class)),
                Arrays.stream((UUID[]) rs.getArray("protected_person_ids").getArray())).distinct().toList();
    }

    private void aware(UUID dossierId, String base, List<Entry> entries) {
        jdbc.sql("""
                SELECT victim_id, perpetrator_id, applied_on, committee_on, approved, decision_reasons, device_issued_on,
                       device_returned_on, fear_description
                FROM aware_application WHERE dossier_id = :d""")
                .param("d", dossierId).query((rs, n) -> {
                    List<UUID> persons = List.of(rs.getObject("victim_id", UUID.class), rs.getObject("perpetrator_id", UUID.class));
                    String href = base + "/aware";
                    entries.add(Entry.on(rs.getObject("applied_on", LocalDate.class), Kind.AWARE, "timeline.aware.applied",
                            List.of(), persons, href, rs.getString("fear_description")));
                    LocalDate committee = rs.getObject("committee_on", LocalDate.class);
                    if (committee != null && rs.getObject("approved") != null) {
                        entries.add(Entry.on(committee, Kind.AWARE, rs.getBoolean("approved")
                                ? "timeline.aware.approved" : "timeline.aware.refused", List.of(), persons, href,
                                rs.getString("decision_reasons")));
                    }
                    addOn(entries, rs.getObject("device_issued_on", LocalDate.class), "timeline.aware.issued", persons, href);
                    addOn(entries, rs.getObject("device_returned_on", LocalDate.class), "timeline.aware.returned", persons, href);
                    return persons;
                }).list();
    }

    private static void addOn(List<Entry> entries, LocalDate day, String key, List<UUID> persons, String href) {
        if (day != null) {
            entries.add(Entry.on(day, Kind.AWARE, key, List.of(), persons, href, null));
        }
    }
}
