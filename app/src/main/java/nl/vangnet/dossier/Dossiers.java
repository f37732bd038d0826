package nl.vangnet.dossier;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.vangnet.accesslog.AccessAction;
import nl.vangnet.accesslog.AccessLog;
import nl.vangnet.accesslog.DossierTeams;
import nl.vangnet.platform.NotFoundException;
import nl.vangnet.staff.CurrentStaff;
import nl.vangnet.staff.Role;
import nl.vangnet.staff.StaffPrincipal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opening and listing dossiers: every call is authorised and logged. */
@Service
public class Dossiers implements DossierTeams {

    private static final String SUMMARY = """
            SELECT d.id, d.reference, d.status, d.opened_on, t.name AS team_name,
                   (SELECT count(DISTINCT p.person_id) FROM dossier_person p WHERE p.dossier_id = d.id) AS persons
            FROM dossier d JOIN team t ON t.id = d.team_id
            """;

    private final JdbcClient jdbc;
    private final DossierAccessPolicy policy;
    private final AccessLog accessLog;
    private final java.time.Clock clock;

    Dossiers(JdbcClient jdbc, DossierAccessPolicy policy, AccessLog accessLog, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /** Opens a dossier for the current staff member, or refuses (logged) when they have no need to know. */
    @Transactional
    public DossierView open(UUID id) {
        StaffPrincipal me = CurrentStaff.get();
        Optional<Role> role = policy.roleFor(me, id);
        if (role.isEmpty()) {
            boolean exists = jdbc.sql("SELECT EXISTS (SELECT 1 FROM dossier WHERE id = :id)").param("id", id)
                    .query(Boolean.class).single();
            accessLog.denied(AccessAction.READ, exists ? Set.of(id) : Set.of(), Set.of(), null);
            throw new AccessDeniedException("dossier");
        }
        DossierView view = jdbc.sql("""
                SELECT d.id, d.reference, d.status, d.opened_on, d.closed_on, d.team_id, t.name AS team_name
                FROM dossier d JOIN team t ON t.id = d.team_id WHERE d.id = :id""")
                .param("id", id)
                .query((rs, n) -> new DossierView(rs.getObject("id", UUID.class), rs.getString("reference"),
                        DossierStatus.valueOf(rs.getString("status")), rs.getObject("opened_on", LocalDate.class),
                        rs.getObject("closed_on", LocalDate.class), rs.getObject("team_id", UUID.class),
                        rs.getString("team_name"), persons(id), workers(id)))
                .optional().orElseThrow(() -> new NotFoundException("Dit dossier bestaat niet."));
        accessLog.allowed(AccessAction.READ, role.get(), Set.of(id),
                view.persons().stream().map(DossierView.InvolvedPerson::personId).toList(), null);
        return view;
    }

    /** The open dossiers assigned to the current staff member (their work list). */
    @Transactional
    public List<DossierSummary> assignedToMe() {
        StaffPrincipal me = CurrentStaff.get();
        List<DossierSummary> list = jdbc.sql(SUMMARY + """
                WHERE d.status = 'OPEN' AND EXISTS (SELECT 1 FROM dossier_assignment a WHERE a.dossier_id = d.id AND a.user_id = :u)
                ORDER BY d.opened_on, d.reference""")
                .param("u", me.id()).query(Dossiers::summary).list();
        logList(list, me.has(Role.CASE_WORKER) ? Role.CASE_WORKER : null);
        return list;
    }

    /** Every dossier the current staff member may open: assigned ones, and for a teamleider the team's. */
    @Transactional
    public List<DossierSummary> accessible() {
        StaffPrincipal me = CurrentStaff.get();
        List<DossierSummary> list = jdbc.sql(SUMMARY + """
                WHERE EXISTS (SELECT 1 FROM dossier_assignment a WHERE a.dossier_id = d.id AND a.user_id = :u)
                   OR (:leader AND d.team_id IN (:teams))
                ORDER BY d.status DESC, d.opened_on DESC, d.reference LIMIT 500""")
                .param("u", me.id()).param("leader", me.has(Role.TEAM_LEADER))
                .param("teams", me.teamIds().isEmpty() ? Set.of(new UUID(0, 0)) : me.teamIds())
                .query(Dossiers::summary).list();
        logList(list, null);
        return list;
    }

    /** The id of the dossier with this reference, when the current staff member may open it (else empty, logged). */
    @Transactional
    public Optional<UUID> findByReference(String reference) {
        String ref = reference == null ? "" : reference.strip().toUpperCase(java.util.Locale.ROOT);
        Optional<UUID> id = jdbc.sql("SELECT id FROM dossier WHERE reference = :r").param("r", ref)
                .query(UUID.class).optional();
        StaffPrincipal me = CurrentStaff.get();
        if (id.isPresent() && policy.roleFor(me, id.get()).isEmpty()) {
            accessLog.denied(AccessAction.SEARCH, Set.of(id.get()), Set.of(), null);
            return Optional.empty();
        }
        accessLog.allowed(AccessAction.SEARCH, null, id.map(Set::of).orElse(Set.of()), Set.of(), null);
        return id;
    }

    /** Registers a household's dossier with its persons and assigned workers; logged as a creation. */
    @Transactional
    public UUID register(NewDossier dossier) {
        UUID id = UUID.randomUUID();
        long number = jdbc.sql("SELECT nextval('dossier_reference_seq')").query(Long.class).single();
        String reference = "VT-%d-%06d".formatted(dossier.openedOn().getYear(), number);
        java.sql.Timestamp now = java.sql.Timestamp.from(clock.instant());
        jdbc.sql("""
                INSERT INTO dossier (id, reference, team_id, status, opened_on, created_at, updated_at)
                VALUES (:id, :ref, :team, 'OPEN', :opened, :now, :now)""")
                .param("id", id).param("ref", reference).param("team", dossier.teamId())
                .param("opened", dossier.openedOn()).param("now", now).update();
        List<UUID> personIds = new java.util.ArrayList<>();
        for (NewDossier.NewPerson p : dossier.persons()) {
            UUID personId = UUID.randomUUID();
            personIds.add(personId);
            jdbc.sql("""
                    INSERT INTO person (id, bsn, surname, surname_prefix, given_names, date_of_birth, gender, created_at)
                    VALUES (:id, :bsn, :surname, :prefix, :given, :dob, :gender, :now)""")
                    .param("id", personId).param("bsn", p.bsn()).param("surname", p.surname())
                    .param("prefix", p.surnamePrefix()).param("given", p.givenNames()).param("dob", p.dateOfBirth())
                    .param("gender", p.gender()).param("now", now).update();
            jdbc.sql("INSERT INTO dossier_person (dossier_id, person_id, role) VALUES (:d, :p, :r)")
                    .param("d", id).param("p", personId).param("r", p.role().name()).update();
        }
        for (UUID worker : dossier.assignedWorkers()) {
            jdbc.sql("INSERT INTO dossier_assignment (dossier_id, user_id, assigned_at) VALUES (:d, :u, :now)")
                    .param("d", id).param("u", worker).param("now", now).update();
        }
        accessLog.allowed(AccessAction.CREATE, null, Set.of(id), personIds, null);
        return id;
    }

    @Override
    public Optional<UUID> teamOf(UUID dossierId) {
        return jdbc.sql("SELECT team_id FROM dossier WHERE id = :id").param("id", dossierId).query(UUID.class).optional();
    }

    private void logList(List<DossierSummary> list, Role role) {
        if (!list.isEmpty()) {
            accessLog.allowed(AccessAction.LIST, role, list.stream().map(DossierSummary::id).toList(), Set.of(), null);
        }
    }

    private List<DossierView.InvolvedPerson> persons(UUID dossierId) {
        return jdbc.sql("""
                SELECT p.id, dp.role, p.surname, p.surname_prefix, p.given_names, p.date_of_birth, p.bsn
                FROM dossier_person dp JOIN person p ON p.id = dp.person_id
                WHERE dp.dossier_id = :d ORDER BY p.date_of_birth NULLS LAST, p.surname""")
                .param("d", dossierId)
                .query((rs, n) -> new DossierView.InvolvedPerson(rs.getObject("id", UUID.class),
                        PersonRole.valueOf(rs.getString("role")), rs.getString("surname"), rs.getString("surname_prefix"),
                        rs.getString("given_names"), rs.getObject("date_of_birth", LocalDate.class), rs.getString("bsn")))
                .list();
    }

    private List<String> workers(UUID dossierId) {
        return jdbc.sql("""
                SELECT u.display_name FROM dossier_assignment a JOIN staff_user u ON u.id = a.user_id
                WHERE a.dossier_id = :d ORDER BY u.display_name""")
                .param("d", dossierId).query(String.class).list();
    }

    private static DossierSummary summary(ResultSet rs, int n) throws SQLException {
        return new DossierSummary(rs.getObject("id", UUID.class), rs.getString("reference"),
                DossierStatus.valueOf(rs.getString("status")), rs.getObject("opened_on", LocalDate.class),
                rs.getString("team_name"), rs.getInt("persons"));
    }
}
