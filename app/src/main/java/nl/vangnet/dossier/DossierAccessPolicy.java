package nl.vangnet.dossier;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import nl.vangnet.staff.Role;
import nl.vangnet.staff.StaffKind;
import nl.vangnet.staff.StaffPrincipal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Need to know, decided in one place for every read and write of a dossier. A dossier can be opened by:
 * <ol>
 * <li>the workers assigned to it;</li>
 * <li>their named substitutes, during the substitution period;</li>
 * <li>the teamleider of its team;</li>
 * <li>staff consulted on it (gedragswetenschapper, jurist, vertrouwensarts) while the consultation is open;</li>
 * <li>secretariaat of its team, for administrative tasks, without free-text content;</li>
 * <li>anyone with a valid emergency access grant for it (8 hours, reason, second factor, reviewed).</li>
 * </ol>
 * Everyone else sees only what the radar shows. Service accounts never open a dossier.
 */
@Component
class DossierAccessPolicy {

    private final JdbcClient jdbc;
    private final Clock clock;

    DossierAccessPolicy(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The role under which the staff member may open the dossier, if any. */
    Optional<Role> roleFor(StaffPrincipal who, UUID dossierId) {
        return accessFor(who, dossierId).map(DossierAccess::role);
    }

    Optional<DossierAccess> accessFor(StaffPrincipal who, UUID dossierId) {
        if (who.kind() != StaffKind.PERSON) {
            return Optional.empty();
        }
        Optional<UUID> team = jdbc.sql("SELECT team_id FROM dossier WHERE id = :d").param("d", dossierId)
                .query(UUID.class).optional();
        if (team.isEmpty()) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), nl.vangnet.platform.DutchTime.ZONE);
        Optional<Role> worker = first(who, Role.CASE_WORKER, Role.CRISIS_WORKER);
        if (assigned(dossierId, who.id())) {
            if (worker.isPresent()) {
                return Optional.of(new DossierAccess(worker.get(), DossierAccess.Basis.ASSIGNED, null, null));
            }
            if (who.has(Role.SECRETARIAT)) {
                return Optional.of(new DossierAccess(Role.SECRETARIAT, DossierAccess.Basis.ADMINISTRATIVE, null, null));
            }
        }
        if (worker.isPresent() && jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM substitute s JOIN dossier_assignment a ON a.user_id = s.worker_id
                               WHERE a.dossier_id = :d AND s.substitute_id = :u AND :today BETWEEN s.valid_from AND s.valid_to)""")
                .param("d", dossierId).param("u", who.id()).param("today", today).query(Boolean.class).single()) {
            return Optional.of(new DossierAccess(worker.get(), DossierAccess.Basis.SUBSTITUTE, null, null));
        }
        if (who.has(Role.TEAM_LEADER) && who.teamIds().contains(team.get())) {
            return Optional.of(new DossierAccess(Role.TEAM_LEADER, DossierAccess.Basis.TEAM_LEADER, null, null));
        }
        Optional<Role> consulted = jdbc.sql("""
                SELECT role FROM consultation WHERE dossier_id = :d AND consultant_id = :u AND closed_at IS NULL LIMIT 1""")
                .param("d", dossierId).param("u", who.id()).query(String.class).optional().map(Role::valueOf)
                .filter(who::has);
        if (consulted.isPresent()) {
            return Optional.of(new DossierAccess(consulted.get(), DossierAccess.Basis.CONSULTED, null, null));
        }
        if (who.has(Role.SECRETARIAT) && who.teamIds().contains(team.get())) {
            return Optional.of(new DossierAccess(Role.SECRETARIAT, DossierAccess.Basis.ADMINISTRATIVE, null, null));
        }
        return jdbc.sql("""
                SELECT id, reason FROM emergency_access
                WHERE dossier_id = :d AND user_id = :u AND granted_at <= :now AND expires_at > :now
                ORDER BY granted_at DESC LIMIT 1""")
                .param("d", dossierId).param("u", who.id()).param("now", Timestamp.from(clock.instant()))
                .query((rs, n) -> new DossierAccess(who.sortedRoles().getFirst(), DossierAccess.Basis.EMERGENCY,
                        rs.getObject("id", UUID.class), rs.getString("reason")))
                .optional();
    }

    /**
     * Which of these dossiers the staff member may open, in one query (for lists such as the radar's hits); the same
     * rules as {@link #accessFor}.
     */
    java.util.Set<UUID> openable(StaffPrincipal who, java.util.Collection<UUID> dossierIds) {
        if (who.kind() != StaffKind.PERSON || dossierIds.isEmpty()) {
            return java.util.Set.of();
        }
        boolean worker = who.has(Role.CASE_WORKER) || who.has(Role.CRISIS_WORKER);
        return new java.util.HashSet<>(jdbc.sql("""
                SELECT d.id FROM dossier d WHERE d.id IN (:ids) AND (
                    (EXISTS (SELECT 1 FROM dossier_assignment a WHERE a.dossier_id = d.id AND a.user_id = :u) AND (:worker OR :secretariat))
                 OR (:worker AND EXISTS (SELECT 1 FROM substitute s JOIN dossier_assignment a ON a.user_id = s.worker_id
                        WHERE a.dossier_id = d.id AND s.substitute_id = :u AND :today BETWEEN s.valid_from AND s.valid_to))
                 OR (:leader AND d.team_id IN (:teams))
                 OR EXISTS (SELECT 1 FROM consultation c WHERE c.dossier_id = d.id AND c.consultant_id = :u AND c.closed_at IS NULL
                        AND c.role IN (:roles))
                 OR (:secretariat AND d.team_id IN (:teams))
                 OR EXISTS (SELECT 1 FROM emergency_access e WHERE e.dossier_id = d.id AND e.user_id = :u
                        AND e.granted_at <= :now AND e.expires_at > :now))""")
                .param("ids", dossierIds).param("u", who.id()).param("worker", worker)
                .param("secretariat", who.has(Role.SECRETARIAT)).param("leader", who.has(Role.TEAM_LEADER))
                .param("teams", who.teamIdsOrNone())
                .param("roles", who.roles().stream().map(Role::name).toList())
                .param("today", LocalDate.ofInstant(clock.instant(), nl.vangnet.platform.DutchTime.ZONE))
                .param("now", Timestamp.from(clock.instant()))
                .query(UUID.class).list());
    }

    boolean assigned(UUID dossierId, UUID userId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM dossier_assignment WHERE dossier_id = :d AND user_id = :u)")
                .param("d", dossierId).param("u", userId).query(Boolean.class).single();
    }

    private static Optional<Role> first(StaffPrincipal who, Role... roles) {
        for (Role r : roles) {
            if (who.has(r)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
