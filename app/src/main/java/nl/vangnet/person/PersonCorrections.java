package nl.vangnet.person;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import nl.vangnet.platform.BusinessRuleException;
import nl.vangnet.platform.NotFoundException;
import nl.vangnet.staff.CurrentStaff;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Correcting a person's identifying fields, keeping every earlier value (person_change: field by field, who, when,
 * why, from which dossier). A BSN stays unique (one person per BSN, V15): a BSN another person has is refused. Not
 * authorised or logged here: the dossier that names the person is (the caller must be in a transaction).
 */
@Service
public class PersonCorrections {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Persons persons;
    private final PersonRestrictions restrictions;

    PersonCorrections(JdbcClient jdbc, Clock clock, Persons persons, PersonRestrictions restrictions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.persons = persons;
        this.restrictions = restrictions;
    }

    public Optional<PersonDetails> details(UUID personId) {
        return jdbc.sql("""
                SELECT id, bsn, surname, surname_prefix, given_names, date_of_birth, gender, postcode, house_number,
                       municipality_code, identification_missing_reason
                FROM person WHERE id = :id""").param("id", personId).query(PersonCorrections::details).optional();
    }

    /**
     * Puts {@code corrected} in place of the person's fields (the role is not the person's: the dossier keeps it) and
     * keeps each changed field's earlier value. Nothing changes, and nothing is kept, when all is as it was. Refused
     * (409) while the processing of the person's data is restricted ({@link PersonRestrictions}).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<FieldChange> correct(UUID personId, NewPerson corrected, String reason, UUID dossierId) {
        restrictions.requireNotRestricted(List.of(personId));
        return apply(personId, corrected, reason, dossierId);
    }

    /**
     * The correction the FG granted on a rights request (the reason names the request): the decision that the data
     * was wrong, so also while the correctness is disputed and the processing restricted.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<FieldChange> correctAsDecided(UUID personId, NewPerson corrected, String reason, UUID dossierId) {
        return apply(personId, corrected, reason, dossierId);
    }

    private List<FieldChange> apply(UUID personId, NewPerson corrected, String reason, UUID dossierId) {
        persons.lockMatchingKeys(List.of(corrected));
        PersonDetails before = jdbc.sql("""
                SELECT id, bsn, surname, surname_prefix, given_names, date_of_birth, gender, postcode, house_number,
                       municipality_code, identification_missing_reason
                FROM person WHERE id = :id FOR UPDATE""").param("id", personId).query(PersonCorrections::details)
                .optional().orElseThrow(() -> new NotFoundException("Deze persoon bestaat niet."));
        Map<String, String[]> changed = new LinkedHashMap<>();
        compare(changed, "bsn", before.bsn(), corrected.bsn());
        compare(changed, "surname", before.surname(), corrected.surname());
        compare(changed, "surnamePrefix", before.surnamePrefix(), corrected.surnamePrefix());
        compare(changed, "givenNames", before.givenNames(), corrected.givenNames());
        compare(changed, "dateOfBirth", text(before.dateOfBirth()), text(corrected.dateOfBirth()));
        compare(changed, "gender", before.gender(), corrected.gender());
        compare(changed, "postcode", before.postcode(), corrected.postcode());
        compare(changed, "houseNumber", before.houseNumber(), corrected.houseNumber());
        compare(changed, "municipalityCode", before.municipalityCode(), corrected.municipalityCode());
        compare(changed, "identificationMissingReason", before.identificationMissingReason(),
                corrected.identificationMissingReason());
        if (changed.isEmpty()) {
            return List.of();
        }
        if (changed.containsKey("bsn") && corrected.bsn() != null) {
            refuseBsnOfAnother(personId, corrected.bsn());
        }
        try {
            jdbc.sql("""
                    UPDATE person SET bsn = :bsn, surname = :surname, surname_prefix = :prefix, given_names = :given,
                           date_of_birth = :dob, gender = :gender, postcode = :pc, house_number = :nr,
                           municipality_code = :gm, identification_missing_reason = :why
                    WHERE id = :id""")
                    .param("bsn", corrected.bsn()).param("surname", corrected.surname())
                    .param("prefix", corrected.surnamePrefix()).param("given", corrected.givenNames())
                    .param("dob", corrected.dateOfBirth()).param("gender", corrected.gender())
                    .param("pc", corrected.postcode()).param("nr", corrected.houseNumber())
                    .param("gm", corrected.municipalityCode()).param("why", corrected.identificationMissingReason())
                    .param("id", personId).update();
        } catch (DuplicateKeyException e) {
            throw bsnTaken();
        }
        UUID changeId = UUID.randomUUID();
        Instant now = clock.instant();
        UUID by = CurrentStaff.get().id();
        List<FieldChange> result = new ArrayList<>();
        changed.forEach((field, values) -> {
            jdbc.sql("""
                    INSERT INTO person_change (id, change_id, person_id, dossier_id, field, old_value, new_value, reason,
                                               changed_by, changed_at)
                    VALUES (:id, :change, :person, :dossier, :field, :old, :new, :reason, :by, :at)""")
                    .param("id", UUID.randomUUID()).param("change", changeId).param("person", personId)
                    .param("dossier", dossierId).param("field", field).param("old", values[0]).param("new", values[1])
                    .param("reason", reason).param("by", by).param("at", Timestamp.from(now)).update();
            result.add(new FieldChange(changeId, field, values[0], values[1], reason, CurrentStaff.get().displayName(),
                    now, dossierId));
        });
        return result;
    }

    /** Refuses a BSN another person has: one person per BSN (Wmo 2015 art. 5.2.9; V15). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void refuseBsnOfAnother(UUID personId, String bsn) {
        boolean taken = jdbc.sql("SELECT EXISTS (SELECT 1 FROM person WHERE bsn = :bsn AND id <> :id)")
                .param("bsn", bsn).param("id", personId).query(Boolean.class).single();
        if (taken) {
            throw bsnTaken();
        }
    }

    /** Every change to the person's fields, newest first. */
    public List<FieldChange> history(UUID personId) {
        return jdbc.sql("""
                SELECT c.change_id, c.field, c.old_value, c.new_value, c.reason, u.display_name, c.changed_at, c.dossier_id
                FROM person_change c JOIN staff_name u ON u.id = c.changed_by
                WHERE c.person_id = :p ORDER BY c.changed_at DESC, c.field""")
                .param("p", personId)
                .query((rs, n) -> new FieldChange(rs.getObject("change_id", UUID.class), rs.getString("field"),
                        rs.getString("old_value"), rs.getString("new_value"), rs.getString("reason"),
                        rs.getString("display_name"), rs.getTimestamp("changed_at").toInstant(),
                        rs.getObject("dossier_id", UUID.class)))
                .list();
    }

    private static BusinessRuleException bsnTaken() {
        return new BusinessRuleException("bsn", "Er is al een andere persoon met dit BSN geregistreerd. Een BSN hoort bij "
                + "één persoon: controleer het BSN, of zoek die persoon op met de radar.");
    }

    private static void compare(Map<String, String[]> changed, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changed.put(field, new String[] {before, after});
        }
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static PersonDetails details(ResultSet rs, int n) throws SQLException {
        return new PersonDetails(rs.getObject("id", UUID.class), rs.getString("bsn"), rs.getString("surname"),
                rs.getString("surname_prefix"), rs.getString("given_names"), rs.getObject("date_of_birth", LocalDate.class),
                rs.getString("gender"), rs.getString("postcode"), rs.getString("house_number"),
                rs.getString("municipality_code"), rs.getString("identification_missing_reason"));
    }
}
