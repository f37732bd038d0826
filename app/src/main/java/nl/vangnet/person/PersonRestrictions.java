package nl.vangnet.person;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.vangnet.platform.BusinessRuleException;
import nl.vangnet.platform.DutchTime;
import nl.vangnet.platform.NotFoundException;
import nl.vangnet.staff.CurrentStaff;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Restriction of processing while the correctness of a person's data is disputed (AVG art. 18): set by a granted
 * restriction request, lifted by the FG's decision. While restricted, every module that edits, sends or exports a
 * person's data asks {@link #requireNotRestricted} (edits and disclosures refused with 409) or {@link #restricted}
 * (left out); reading stays allowed and the restriction is shown with the person. Not authorised or logged here: the
 * caller is (the rights request, the dossier that names the person).
 */
@Service
public class PersonRestrictions {

    /** A restriction, with who set it and, once lifted, who lifted it, when and why. */
    public record Restriction(UUID id, UUID personId, UUID rightsRequestId, LocalDate since, LocalDate liftedOn,
            String liftedBy, String liftReason) {

        public boolean active() {
            return liftedOn == null;
        }
    }

    private final JdbcClient jdbc;
    private final Persons persons;
    private final Clock clock;

    PersonRestrictions(JdbcClient jdbc, Persons persons, Clock clock) {
        this.jdbc = jdbc;
        this.persons = persons;
        this.clock = clock;
    }

    /** Restricts the processing of the person's data from today, for this rights request (inside its transaction). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void restrict(UUID personId, UUID rightsRequestId) {
        jdbc.sql("""
                INSERT INTO person_restriction (id, person_id, rights_request_id, since, restricted_by, restricted_at)
                VALUES (:id, :person, :request, :since, :by, :now)""")
                .param("id", UUID.randomUUID()).param("person", personId).param("request", rightsRequestId)
                .param("since", DutchTime.today(clock)).param("by", CurrentStaff.get().id())
                .param("now", Timestamp.from(clock.instant())).update();
    }

    /** Lifts the restriction set for this rights request, with the reason; refused when it was lifted already. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Restriction lift(UUID rightsRequestId, String reason) {
        Restriction r = ofRequest(rightsRequestId).orElseThrow(() -> new NotFoundException(
                "Bij dit verzoek hoort geen beperking van de verwerking."));
        if (!r.active()) {
            throw new BusinessRuleException("Deze beperking is al opgeheven.");
        }
        jdbc.sql("""
                UPDATE person_restriction SET lifted_on = :on, lifted_by = :by, lifted_at = :now, lift_reason = :reason
                WHERE id = :id AND lifted_on IS NULL""")
                .param("on", DutchTime.today(clock)).param("by", CurrentStaff.get().id())
                .param("now", Timestamp.from(clock.instant())).param("reason", reason).param("id", r.id()).update();
        return ofRequest(rightsRequestId).orElseThrow();
    }

    /** The restriction set for this rights request, if one. */
    public Optional<Restriction> ofRequest(UUID rightsRequestId) {
        return jdbc.sql(SELECT + " WHERE r.rights_request_id = :request").param("request", rightsRequestId)
                .query(PersonRestrictions::row).optional();
    }

    /** Which of these persons are restricted now. */
    public Set<UUID> restricted(Collection<UUID> personIds) {
        if (personIds == null || personIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                SELECT DISTINCT person_id FROM person_restriction WHERE lifted_on IS NULL AND person_id IN (:ids)""")
                .param("ids", Set.copyOf(personIds)).query(UUID.class).list());
    }

    public boolean isRestricted(UUID personId) {
        return !restricted(List.of(personId)).isEmpty();
    }

    /**
     * Refuses (409, in Dutch, naming the person) when any of these persons is restricted: their data may not be edited,
     * sent or exported while its correctness is disputed.
     */
    public void requireNotRestricted(Collection<UUID> personIds) {
        Set<UUID> restricted = restricted(personIds);
        if (!restricted.isEmpty()) {
            String names = String.join(", ", persons.findAll(restricted).stream().map(Person::fullName).sorted().toList());
            throw new BusinessRuleException(REFUSAL.formatted(names));
        }
    }

    static final String REFUSAL = "De verwerking van de gegevens van %s is beperkt zolang de juistheid wordt betwist "
            + "(AVG art. 18): de gegevens mogen niet worden gewijzigd, aangevuld of verstrekt tot de functionaris "
            + "gegevensbescherming de beperking opheft. Inzien kan wel.";

    private static final String SELECT = """
            SELECT r.id, r.person_id, r.rights_request_id, r.since, r.lifted_on, u.display_name, r.lift_reason
            FROM person_restriction r LEFT JOIN staff_name u ON u.id = r.lifted_by""";

    private static Restriction row(ResultSet rs, int n) throws SQLException {
        return new Restriction(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
                rs.getObject("rights_request_id", UUID.class), rs.getObject("since", LocalDate.class),
                rs.getObject("lifted_on", LocalDate.class), rs.getString("display_name"), rs.getString("lift_reason"));
    }
}
