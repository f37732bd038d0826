package nl.vangnet.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.vangnet.person.RadarHit;
import nl.vangnet.person.RadarSources;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Advice requests in which a person was named, for the radar (kind ADVICE_REQUEST, no content). */
@Component
class AdviceRequestsOnRadar implements RadarSources {

    private final JdbcClient jdbc;

    AdviceRequestsOnRadar(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<UUID, List<RadarHit.Involvement>> involvementsOf(Set<UUID> personIds) {
        Map<UUID, List<RadarHit.Involvement>> result = new HashMap<>();
        if (personIds.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                SELECT ap.person_id, a.reference, a.received_at, t.name AS team, ap.role
                FROM advice_request_person ap JOIN advice_request a ON a.id = ap.advice_request_id
                JOIN team_name t ON t.id = a.team_id WHERE ap.person_id IN (:ids)""")
                .param("ids", personIds)
                .query((rs, n) -> result.computeIfAbsent(rs.getObject("person_id", UUID.class), k -> new ArrayList<>())
                        .add(new RadarHit.Involvement(null, rs.getString("reference"), "ADVICE_REQUEST", "ADVICE",
                                LocalDate.ofInstant(rs.getTimestamp("received_at").toInstant(), AssessmentDeadline.NL),
                                null, rs.getString("team"), rs.getString("role"), false)))
                .list();
        return result;
    }
}
