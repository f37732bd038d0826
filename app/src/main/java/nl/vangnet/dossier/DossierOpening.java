package nl.vangnet.dossier;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.vangnet.accesslog.AccessAction;
import nl.vangnet.accesslog.AccessLog;
import nl.vangnet.person.NewPerson;
import nl.vangnet.person.PersonRole;
import nl.vangnet.person.Persons;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a household's dossier comes from: registered with its persons and workers, or placed by a report, which joins
 * the open dossier one of its persons is in or opens a new one. Placing grants nothing but to the worker who opens a
 * new dossier for their own team.
 */
@Service
public class DossierOpening {

    private final JdbcClient jdbc;
    private final Dossiers dossiers;
    private final Persons persons;
    private final AccessLog accessLog;
    private final Clock clock;

    DossierOpening(JdbcClient jdbc, Dossiers dossiers, Persons persons, AccessLog accessLog, Clock clock) {
        this.jdbc = jdbc;
        this.dossiers = dossiers;
        this.persons = persons;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /** Registers a household's dossier with its persons and assigned workers; logged as a creation. */
    @Transactional
    public UUID register(NewDossier dossier) {
        UUID id = insertDossier(dossier.teamId(), dossier.openedOn(), null);
        List<UUID> personIds = new ArrayList<>();
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
    public Placement placeReport(UUID teamId, LocalDate receivedOn, Household household,
            List<NewPerson> newPersons, UUID taker) {
        // Concurrent reports about the same persons are serialised: each first locks every key a person can be matched
        // by, so the second waits and then finds the first one's persons and dossier. The open dossier it joins is
        // locked and must still be open under the lock, so that close (which locks the same row, then reads the open
        // work) either sees this report or was first; a dossier closed meanwhile counts as closed: a new one opens.
        persons.lockMatchingKeys(newPersons);
        List<UUID> known = persons.matching(newPersons);
        List<DossierSummary> earlier = known.isEmpty() ? List.of() : jdbc.sql(Dossiers.SUMMARY + """
                WHERE d.id IN (SELECT dossier_id FROM dossier_person WHERE person_id IN (:persons))
                ORDER BY d.opened_on DESC, d.id""").param("persons", known).query(Dossiers::summary).list();
        Optional<DossierSummary> open = earlier.stream().filter(d -> d.status() == DossierStatus.OPEN)
                .filter(this::lockIfStillOpen).findFirst();
        UUID dossierId = open.map(DossierSummary::id).orElseGet(() -> insertDossier(teamId, receivedOn, household));
        List<UUID> personIds = new ArrayList<>();
        List<UUID> inDossier = open.isPresent() ? dossiers.personIdsOf(dossierId) : List.of();
        for (NewPerson p : newPersons) {
            UUID personId = persons.sameAs(p, inDossier).orElseGet(() -> persons.existingOrNew(p));
            personIds.add(personId);
            addToDossier(dossierId, personId, p.role());
        }
        if (open.isEmpty() && taker != null) {
            assign(dossierId, taker);
        }
        dossiers.recordChange(dossierId);
        return new Placement(dossierId, open.isPresent(), personIds,
                earlier.stream().filter(d -> !d.id().equals(dossierId)).toList(), known);
    }

    /** Locks the dossier row (as {@link #close} does) and tells whether it is still open under the lock. */
    private boolean lockIfStillOpen(DossierSummary dossier) {
        return jdbc.sql("SELECT status FROM dossier WHERE id = :id FOR UPDATE").param("id", dossier.id())
                .query(String.class).optional().map(DossierStatus::valueOf).orElse(DossierStatus.CLOSED) == DossierStatus.OPEN;
    }

    private UUID insertDossier(UUID teamId, LocalDate openedOn, Household household) {
        UUID id = UUID.randomUUID();
        long number = jdbc.sql("SELECT nextval('dossier_reference_seq')").query(Long.class).single();
        String reference = "VT-%d-%06d".formatted(openedOn.getYear(), number);
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                INSERT INTO dossier (id, reference, team_id, status, opened_on, created_at, updated_at,
                                     household_postcode, household_house_number, household_municipality_code,
                                     household_street)
                VALUES (:id, :ref, :team, 'OPEN', :opened, :now, :now, :pc, :nr, :gm, :street)""")
                .param("id", id).param("ref", reference).param("team", teamId).param("opened", openedOn)
                .param("now", now).param("pc", household == null ? null : household.postcode())
                .param("nr", household == null ? null : household.houseNumber())
                .param("gm", household == null ? null : household.municipalityCode())
                .param("street", household == null ? null : household.street()).update();
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
                .param("d", dossierId).param("u", userId).param("now", Timestamp.from(clock.instant())).update();
    }
}
