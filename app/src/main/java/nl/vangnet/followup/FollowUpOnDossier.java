package nl.vangnet.followup;

import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import nl.vangnet.calendar.Deadline;
import nl.vangnet.dossier.DossierTracks;
import nl.vangnet.dossier.OpenWork;
import nl.vangnet.platform.DutchTime;
import nl.vangnet.platform.Formats;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The follow-up shown with a dossier (its tracks, restraining orders and AWARE applications with their dates) and
 * what of it keeps the dossier from closing.
 */
@Component
class FollowUpOnDossier implements DossierTracks, OpenWork {

    private final JdbcClient jdbc;
    private final Clock clock;

    FollowUpOnDossier(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<Track> tracksOf(UUID dossierId) {
        List<Track> tracks = new ArrayList<>(jdbc.sql("""
                        SELECT t.id, t.kind, t.status, t.started_on, t.due_on, t.finished_on,
                               coalesce(array_agg(c.due_on ORDER BY c.due_on) FILTER (WHERE c.id IS NOT NULL AND c.held_on IS NULL), '{}') AS contacts_due
                        FROM follow_up_track t LEFT JOIN monitoring_contact c ON c.track_id = t.id
                        WHERE t.dossier_id = :d GROUP BY t.id""")
                .param("d", dossierId)
                .query((rs, n) -> new Track(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class),
                        Arrays.stream((Object[]) rs.getArray(7).getArray())
                                .map(d -> ((Date) d).toLocalDate()).toList(), null))
                .list());
        tracks.addAll(jdbc.sql("SELECT id, starts_at, ends_at FROM restraining_order WHERE dossier_id = :d").param("d", dossierId)
                .query((rs, n) -> {
                    Instant end = rs.getTimestamp(3).toInstant();
                    RestrainingOrderState state = RestrainingOrderState.of(Deadline.of(RestrainingOrders.END,
                            LocalDate.ofInstant(rs.getTimestamp(2).toInstant(), DutchTime.ZONE), Deadline.Due.at(end)).reached(clock));
                    boolean ended = state == RestrainingOrderState.ENDED;
                    LocalDate endDate = LocalDate.ofInstant(end, DutchTime.ZONE);
                    return new Track(rs.getObject(1, UUID.class), "RESTRAINING_ORDER", state.name(),
                            LocalDate.ofInstant(rs.getTimestamp(2).toInstant(), DutchTime.ZONE), endDate, ended ? endDate : null,
                            List.of(), end);
                }).list());
        tracks.addAll(jdbc.sql("""
                        SELECT id, applied_on, committee_on, approved, device_issued_on, device_returned_on, review_on
                        FROM aware_application WHERE dossier_id = :d""")
                .param("d", dossierId)
                .query((rs, n) -> {
                    String status = awareStatus(AwareState.of((Boolean) rs.getObject(4), rs.getObject(5) != null,
                            rs.getObject(6) != null));
                    LocalDate finished = switch (status) {
                        case "REJECTED" -> rs.getObject(3, LocalDate.class);
                        case "DEVICE_RETURNED" -> rs.getObject(6, LocalDate.class);
                        default -> null;
                    };
                    return new Track(rs.getObject(1, UUID.class), "AWARE", status, rs.getObject(2, LocalDate.class),
                            rs.getObject(7, LocalDate.class), finished, List.of(), null);
                }).list());
        return tracks;
    }

    /** An AWARE application's state as the dossier's track list names it ({@code track.status.AWARE.<status>}). */
    static String awareStatus(AwareState state) {
        return switch (state) {
            case APPLIED, APPROVED -> state.name();
            case REFUSED -> "REJECTED";
            case ISSUED -> "DEVICE_ISSUED";
            case RETURNED -> "DEVICE_RETURNED";
        };
    }

    @Override
    public List<String> openWorkIn(UUID dossierId) {
        List<String> open = new ArrayList<>();
        for (Track t : tracksOf(dossierId)) {
            if (!t.open()) {
                continue;
            }
            switch (t.kind()) {
                case "RESTRAINING_ORDER" -> open.add("het tijdelijk huisverbod loopt nog");
                case "AWARE" -> open.add("de AWARE-aanvraag of het AWARE-apparaat loopt nog");
                case "CONDITIONS_AND_FOLLOW_UP" -> open.add(t.contactsDue().isEmpty()
                        ? "het traject voorwaarden en vervolg wacht op het overdrachtsgesprek"
                        : "de monitoring loopt nog (contact na 12 maanden uiterlijk "
                                + new Formats().date(t.contactsDue().getLast()) + ")");
                default -> open.add(TrackStateMachine.describe(TrackKind.valueOf(t.kind())) + " loopt nog");
            }
        }
        long crises = jdbc.sql("SELECT count(*) FROM crisis_intervention WHERE dossier_id = :d AND follow_up_done_at IS NULL")
                .param("d", dossierId).query(Long.class).single();
        if (crises > 0) {
            open.add("een crisisinterventie wacht op opvolging");
        }
        return open;
    }
}
