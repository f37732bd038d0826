package nl.vangnet.dossier;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import nl.vangnet.accesslog.AccessAction;
import nl.vangnet.accesslog.AccessLog;
import nl.vangnet.accesslog.DossierTeams;
import nl.vangnet.person.PersonRestrictions;
import nl.vangnet.person.PersonRole;
import nl.vangnet.person.Persons;
import nl.vangnet.platform.BusinessRuleException;
import nl.vangnet.platform.Checks;
import nl.vangnet.platform.DutchTime;
import nl.vangnet.platform.NotFoundException;
import nl.vangnet.platform.Text;
import nl.vangnet.staff.CurrentStaff;
import nl.vangnet.staff.Role;
import nl.vangnet.staff.StaffKind;
import nl.vangnet.staff.StaffPrincipal;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opening and listing dossiers: every call is authorised and logged. */
@Service
public class Dossiers implements DossierTeams {

    static final String SUMMARY = """
            SELECT d.id, d.reference, d.status, d.opened_on, t.name AS team_name,
                   (SELECT count(DISTINCT p.person_id) FROM dossier_person p WHERE p.dossier_id = d.id) AS persons
            FROM dossier d JOIN team_name t ON t.id = d.team_id
            """;

    private final JdbcClient jdbc;
    private final DossierAccessPolicy policy;
    private final AccessLog accessLog;
    private final Clock clock;
    private final ObjectProvider<DossierTracks> tracks;
    private final ObjectProvider<OpenWork> openWork;
    private final Persons persons;
    private final PersonRestrictions restrictions;

    Dossiers(JdbcClient jdbc, DossierAccessPolicy policy, AccessLog accessLog, Clock clock,
            ObjectProvider<DossierTracks> tracks, ObjectProvider<OpenWork> openWork, Persons persons, PersonRestrictions restrictions) {
        this.persons = persons;
        this.restrictions = restrictions;
        this.jdbc = jdbc;
        this.policy = policy;
        this.accessLog = accessLog;
        this.clock = clock;
        this.tracks = tracks;
        this.openWork = openWork;
    }

    /** Opens a dossier for the current staff member, or refuses (logged) when they have no need to know. */
    @Transactional
    public DossierView open(UUID id) {
        StaffPrincipal me = CurrentStaff.get();
        Optional<DossierAccess> access = policy.accessFor(me, id);
        if (access.isEmpty()) {
            boolean exists = jdbc.sql("SELECT EXISTS (SELECT 1 FROM dossier WHERE id = :id)").param("id", id)
                    .query(Boolean.class).single();
            accessLog.denied(AccessAction.READ, exists ? Set.of(id) : Set.of(), Set.of(), null);
            if (!exists) {
                throw new NotFoundException("Dit dossier bestaat niet (meer).");
            }
            throw new AccessDeniedException("dossier");
        }
        List<DossierTracks.Track> tracksOfDossier = tracks.stream().flatMap(t -> t.tracksOf(id).stream())
                .sorted(Comparator.comparing(DossierTracks.Track::startedOn)).toList();
        DossierView view = jdbc.sql("""
                SELECT d.id, d.reference, d.status, d.opened_on, d.closed_on, d.closed_reason, d.retention_until, d.team_id,
                       t.name AS team_name
                FROM dossier d JOIN team_name t ON t.id = d.team_id WHERE d.id = :id""")
                .param("id", id)
                .query((rs, n) -> DossierView.of(rs.getObject("id", UUID.class), rs.getString("reference"),
                        DossierStatus.valueOf(rs.getString("status")), rs.getObject("opened_on", LocalDate.class),
                        rs.getObject("closed_on", LocalDate.class), rs.getString("closed_reason"),
                        rs.getObject("retention_until", LocalDate.class), rs.getObject("team_id", UUID.class),
                        rs.getString("team_name"), persons(id), workers(id), tracksOfDossier))
                .optional().orElseThrow(() -> new NotFoundException("Dit dossier bestaat niet."));
        accessLog.allowed(AccessAction.READ, access.get().role(), Set.of(id),
                view.persons().stream().map(DossierView.InvolvedPerson::personId).toList(), access.get().logReason());
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

    /** Every dossier the current staff member may open, by the one need-to-know rule (at most 500, open first). */
    @Transactional
    public List<DossierSummary> accessible() {
        StaffPrincipal me = CurrentStaff.get();
        if (me.kind() != StaffKind.PERSON) {
            return List.of();
        }
        List<DossierSummary> list = policy.bind(jdbc.sql(SUMMARY + """
                WHERE (%s) IS NOT NULL
                ORDER BY d.status DESC, d.opened_on DESC, d.reference LIMIT 500""".formatted(DossierAccessPolicy.BASIS)), me)
                .query(Dossiers::summary).list();
        logList(list, null);
        return list;
    }

    /** The id of the dossier with this reference, when the current staff member may open it (else empty, logged). */
    @Transactional
    public Optional<UUID> findByReference(String reference) {
        String ref = reference == null ? "" : reference.strip().toUpperCase(Locale.ROOT);
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




    /** Whether, and on what basis, the current staff member may open the dossier. */
    public Optional<DossierAccess> access(UUID dossierId) {
        return policy.accessFor(CurrentStaff.get(), dossierId);
    }

    /**
     * The current staff member's access to the dossier for this action, when the policy gives it and {@code allowed}
     * accepts its basis; otherwise the refusal is logged and the action refused.
     */
    public DossierAccess requireAccess(UUID dossierId, AccessAction action, Predicate<DossierAccess> allowed) {
        return access(dossierId).filter(a -> !a.readOnly() || DossierAccess.READ_ACTIONS.contains(action))
                .filter(allowed).orElseGet(() -> {
            accessLog.denied(action, Set.of(dossierId), Set.of(), null);
            throw new AccessDeniedException("dossier");
        });
    }

    public DossierAccess requireAccess(UUID dossierId, AccessAction action) {
        return requireAccess(dossierId, action, a -> true);
    }

    /**
     * The FG's access to the dossier for a rights request about one of its persons (the one policy:
     * {@code DossierAccessPolicy.dataProtectionFor}): its reference and persons and the decision letter, no content.
     * Anyone else is refused, logged.
     */
    public DossierAccess requireDataProtection(UUID dossierId, AccessAction action) {
        return policy.dataProtectionFor(CurrentStaff.get(), dossierId).orElseGet(() -> {
            accessLog.denied(action, dossierId == null ? Set.of() : Set.of(dossierId), Set.of(), null);
            throw new AccessDeniedException("dossier");
        });
    }

    /** The dossiers this person is in, the most recently opened first (the caller checks the access to each). */
    public List<UUID> dossierIdsOfPerson(UUID personId) {
        return jdbc.sql("""
                SELECT d.id FROM dossier d WHERE EXISTS (SELECT 1 FROM dossier_person p WHERE p.dossier_id = d.id AND p.person_id = :p)
                ORDER BY d.opened_on DESC, d.reference DESC""").param("p", personId).query(UUID.class).list();
    }

    /** Whether the staff member is assigned to the dossier (for example to see who an anonymous reporter is). */
    public boolean isAssigned(UUID dossierId, UUID userId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM dossier_assignment WHERE dossier_id = :d AND user_id = :u)")
                .param("d", dossierId).param("u", userId).query(Boolean.class).single();
    }

    /** Something in the dossier changed: its retention (20 years after the last change once closed) counts from now. */
    public void recordChange(UUID dossierId) {
        jdbc.sql("UPDATE dossier SET updated_at = :now WHERE id = :id")
                .param("now", Timestamp.from(clock.instant())).param("id", dossierId).update();
    }

    /** Refuses a change to a closed dossier: its follow-up is over. */
    public void requireOpen(UUID dossierId) {
        String status = jdbc.sql("SELECT status FROM dossier WHERE id = :id").param("id", dossierId).query(String.class)
                .optional().orElseThrow(() -> new NotFoundException("Dit dossier bestaat niet."));
        if (DossierStatus.valueOf(status) == DossierStatus.CLOSED) {
            throw new BusinessRuleException("Dit dossier is gesloten; er kan niets meer aan worden toegevoegd.");
        }
    }

    /** What still keeps the dossier open (empty when it may close). */
    public List<String> openWork(UUID dossierId) {
        return openWork.stream().flatMap(w -> w.openWorkIn(dossierId).stream()).toList();
    }

    /**
     * Closes the dossier with a reason, only when no track is open and nothing is due. The database then sets the
     * retention end: 20 years after this (or any later) change (Wmo 2015 art. 5.3.4).
     */
    @Transactional
    public DossierView close(UUID dossierId, String reason) {
        DossierAccess access = requireAccess(dossierId, AccessAction.UPDATE, DossierAccess::worksOnCase);
        // Lock the dossier first, so that no track starts and no report joins between the checks and the close (a
        // report that joins locks the same row); the status and the open work are read under the lock.
        jdbc.sql("SELECT id FROM dossier WHERE id = :id FOR UPDATE").param("id", dossierId).query(UUID.class).single();
        requireOpen(dossierId);
        if (Text.blankToNull(reason) == null) {
            throw Checks.refusal("reason", "Geef de reden waarom het dossier wordt gesloten.");
        }
        List<String> open = openWork(dossierId);
        if (!open.isEmpty()) {
            throw new BusinessRuleException("Het dossier kan nog niet worden gesloten: " + String.join("; ", open) + ".");
        }
        jdbc.sql("""
                UPDATE dossier SET status = 'CLOSED', closed_on = :today, closed_reason = :reason, closed_by = :by, updated_at = :now
                WHERE id = :id""")
                .param("today", DutchTime.today(clock)).param("reason", reason.strip())
                .param("by", CurrentStaff.get().id()).param("now", Timestamp.from(clock.instant()))
                .param("id", dossierId).update();
        accessLog.allowed(AccessAction.UPDATE, access.role(), Set.of(dossierId), List.of(), access.logReason());
        return open(dossierId);
    }

    /** Where the dossier's household lives, as registered. */
    public Household household(UUID dossierId) {
        return jdbc.sql("""
                SELECT household_postcode, household_house_number, household_municipality_code, household_street
                FROM dossier WHERE id = :id""")
                .param("id", dossierId)
                .query((rs, n) -> new Household(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))).optional()
                .orElseThrow(() -> new NotFoundException("Dit dossier bestaat niet."));
    }

    /**
     * The dossiers whose household lives in this municipality (CBS code) and that were open on a day of [from, to],
     * for an export across dossiers (the caller has checked the right to it).
     */
    public List<UUID> inMunicipality(String municipalityCode, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT id FROM dossier WHERE household_municipality_code = :m AND opened_on <= :to
                    AND (closed_on IS NULL OR closed_on >= :from) ORDER BY opened_on, reference""")
                .param("m", municipalityCode).param("from", from).param("to", to).query(UUID.class).list();
    }

    public Optional<DossierSummary> summary(UUID dossierId) {
        return jdbc.sql(SUMMARY + " WHERE d.id = :id").param("id", dossierId).query(Dossiers::summary).optional();
    }

    /** Every person of the dossier with their role in it (the caller has checked the access). */
    public List<DossierView.InvolvedPerson> personsOf(UUID dossierId) {
        return persons(dossierId);
    }

    public List<DossierView.InvolvedPerson> personsOf(UUID dossierId, List<UUID> personIds) {
        return persons(dossierId).stream().filter(p -> personIds.contains(p.personId())).toList();
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

    /** The dossier's persons with their roles in it, in the person register's order. */
    private List<DossierView.InvolvedPerson> persons(UUID dossierId) {
        Map<UUID, PersonRole> roles = new HashMap<>();
        jdbc.sql("SELECT person_id, role FROM dossier_person WHERE dossier_id = :d").param("d", dossierId)
                .query((rs, n) -> roles.put(rs.getObject("person_id", UUID.class), PersonRole.valueOf(rs.getString("role"))))
                .list();
        Set<UUID> restricted = restrictions.restricted(roles.keySet());
        return persons.findAll(roles.keySet()).stream()
                .map(p -> DossierView.InvolvedPerson.of(p, roles.get(p.id()), restricted.contains(p.id()))).toList();
    }

    /** The dossiers the person is in (the caller asks {@link #access} per dossier before reading any of them). */
    public List<UUID> dossierIdsWith(UUID personId) {
        return jdbc.sql("SELECT dossier_id FROM dossier_person WHERE person_id = :p ORDER BY dossier_id").param("p", personId)
                .query(UUID.class).list();
    }

    /** The ids of the persons in the dossier (the caller has checked the access). */
    public List<UUID> personIdsOf(UUID dossierId) {
        return jdbc.sql("SELECT person_id FROM dossier_person WHERE dossier_id = :d").param("d", dossierId)
                .query(UUID.class).list();
    }

    private List<String> workers(UUID dossierId) {
        return jdbc.sql("""
                SELECT u.display_name FROM dossier_assignment a JOIN staff_name u ON u.id = a.user_id
                WHERE a.dossier_id = :d ORDER BY u.display_name""")
                .param("d", dossierId).query(String.class).list();
    }

    static DossierSummary summary(ResultSet rs, int n) throws SQLException {
        return new DossierSummary(rs.getObject("id", UUID.class), rs.getString("reference"),
                DossierStatus.valueOf(rs.getString("status")), rs.getObject("opened_on", LocalDate.class),
                rs.getString("team_name"), rs.getInt("persons"));
    }
}
