package nl.vangnet.dossier;

import java.util.Optional;
import java.util.UUID;
import nl.vangnet.staff.Role;
import nl.vangnet.staff.StaffPrincipal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Need to know: who may open a dossier, and in which role. For now: the workers assigned to it, and the teamleider
 * of its team. Everyone else is refused (and the refusal is logged).
 */
@Component
class DossierAccessPolicy {

    private final JdbcClient jdbc;

    DossierAccessPolicy(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The role under which the staff member may open the dossier, if any. */
    Optional<Role> roleFor(StaffPrincipal who, UUID dossierId) {
        if (who.kind() != nl.vangnet.staff.StaffKind.PERSON) {
            return Optional.empty();
        }
        var facts = jdbc.sql("""
                SELECT d.team_id,
                       EXISTS (SELECT 1 FROM dossier_assignment a WHERE a.dossier_id = d.id AND a.user_id = :u) AS assigned
                FROM dossier d WHERE d.id = :d""")
                .param("u", who.id()).param("d", dossierId)
                .query((rs, n) -> new Object[] {rs.getObject("team_id", UUID.class), rs.getBoolean("assigned")})
                .optional();
        if (facts.isEmpty()) {
            return Optional.empty();
        }
        UUID team = (UUID) facts.get()[0];
        boolean assigned = (boolean) facts.get()[1];
        if (assigned) {
            for (Role r : new Role[] {Role.CASE_WORKER, Role.CRISIS_WORKER}) {
                if (who.has(r)) {
                    return Optional.of(r);
                }
            }
        }
        if (who.has(Role.TEAM_LEADER) && who.teamIds().contains(team)) {
            return Optional.of(Role.TEAM_LEADER);
        }
        return Optional.empty();
    }
}
