package nl.vangnet.followup;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import nl.vangnet.calendar.Deadline;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * How many investigations finish within their 10 weeks: concluded (or stopped early) on or before the due date, over
 * the investigations concluded in a period, against the sector norm of 80%.
 */
@Service
public class InvestigationDeadlines {

    public static final double SECTOR_NORM = 0.80;
    /** Veilig Thuis's own investigation: 10 weeks from the decision (Atw end rule), met when concluded by then. */
    public static final Deadline.Kind INVESTIGATION = new Deadline.Kind("INVESTIGATION",
            "Handelingsprotocol Veilig Thuis: onderzoek binnen 10 weken na het besluit", false);
    /** The monitoring contacts 3 and 12 months after the handover meeting (Wmo 2015: monitoring is a legal task). */
    public static final Deadline.Kind MONITORING_CONTACT = new Deadline.Kind("MONITORING_CONTACT",
            "Handelingsprotocol Veilig Thuis: monitoring na overdracht, contact 3 en 12 maanden na het overdrachtsgesprek", false);

    private final JdbcClient jdbc;

    InvestigationDeadlines(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An investigation's period: decided on {@code startedOn}, due on {@code dueOn}, concluded on {@code concludedOn}. */
    public static Deadline investigation(LocalDate startedOn, LocalDate dueOn, LocalDate concludedOn) {
        return Deadline.of(INVESTIGATION, startedOn, Deadline.Due.on(dueOn)).doneOn(concludedOn);
    }

    /**
     * Concluded in time (the period met: {@link #investigation}'s rule, counted in SQL) / all concluded in the {@code days} ending {@code today}; null share when none concluded. */
    public record Share(int days, long concluded, long inTime, Double share, double norm) {
        public boolean meetsNorm() {
            return share != null && share >= norm;
        }
    }

    /** Figures only (no dossier is opened); the caller decides who may see them. */
    public Share share(Set<UUID> teams, LocalDate today, int days) {
        long[] row = jdbc.sql("""
                SELECT count(*), count(*) FILTER (WHERE t.concluded_on <= t.due_on)
                FROM follow_up_track t JOIN dossier_ref d ON d.id = t.dossier_id
                WHERE t.kind = 'INVESTIGATION' AND d.team_id IN (:teams) AND t.concluded_on > :from AND t.concluded_on <= :today""")
                .param("teams", teams).param("from", today.minusDays(days)).param("today", today)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
        return new Share(days, row[0], row[1], row[0] == 0 ? null : (double) row[1] / row[0], SECTOR_NORM);
    }
}
