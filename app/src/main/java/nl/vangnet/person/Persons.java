package nl.vangnet.person;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import nl.vangnet.accesslog.PersonIdentities;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of persons: one record per BSN; without a BSN, a person named again is recognised by surname (as radar
 * key: without accents, case and particles) and date of birth. Not authorised or logged here: the dossier, report or
 * advice request that names the persons is, with their ids.
 */
@Service
public class Persons implements PersonIdentities {

    private static final String SELECT = "SELECT id, surname, surname_prefix, given_names, date_of_birth, bsn FROM person";

    private final JdbcClient jdbc;
    private final Clock clock;

    Persons(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Takes a transaction-scoped advisory lock on every key by which {@link #matching} can match these persons, in a
     * stable order (no deadlock between two reports naming the same persons in another order). A second registration
     * naming the same persons waits, and then finds the first one's persons.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lockMatchingKeys(List<NewPerson> persons) {
        SortedSet<Long> keys = new TreeSet<>();
        for (NewPerson p : persons) {
            if (p.bsn() != null) {
                keys.add(lockKey("bsn:" + p.bsn()));
            }
            if (p.surname() != null && p.dateOfBirth() != null) {
                String surnameKey = jdbc.sql("SELECT radar_name_key(:s)").param("s", p.surname().strip())
                        .query(String.class).single();
                keys.add(lockKey("name:" + surnameKey + ":" + p.dateOfBirth()));
            }
        }
        for (long key : keys) {
            jdbc.sql("SELECT 1 FROM pg_advisory_xact_lock(:k)").param("k", key).query(Integer.class).single();
        }
    }

    private static long lockKey(String matchKey) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(("vangnet.person." + matchKey).getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(hash).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Existing persons that are the same as one of these: same BSN, or same surname (as radar key) and date of birth. */
    public List<UUID> matching(List<NewPerson> persons) {
        Set<UUID> ids = new LinkedHashSet<>();
        for (NewPerson p : persons) {
            if (p.bsn() != null) {
                ids.addAll(jdbc.sql("SELECT id FROM person WHERE bsn = :bsn").param("bsn", p.bsn()).query(UUID.class).list());
            }
            if (p.surname() != null && p.dateOfBirth() != null) {
                // Compared as radar keys: without accents, case and particles ("Özdemir" is "Ozdemir").
                ids.addAll(jdbc.sql("SELECT id FROM person WHERE date_of_birth = :d AND surname_key = radar_name_key(:s)")
                        .param("s", p.surname().strip()).param("d", p.dateOfBirth()).query(UUID.class).list());
            }
        }
        return List.copyOf(ids);
    }

    /** The one of {@code among} that is this person (same BSN, or same surname key and date of birth), if any. */
    public Optional<UUID> sameAs(NewPerson p, Collection<UUID> among) {
        if (among.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                SELECT p.id FROM person p
                WHERE p.id IN (:among)
                  AND ((p.bsn IS NOT NULL AND p.bsn = :bsn) OR (p.surname_key = radar_name_key(:s) AND p.date_of_birth = :dob))
                LIMIT 1""")
                .param("among", among).param("bsn", p.bsn()).param("s", p.surname() == null ? "" : p.surname().strip())
                .param("dob", p.dateOfBirth()).query(UUID.class).optional();
    }

    /**
     * The person with this BSN, or a new one. A BSN is unique (V15): when a concurrent transaction inserts the same
     * BSN, the insert waits for it and then finds its person instead of adding a second one.
     */
    @Transactional
    public UUID existingOrNew(NewPerson p) {
        if (p.bsn() == null) {
            return insert(p).orElseThrow();
        }
        return withBsn(p.bsn()).or(() -> insert(p)).or(() -> withBsn(p.bsn())).orElseThrow();
    }

    /** Registers persons named outside a dossier (in an advice request); BSN matches reuse the existing record. */
    @Transactional
    public List<UUID> register(List<NewPerson> persons) {
        return persons.stream().map(this::existingOrNew).toList();
    }

    public Optional<Person> find(UUID personId) {
        return jdbc.sql(SELECT + " WHERE id = :id").param("id", personId).query(Persons::person).optional();
    }

    /** These persons, youngest last and those without a date of birth at the end. */
    public List<Person> findAll(Collection<UUID> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " WHERE id IN (:ids) ORDER BY date_of_birth NULLS LAST, surname")
                .param("ids", personIds).query(Persons::person).list();
    }

    /** The ids of duplicate records merged into this person (V15): the append-only access log still names them. */
    @Override
    public Set<UUID> formerIdsOf(UUID personId) {
        return Set.copyOf(jdbc.sql("SELECT merged_id FROM person_merged WHERE person_id = :p").param("p", personId)
                .query(UUID.class).list());
    }

    /**
     * For each id, the person it names: the person with that id, or the one a merged duplicate with that id was merged
     * into (the access log keeps naming merged ids). Unknown ids are left out. One query.
     */
    public Map<UUID, Person> byIdIncludingMerged(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Person> result = new HashMap<>();
        jdbc.sql("""
                SELECT k.asked, p.id, p.surname, p.surname_prefix, p.given_names, p.date_of_birth, p.bsn
                FROM (SELECT id AS asked, id AS person_id FROM person WHERE id IN (:ids)
                      UNION ALL SELECT merged_id, person_id FROM person_merged WHERE merged_id IN (:ids)) k
                JOIN person p ON p.id = k.person_id""")
                .param("ids", ids)
                .query((RowCallbackHandler) rs -> result.put(rs.getObject("asked", UUID.class), person(rs, 0)));
        return result;
    }

    /** These persons' ids and the ids of every duplicate merged into them. */
    public Set<UUID> withFormerIds(Collection<UUID> personIds) {
        if (personIds.isEmpty()) {
            return Set.of();
        }
        Set<UUID> all = new HashSet<>(personIds);
        all.addAll(jdbc.sql("SELECT merged_id FROM person_merged WHERE person_id IN (:ids)").param("ids", personIds)
                .query(UUID.class).list());
        return all;
    }

    private Optional<UUID> withBsn(String bsn) {
        return jdbc.sql("SELECT id FROM person WHERE bsn = :bsn").param("bsn", bsn).query(UUID.class).optional();
    }

    /** Inserts the person, unless a person with the same BSN exists (then empty). */
    private Optional<UUID> insert(NewPerson p) {
        UUID personId = UUID.randomUUID();
        return jdbc.sql("""
                INSERT INTO person (id, bsn, surname, surname_prefix, given_names, date_of_birth, gender, created_at,
                                    postcode, house_number, municipality_code, identification_missing_reason)
                VALUES (:id, :bsn, :surname, :prefix, :given, :dob, :gender, :now, :pc, :nr, :gm, :why)
                ON CONFLICT (bsn) WHERE bsn IS NOT NULL DO NOTHING
                RETURNING id""")
                .param("id", personId).param("bsn", p.bsn()).param("surname", p.surname())
                .param("prefix", p.surnamePrefix()).param("given", p.givenNames()).param("dob", p.dateOfBirth())
                .param("gender", p.gender()).param("now", Timestamp.from(clock.instant()))
                .param("pc", p.postcode()).param("nr", p.houseNumber()).param("gm", p.municipalityCode())
                .param("why", p.identificationMissingReason()).query(UUID.class).optional();
    }

    private static Person person(ResultSet rs, int n) throws SQLException {
        return new Person(rs.getObject("id", UUID.class), rs.getString("surname"), rs.getString("surname_prefix"),
                rs.getString("given_names"), rs.getObject("date_of_birth", LocalDate.class), rs.getString("bsn"));
    }

    /**
     * Removes the records of these persons: their identifying data, its history and the ids merged into them (for the
     * destruction of their only dossier: {@code dossier.DossierDestruction}, in its transaction, after every module
     * removed what refers to them). The access log keeps naming their ids; it holds no more of them.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void destroy(Collection<UUID> personIds) {
        if (personIds.isEmpty()) {
            return;
        }
        List<UUID> ids = List.copyOf(personIds);
        jdbc.sql("DELETE FROM person_restriction WHERE person_id IN (:ids)").param("ids", ids).update();
        jdbc.sql("DELETE FROM person_change WHERE person_id IN (:ids)").param("ids", ids).update();
        jdbc.sql("DELETE FROM person_merged WHERE person_id IN (:ids)").param("ids", ids).update();
        jdbc.sql("DELETE FROM person WHERE id IN (:ids)").param("ids", ids).update();
    }
}
