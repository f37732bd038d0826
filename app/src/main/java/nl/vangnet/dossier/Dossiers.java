package nl.vangnet.dossier;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.vangnet.accesslog.AccessAction;
import nl.vangnet.accesslog.AccessLog;
import nl.vangnet.accesslog.DossierTeams;
import nl.vangnet.person.NewPerson;
import nl.vangnet.person.PersonRole;
import nl.vangnet.person.Persons;
import nl.vangnet.platform.BusinessRuleException;
import nl.vangnet.platform.NotFoundException;
import nl.vangnet.staff.CurrentStaff;
import nl.vangnet.staff.Role;
import nl.vangnet.staff.StaffPrincipal;
import org.springframework.beans.factory.ObjectProvider;
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
            FROM dossier d JOIN team_name t ON t.id = d.team_id
            """;

    private final JdbcClient jdbc;
    private final DossierAccessPolicy policy;
    private final AccessLog accessLog;
    private final java.time.Clock clock;
    private final ObjectProvider<DossierTracks> tracks;
    private final ObjectProvider<OpenWork> openWork;
    private final Persons persons;

    Dossiers(JdbcClient jdbc, DossierAccessPolicy policy, AccessLog accessLog, java.time.Clock clock,
            ObjectProvider<DossierTracks> tracks, ObjectProvider<OpenWork> openWork, Persons persons) {
        this.persons = persons;
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
            throw new AccessDeniedException("dossier");
        }
        List<DossierTracks.Track> tracksOfDossier = tracks.stream().flatMap(t -> t.tracksOf(id).stream())
                .sorted(java.util.Comparator.comparing(DossierTracks.Track::startedOn)).toList();
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
        if (me.kind() != nl.vangnet.staff.StaffKind.PERSON) {
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
        UUID id = insertDossier(dossier.teamId(), dossier.openedOn(), null);
        List<UUID> personIds = new java.util.ArrayList<>();
        for (NewPerson p : dossier.persons()) {
            UUID personId = persons.existingOrNew(p);
            personIds.add(personId);
            addToDossier(id, personId, p.role());
        }
        for (UUID worker : dossier.assignedWorkers()) {
            assign(id, worker);
        }
        accessLog.allowed(AccessAction.CREATE, null, Set.of(id), personIds, null);
        return id;
    }

    /**
     * Places a report's household: it joins the open dossier in which one of its persons already is (same BSN, or
     * same surname and date of birth), or opens a new dossier for the team. Persons are matched by BSN to existing
     * records. Joining a dossier grants nothing: only a new dossier, opened by this report for the registering
     * worker's own team, is taken by that worker ({@code taker}, a case or crisis worker of the team, or null).
     * Not logged here: the caller logs the report it registers, with the dossier and person ids.
     */
    @Transactional
    public Placement placeReport(UUID teamId, java.time.LocalDate receivedOn, Household household,
            List<NewPerson> newPersons, UUID taker) {
        // Concurrent reports about the same persons are serialised: each first locks every key a person can be matched
        // by, so the second waits and then finds the first one's persons and dossier. The open dossier it joins is
        // locked and must still be open under the lock, so that close (which locks the same row, then reads the open
        // work) either sees this report or was first; a dossier closed meanwhile counts as closed: a new one opens.
        persons.lockMatchingKeys(newPersons);
        List<UUID> known = persons.matching(newPersons);
        List<DossierSummary> earlier = known.isEmpty() ? List.of() : jdbc.sql(SUMMARY + """
                WHERE d.id IN (SELECT dossier_id FROM dossier_person WHERE person_id IN (:persons))
                ORDER BY d.opened_on DESC, d.id""").param("persons", known).query(Dossiers::summary).list();
        Optional<DossierSummary> open = earlier.stream().filter(d -> d.status() == DossierStatus.OPEN)
                .filter(this::lockIfStillOpen).findFirst();
        UUID dossierId = open.map(DossierSummary::id).orElseGet(() -> insertDossier(teamId, receivedOn, household));
        List<UUID> personIds = new java.util.ArrayList<>();
        List<UUID> inDossier = open.isPresent() ? personIdsOf(dossierId) : List.of();
        for (NewPerson p : newPersons) {
            UUID personId = persons.sameAs(p, inDossier).orElseGet(() -> persons.existingOrNew(p));
            personIds.add(personId);
            addToDossier(dossierId, personId, p.role());
        }
        if (open.isEmpty() && taker != null) {
            assign(dossierId, taker);
        }
        recordChange(dossierId);
        return new Placement(dossierId, open.isPresent(), personIds,
                earlier.stream().filter(d -> !d.id().equals(dossierId)).toList(), known);
    }

    /** Locks the dossier row (as {@link #close} does) and tells whether it is still open under the lock. */
    private boolean lockIfStillOpen(DossierSummary dossier) {
        return jdbc.sql("SELECT status FROM dossier WHERE id = :id FOR UPDATE").param("id", dossier.id())
                .query(String.class).optional().map(DossierStatus::valueOf).orElse(DossierStatus.CLOSED) == DossierStatus.OPEN;
    }

    /** Whether, and on what basis, the current staff member may open the dossier. */
    public Optional<DossierAccess> access(UUID dossierId) {
        return policy.accessFor(CurrentStaff.get(), dossierId);
    }

    /**
     * The current staff member's access to the dossier for this action, when the policy gives it and {@code allowed}
     * accepts its basis; otherwise the refusal is logged and the action refused.
     */
    public DossierAccess requireAccess(UUID dossierId, AccessAction action, java.util.function.Predicate<DossierAccess> allowed) {
        return access(dossierId).filter(allowed).orElseGet(() -> {
            accessLog.denied(action, Set.of(dossierId), Set.of(), null);
            throw new AccessDeniedException("dossier");
        });
    }

    public DossierAccess requireAccess(UUID dossierId, AccessAction action) {
        return requireAccess(dossierId, action, a -> true);
    }

    /** Whether the staff member is assigned to the dossier (for example to see who an anonymous reporter is). */
    public boolean isAssigned(UUID dossierId, UUID userId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM dossier_assignment WHERE dossier_id = :d AND user_id = :u)")
                .param("d", dossierId).param("u", userId).query(Boolean.class).single();
    }

    /** Something in the dossier changed: its retention (20 years after the last change once closed) counts from now. */
    public void recordChange(UUID dossierId) {
        jdbc.sql("UPDATE dossier SET updated_at = :now WHERE id = :id")
                .param("now", java.sql.Timestamp.from(clock.instant())).param("id", dossierId).update();
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
        if (nl.vangnet.platform.Text.blankToNull(reason) == null) {
            throw new nl.vangnet.platform.InvalidInputException(List.of(new nl.vangnet.platform.ApiProblems.InvalidParam(
                    "reason", "Geef de reden waarom het dossier wordt gesloten.")));
        }
        List<String> open = openWork(dossierId);
        if (!open.isEmpty()) {
            throw new BusinessRuleException("Het dossier kan nog niet worden gesloten: " + String.join("; ", open) + ".");
        }
        jdbc.sql("""
                UPDATE dossier SET status = 'CLOSED', closed_on = :today, closed_reason = :reason, closed_by = :by, updated_at = :now
                WHERE id = :id""")
                .param("today", nl.vangnet.platform.DutchTime.today(clock)).param("reason", reason.strip())
                .param("by", CurrentStaff.get().id()).param("now", java.sql.Timestamp.from(clock.instant()))
                .param("id", dossierId).update();
        accessLog.allowed(AccessAction.UPDATE, access.role(), Set.of(dossierId), List.of(), access.logReason());
        return open(dossierId);
    }

    /** Where the dossier's household lives, as registered. */
    public Household household(UUID dossierId) {
        return jdbc.sql("SELECT household_postcode, household_house_number, household_municipality_code FROM dossier WHERE id = :id")
                .param("id", dossierId)
                .query((rs, n) -> new Household(rs.getString(1), rs.getString(2), rs.getString(3))).optional()
                .orElseThrow(() -> new NotFoundException("Dit dossier bestaat niet."));
    }

    public Optional<DossierSummary> summary(UUID dossierId) {
        return jdbc.sql(SUMMARY + " WHERE d.id = :id").param("id", dossierId).query(Dossiers::summary).optional();
    }

    public List<DossierView.InvolvedPerson> personsOf(UUID dossierId, List<UUID> personIds) {
        return persons(dossierId).stream().filter(p -> personIds.contains(p.personId())).toList();
    }

    private UUID insertDossier(UUID teamId, java.time.LocalDate openedOn, Household household) {
        UUID id = UUID.randomUUID();
        long number = jdbc.sql("SELECT nextval('dossier_reference_seq')").query(Long.class).single();
        String reference = "VT-%d-%06d".formatted(openedOn.getYear(), number);
        java.sql.Timestamp now = java.sql.Timestamp.from(clock.instant());
        jdbc.sql("""
                INSERT INTO dossier (id, reference, team_id, status, opened_on, created_at, updated_at,
                                     household_postcode, household_house_number, household_municipality_code)
                VALUES (:id, :ref, :team, 'OPEN', :opened, :now, :now, :pc, :nr, :gm)""")
                .param("id", id).param("ref", reference).param("team", teamId).param("opened", openedOn)
                .param("now", now).param("pc", household == null ? null : household.postcode())
                .param("nr", household == null ? null : household.houseNumber())
                .param("gm", household == null ? null : household.municipalityCode()).update();
        return id;
    }

    private void addToDossier(UUID dossierId, UUID personId, PersonRole role) {
        jdbc.sql("INSERT INTO dossier_person (dossier_id, person_id, role) VALUES (:d, :p, :r) ON CONFLICT DO NOTHING")
                .param("d", dossierId).param("p", personId).param("r", role.name()).update();
    }

    private void assign(UUID dossierId, UUID userId) {
        jdbc.sql("""
                INSERT INTO dossier_assignment (dossier_id, user_id, assigned_at) VALUES (:d, :u, :now)
                ON CONFLICT DO NOTHING""")
                .param("d", dossierId).param("u", userId).param("now", java.sql.Timestamp.from(clock.instant())).update();
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
        return persons.findAll(roles.keySet()).stream()
                .map(p -> DossierView.InvolvedPerson.of(p, roles.get(p.id()))).toList();
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

    private static DossierSummary summary(ResultSet rs, int n) throws SQLException {
        return new DossierSummary(rs.getObject("id", UUID.class), rs.getString("reference"),
                DossierStatus.valueOf(rs.getString("status")), rs.getObject("opened_on", LocalDate.class),
                rs.getString("team_name"), rs.getInt("persons"));
    }
}
