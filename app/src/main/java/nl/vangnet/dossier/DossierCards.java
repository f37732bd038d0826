package nl.vangnet.dossier;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.vangnet.accesslog.AccessAction;
import nl.vangnet.accesslog.AccessLog;
import nl.vangnet.person.Person;
import nl.vangnet.person.Persons;
import nl.vangnet.region.Regions;
import nl.vangnet.staff.CurrentStaff;
import nl.vangnet.staff.StaffPrincipal;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a worker needs to recognise a case in a list (work list, Termijnen, the team's caseload): the household's
 * name, its place and the assigned workers, for many dossiers in a few queries. Only for the dossiers the current
 * staff member may open (the one need-to-know rule): a list never shows the names of a dossier its reader may not
 * open (a report's registrar, a colleague of the team who is not assigned). The names shown are logged.
 */
@Service
public class DossierCards {

    /** A dossier as a list row shows it: reference, the household's surnames, its place, the assigned workers. */
    public record Card(UUID id, String reference, String householdName, String place, List<String> workers) {
    }

    private final JdbcClient jdbc;
    private final DossierAccessPolicy policy;
    private final Persons persons;
    private final Regions regions;
    private final AccessLog accessLog;

    DossierCards(JdbcClient jdbc, DossierAccessPolicy policy, Persons persons, Regions regions, AccessLog accessLog) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.persons = persons;
        this.regions = regions;
        this.accessLog = accessLog;
    }

    /** The cards of the dossiers with these references that the current staff member may open, by reference. */
    @Transactional
    public Map<String, Card> byReference(Collection<String> references) {
        if (references.isEmpty()) {
            return Map.of();
        }
        Map<UUID, String> ids = new HashMap<>();
        jdbc.sql("SELECT id, reference FROM dossier WHERE reference IN (:refs)").param("refs", Set.copyOf(references))
                .query((RowCallbackHandler) rs -> ids.put(rs.getObject(1, UUID.class), rs.getString(2)));
        Map<String, Card> result = new HashMap<>();
        for (Card card : of(ids.keySet()).values()) {
            result.put(card.reference(), card);
        }
        return result;
    }

    /** The cards of these dossiers that the current staff member may open, by id; the persons named are logged. */
    @Transactional
    public Map<UUID, Card> of(Collection<UUID> dossierIds) {
        StaffPrincipal me = CurrentStaff.get();
        Set<UUID> openable = policy.openable(me, dossierIds);
        if (openable.isEmpty()) {
            return Map.of();
        }
        Map<UUID, String> references = new HashMap<>();
        Map<UUID, String> municipalities = new HashMap<>();
        jdbc.sql("SELECT id, reference, household_municipality_code FROM dossier WHERE id IN (:ids)").param("ids", openable)
                .query((RowCallbackHandler) rs -> {
                    references.put(rs.getObject(1, UUID.class), rs.getString(2));
                    municipalities.put(rs.getObject(1, UUID.class), rs.getString(3));
                });
        Map<UUID, List<UUID>> personsOf = new HashMap<>();
        jdbc.sql("SELECT dossier_id, person_id FROM dossier_person WHERE dossier_id IN (:ids)").param("ids", openable)
                .query((RowCallbackHandler) rs -> personsOf.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                        .add(rs.getObject(2, UUID.class)));
        Set<UUID> allPersons = new LinkedHashSet<>();
        personsOf.values().forEach(allPersons::addAll);
        Map<UUID, Person> people = new HashMap<>();
        persons.findAll(allPersons).forEach(p -> people.put(p.id(), p));
        Map<UUID, List<String>> workers = new HashMap<>();
        jdbc.sql("""
                SELECT a.dossier_id, u.display_name FROM dossier_assignment a JOIN staff_name u ON u.id = a.user_id
                WHERE a.dossier_id IN (:ids) ORDER BY u.display_name""").param("ids", openable)
                .query((RowCallbackHandler) rs -> workers.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                        .add(rs.getString(2)));
        Map<String, String> places = regions.municipalityNames(Set.copyOf(municipalities.values().stream()
                .filter(c -> c != null).toList()));
        Map<UUID, Card> cards = new LinkedHashMap<>();
        for (UUID id : openable) {
            cards.put(id, new Card(id, references.get(id),
                    householdName(personsOf.getOrDefault(id, List.of()).stream().map(people::get).toList()),
                    municipalities.get(id) == null ? null : places.getOrDefault(municipalities.get(id), municipalities.get(id)),
                    workers.getOrDefault(id, List.of())));
        }
        accessLog.allowed(AccessAction.LIST, null, openable, allPersons, null);
        return cards;
    }

    /** The household's surnames (with their particles), each once, as a worker names a family: "Jansen / de Vries". */
    static String householdName(List<Person> members) {
        Set<String> names = new LinkedHashSet<>();
        for (Person p : members) {
            if (p != null && p.surname() != null && !p.surname().isBlank()) {
                String prefix = p.surnamePrefix() == null || p.surnamePrefix().isBlank() ? "" : p.surnamePrefix().strip() + " ";
                names.add(prefix + p.surname().strip());
            }
        }
        return names.isEmpty() ? null : String.join(" / ", names);
    }
}
