package nl.vangnet.dossier;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.vangnet.person.RadarHit;
import nl.vangnet.person.RadarSources;
import nl.vangnet.staff.CurrentStaff;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The dossiers a person is in, for the radar (kind DOSSIER, newest first): reference, dates, status, team and role,
 * never the content; {@code mayOpen} by the one need-to-know rule. Shown before every other source.
 */
@Component
@Order(0)
class DossiersOnRadar implements RadarSources {

    private final JdbcClient jdbc;
    private final DossierAccessPolicy policy;

    DossiersOnRadar(JdbcClient jdbc, DossierAccessPolicy policy) {
        this.jdbc = jdbc;
        this.policy = policy;
    }

    @Override
    public Map<UUID, List<RadarHit.Involvement>> involvementsOf(Set<UUID> personIds) {
        Map<UUID, List<RadarHit.Involvement>> result = new HashMap<>();
        if (personIds.isEmpty()) {
            return result;
        }
        record Row(UUID person, UUID dossier, String reference, String status, LocalDate opened, LocalDate closed,
                String team, String role) {
        }
        List<Row> rows = jdbc.sql("""
                SELECT dp.person_id, d.id, d.reference, d.status, d.opened_on, d.closed_on, t.name AS team, dp.role
                FROM dossier_person dp JOIN dossier d ON d.id = dp.dossier_id JOIN team_name t ON t.id = d.team_id
                WHERE dp.person_id IN (:ids) ORDER BY d.opened_on DESC""")
                .param("ids", personIds)
                .query((rs, n) -> new Row(rs.getObject("person_id", UUID.class), rs.getObject("id", UUID.class),
                        rs.getString("reference"), rs.getString("status"), rs.getObject("opened_on", LocalDate.class),
                        rs.getObject("closed_on", LocalDate.class), rs.getString("team"), rs.getString("role")))
                .list();
        Set<UUID> openable = policy.openable(CurrentStaff.get(), rows.stream().map(Row::dossier).collect(Collectors.toSet()));
        for (Row r : rows) {
            result.computeIfAbsent(r.person(), k -> new ArrayList<>()).add(new RadarHit.Involvement(r.dossier(),
                    r.reference(), "DOSSIER", r.status(), r.opened(), r.closed(), r.team(), r.role(),
                    openable.contains(r.dossier())));
        }
        return result;
    }
}
