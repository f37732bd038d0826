package nl.vangnet.dossier;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.vangnet.platform.DutchTime;
import nl.vangnet.staff.Role;
import nl.vangnet.staff.StaffKind;
import nl.vangnet.staff.StaffPrincipal;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Need to know, decided in one place for every read and write of a dossier. A dossier can be opened by:
 * <ol>
 * <li>the case or crisis workers assigned to it;</li>
 * <li>their named substitutes, during the substitution period;</li>
 * <li>the teamleider of its team;</li>
 * <li>staff consulted on it (gedragswetenschapper, jurist, vertrouwensarts) while the consultation is open;</li>
 * <li>secretariaat of its team, for administrative tasks, without free-text content;</li>
 * <li>staff who do case work with a valid emergency access grant for it (8 hours, reason, second factor, reviewed).</li>
 * <li>an external party (researcher, accountant, inspectorate, ombudsman) for whom the FG selected it, while both the
 * selection and the external account are within their time box: read-only ({@link ExternalSelections}).</li>
 * </ol>
 * Everyone else sees only what the radar shows. Service accounts never open a dossier. The rule exists once, as the
 * SQL expression {@link #BASIS}: the check of one dossier, the batch check for lists and the list of accessible
 * dossiers all evaluate it, with "today" and "now" from the injected clock.
 */
@Component
class DossierAccessPolicy {

    /** The roles that do case work and so may break the glass (never applicatiebeheer, secretariaat, FG, services). */
    static final Set<Role> EMERGENCY_ROLES = Set.of(Role.CASE_WORKER, Role.CRISIS_WORKER, Role.BEHAVIOURAL_SCIENTIST,
            Role.LEGAL_ADVISOR, Role.CONFIDENTIAL_DOCTOR, Role.TEAM_LEADER);

    /** The basis of the staff member's access to dossier {@code d}, or NULL: the one need-to-know rule. */
    static final String BASIS = """
            CASE
              WHEN NOT :person THEN NULL
              WHEN :worker AND EXISTS (SELECT 1 FROM dossier_assignment a WHERE a.dossier_id = d.id AND a.user_id = :u)
                THEN 'ASSIGNED'
              WHEN :worker AND EXISTS (SELECT 1 FROM substitute s JOIN dossier_assignment a ON a.user_id = s.worker_id
                        WHERE a.dossier_id = d.id AND s.substitute_id = :u AND :today BETWEEN s.valid_from AND s.valid_to)
                THEN 'SUBSTITUTE'
              WHEN :leader AND d.team_id IN (:teams) THEN 'TEAM_LEADER'
              WHEN EXISTS (SELECT 1 FROM consultation c WHERE c.dossier_id = d.id AND c.consultant_id = :u
                        AND c.closed_at IS NULL AND c.role IN (:roles))
                THEN 'CONSULTED'
              WHEN :secretariat AND d.team_id IN (:teams) THEN 'ADMINISTRATIVE'
              WHEN :emergency AND EXISTS (SELECT 1 FROM emergency_access e WHERE e.dossier_id = d.id AND e.user_id = :u
                        AND e.granted_at <= :now AND e.expires_at > :now)
                THEN 'EMERGENCY'
              WHEN :external AND EXISTS (SELECT 1 FROM external_selection s
                        JOIN external_selection_dossier sd ON sd.selection_id = s.id
                        JOIN external_account_window w ON w.user_id = s.user_id
                        WHERE sd.dossier_id = d.id AND s.user_id = :u AND s.ended_at IS NULL
                        AND :today BETWEEN s.valid_from AND s.valid_until AND :today BETWEEN w.valid_from AND w.valid_until)
                THEN 'EXTERNAL_SELECTION'
            END""";

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
        if (dossierId == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(accessTo(who, Set.of(dossierId)).get(dossierId));
    }

    /**
     * The FG's access to an existing dossier for handling a rights request of one of its persons (AVG; Wmo 2015 art.
     * 5.3.2-5.3.5): never through {@link #accessFor}, so no other read of the dossier lets the FG in, and never with
     * its content ({@link DossierAccess#freeText()} is false). Only staff members (not services) with the FG role.
     */
    Optional<DossierAccess> dataProtectionFor(StaffPrincipal who, UUID dossierId) {
        if (dossierId == null || who.kind() != StaffKind.PERSON || !who.has(Role.DATA_PROTECTION_OFFICER)) {
            return Optional.empty();
        }
        boolean exists = jdbc.sql("SELECT EXISTS (SELECT 1 FROM dossier WHERE id = :id)").param("id", dossierId)
                .query(Boolean.class).single();
        return exists ? Optional.of(new DossierAccess(Role.DATA_PROTECTION_OFFICER, DossierAccess.Basis.DATA_PROTECTION,
                null, null)) : Optional.empty();
    }

    /** Which of these dossiers the staff member may open, in one query (for lists such as the radar's hits). */
    Set<UUID> openable(StaffPrincipal who, Collection<UUID> dossierIds) {
        return accessTo(who, dossierIds).keySet();
    }

    /** The access to each of these dossiers that the staff member has (dossiers without access are left out). */
    Map<UUID, DossierAccess> accessTo(StaffPrincipal who, Collection<UUID> dossierIds) {
        if (who.kind() != StaffKind.PERSON || dossierIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, DossierAccess> result = new HashMap<>();
        bind(jdbc.sql("""
                SELECT * FROM (
                  SELECT d.id, %s AS basis,
                         (SELECT c.role FROM consultation c WHERE c.dossier_id = d.id AND c.consultant_id = :u
                             AND c.closed_at IS NULL AND c.role IN (:roles) ORDER BY c.started_at LIMIT 1) AS consulted_role,
                         g.id AS grant_id, g.reason AS grant_reason, xs.purpose AS selection_purpose
                  FROM dossier d
                  LEFT JOIN LATERAL (SELECT e.id, e.reason FROM emergency_access e WHERE e.dossier_id = d.id AND e.user_id = :u
                             AND e.granted_at <= :now AND e.expires_at > :now ORDER BY e.granted_at DESC LIMIT 1) g ON true
                  LEFT JOIN LATERAL (SELECT s.purpose FROM external_selection s
                             JOIN external_selection_dossier sd ON sd.selection_id = s.id
                             WHERE :external AND sd.dossier_id = d.id AND s.user_id = :u AND s.ended_at IS NULL
                             AND :today BETWEEN s.valid_from AND s.valid_until ORDER BY s.created_at LIMIT 1) xs ON true
                  WHERE d.id IN (:ids)) x
                WHERE basis IS NOT NULL""".formatted(BASIS)).param("ids", dossierIds), who)
                .query((RowCallbackHandler) rs -> result.put(rs.getObject("id", UUID.class), access(who, rs)));
        return result;
    }

    /** Binds the parameters of {@link #BASIS} for this staff member to a statement that uses it. */
    JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, StaffPrincipal who) {
        boolean worker = who.has(Role.CASE_WORKER) || who.has(Role.CRISIS_WORKER);
        List<String> consultantRoles = NeedToKnow.CONSULTANT_ROLES.stream().filter(who::has).map(Role::name).toList();
        return statement.param("person", who.kind() == StaffKind.PERSON).param("u", who.id()).param("worker", worker)
                .param("secretariat", who.has(Role.SECRETARIAT)).param("leader", who.has(Role.TEAM_LEADER))
                .param("emergency", EMERGENCY_ROLES.stream().anyMatch(who::has))
                .param("external", Role.EXTERNAL.stream().anyMatch(who::has))
                .param("teams", who.teamIdsOrNone())
                .param("roles", consultantRoles.isEmpty() ? List.of("-") : consultantRoles)
                .param("today", DutchTime.today(clock))
                .param("now", Timestamp.from(clock.instant()));
    }

    private static DossierAccess access(StaffPrincipal who, ResultSet rs) throws SQLException {
        DossierAccess.Basis basis = DossierAccess.Basis.valueOf(rs.getString("basis"));
        Role worker = who.has(Role.CASE_WORKER) ? Role.CASE_WORKER : Role.CRISIS_WORKER;
        return switch (basis) {
            case ASSIGNED, SUBSTITUTE -> new DossierAccess(worker, basis, null, null);
            case TEAM_LEADER -> new DossierAccess(Role.TEAM_LEADER, basis, null, null);
            case CONSULTED -> new DossierAccess(Role.valueOf(rs.getString("consulted_role")), basis, null, null);
            case ADMINISTRATIVE -> new DossierAccess(Role.SECRETARIAT, basis, null, null);
            case EMERGENCY -> new DossierAccess(EMERGENCY_ROLES.stream().filter(who::has).sorted().findFirst().orElseThrow(),
                    basis, rs.getObject("grant_id", UUID.class), rs.getString("grant_reason"));
            case EXTERNAL_SELECTION -> new DossierAccess(Role.EXTERNAL.stream().filter(who::has).sorted().findFirst().orElseThrow(),
                    basis, null, rs.getString("selection_purpose"));
            case REGISTRAR -> throw new IllegalStateException("A registrar's access is to one report, not a dossier");
            case DATA_PROTECTION -> throw new IllegalStateException("The FG's access is asked for explicitly");
        };
    }
}
