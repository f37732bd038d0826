package nl.vangnet.dossier;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.vangnet.accesslog.AccessAction;
import nl.vangnet.accesslog.AccessLog;
import nl.vangnet.person.Bsn;
import nl.vangnet.person.FieldChange;
import nl.vangnet.person.NewPerson;
import nl.vangnet.person.PersonCorrections;
import nl.vangnet.person.PersonDetails;
import nl.vangnet.person.PersonRestrictions;
import nl.vangnet.person.PersonRole;
import nl.vangnet.person.Persons;
import nl.vangnet.person.Radar;
import nl.vangnet.person.RadarHit;
import nl.vangnet.platform.BusinessRuleException;
import nl.vangnet.platform.Checks;
import nl.vangnet.platform.DutchTime;
import nl.vangnet.platform.NotFoundException;
import nl.vangnet.staff.CurrentStaff;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Correcting who is in a dossier: a person's fields (kept by the person module, with their history) and role, a person
 * added after the intake, a wrongly added person taken out with a reason (the link ends; the person record and the
 * history stay). Only the workers on the case change (DossierAccess::worksOnCase); every earlier value is kept in
 * dossier_change (role, membership) or person_change (the person's fields). Each call is authorised and logged once.
 */
@Service
public class DossierPersons {

    static final String NOT_IN_DOSSIER = "Deze persoon staat niet in dit dossier.";

    private final JdbcClient jdbc;
    private final Dossiers dossiers;
    private final Persons persons;
    private final PersonCorrections corrections;
    private final PersonRestrictions restrictions;
    private final OwnStatements ownStatements;
    private final Radar radar;
    private final AccessLog accessLog;
    private final Clock clock;

    DossierPersons(JdbcClient jdbc, Dossiers dossiers, Persons persons, PersonCorrections corrections,
            PersonRestrictions restrictions, OwnStatements ownStatements, Radar radar,
            AccessLog accessLog, Clock clock) {
        this.jdbc = jdbc;
        this.dossiers = dossiers;
        this.persons = persons;
        this.corrections = corrections;
        this.restrictions = restrictions;
        this.ownStatements = ownStatements;
        this.radar = radar;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /** A person of the dossier with their role, for who has need to know (read, logged). */
    @Transactional
    public DossierPerson person(UUID dossierId, UUID personId) {
        DossierAccess access = dossiers.requireAccess(dossierId, AccessAction.READ);
        PersonRole role = roleIn(dossierId, personId, AccessAction.READ);
        DossierPerson person = DossierPerson.of(dossierId, details(personId), role, restrictions.isRestricted(personId),
                statementsOf(dossierId, personId));
        accessLog.allowed(AccessAction.READ, access.role(), Set.of(dossierId), Set.of(personId), access.logReason());
        return access.present(person);
    }

    /** Opens the form to add a person: for the workers on the case of an open dossier (logged). */
    @Transactional
    public void startAdding(UUID dossierId) {
        DossierAccess access = dossiers.requireAccess(dossierId, AccessAction.UPDATE, DossierAccess::worksOnCase);
        dossiers.requireOpen(dossierId);
        accessLog.allowed(AccessAction.READ, access.role(), Set.of(dossierId), Set.of(), access.logReason());
    }

    /** Corrects a person's fields and role; keeps every earlier value; runs the radar again when BSN or name changed. */
    @Transactional
    public DossierPerson.Saved correct(UUID dossierId, UUID personId, DossierPersonInput in) {
        DossierAccess access = dossiers.requireAccess(dossierId, AccessAction.UPDATE, DossierAccess::worksOnCase);
        lockDossier(dossierId);
        PersonRole before = roleIn(dossierId, personId, AccessAction.UPDATE);
        Checks v = new Checks();
        String reason = v.text("reason", in.reason(), Checks.MAX_REMARK);
        if (reason == null) {
            v.reject("reason", "Geef de reden van de wijziging.");
        }
        NewPerson corrected = validate(v, in, dossiers.household(dossierId));
        v.throwIfInvalid();
        List<FieldChange> changes = new ArrayList<>(corrections.correct(personId, corrected, reason, dossierId));
        if (corrected.role() != before) {
            jdbc.sql("DELETE FROM dossier_person WHERE dossier_id = :d AND person_id = :p")
                    .param("d", dossierId).param("p", personId).update();
            jdbc.sql("INSERT INTO dossier_person (dossier_id, person_id, role) VALUES (:d, :p, :r)")
                    .param("d", dossierId).param("p", personId).param("r", corrected.role().name()).update();
            changes.add(record(dossierId, personId, "role", before.name(), corrected.role().name(), reason));
        }
        if (!changes.isEmpty()) {
            dossiers.recordChange(dossierId);
        }
        accessLog.allowed(AccessAction.UPDATE, access.role(), Set.of(dossierId), Set.of(personId), access.logReason());
        boolean identityChanged = changes.stream().anyMatch(c -> Set.of("bsn", "surname", "surnamePrefix", "givenNames",
                "dateOfBirth").contains(c.field()));
        List<RadarHit> matches = identityChanged ? radar.matchesOf(personId, dossierId) : List.of();
        return new DossierPerson.Saved(DossierPerson.of(dossierId, details(personId), corrected.role(),
                restrictions.isRestricted(personId), statementsOf(dossierId, personId)), changes, matches);
    }

    /**
     * Adds a person to the dossier after the intake: the person with this BSN when there is one (one person per BSN),
     * else a new one. Refused when the person is in the dossier already, or the dossier is closed.
     */
    @Transactional
    public DossierPerson.Saved add(UUID dossierId, DossierPersonInput in) {
        DossierAccess access = dossiers.requireAccess(dossierId, AccessAction.UPDATE, DossierAccess::worksOnCase);
        lockDossier(dossierId);
        dossiers.requireOpen(dossierId);
        Checks v = new Checks();
        String reason = v.text("reason", in.reason(), Checks.MAX_REMARK);
        if (reason == null) {
            v.reject("reason", "Geef de reden waarom deze persoon wordt toegevoegd.");
        }
        NewPerson added = validate(v, in, dossiers.household(dossierId));
        v.throwIfInvalid();
        persons.lockMatchingKeys(List.of(added));
        List<UUID> inDossier = dossiers.personIdsOf(dossierId);
        if (persons.sameAs(added, inDossier).isPresent()) {
            throw new BusinessRuleException("surname", "Deze persoon staat al in dit dossier (zelfde BSN, of zelfde naam "
                    + "en geboortedatum). Wijzig die persoon als iets niet klopt.");
        }
        UUID personId = persons.existingOrNew(added);
        restrictions.requireNotRestricted(List.of(personId));
        jdbc.sql("INSERT INTO dossier_person (dossier_id, person_id, role) VALUES (:d, :p, :r)")
                .param("d", dossierId).param("p", personId).param("r", added.role().name()).update();
        FieldChange change = record(dossierId, personId, "membership", null, added.role().name(), reason);
        dossiers.recordChange(dossierId);
        accessLog.allowed(AccessAction.UPDATE, access.role(), Set.of(dossierId), Set.of(personId), access.logReason());
        return new DossierPerson.Saved(DossierPerson.of(dossierId, details(personId), added.role(),
                restrictions.isRestricted(personId), statementsOf(dossierId, personId)), List.of(change),
                radar.matchesOf(personId, dossierId));
    }

    /** Takes a wrongly added person out of the dossier with a reason; the person and the history stay. */
    @Transactional
    public void remove(UUID dossierId, UUID personId, String reason) {
        DossierAccess access = dossiers.requireAccess(dossierId, AccessAction.UPDATE, DossierAccess::worksOnCase);
        lockDossier(dossierId);
        PersonRole role = roleIn(dossierId, personId, AccessAction.UPDATE);
        Checks v = new Checks();
        String why = v.text("reason", reason, Checks.MAX_REMARK);
        if (why == null) {
            v.reject("reason", "Geef de reden waarom deze persoon uit het dossier gaat.");
        }
        v.throwIfInvalid();
        restrictions.requireNotRestricted(List.of(personId));
        if (dossiers.personIdsOf(dossierId).stream().distinct().count() <= 1) {
            throw new BusinessRuleException("reason", "Dit is de enige betrokkene van het dossier; voeg eerst de juiste "
                    + "persoon toe.");
        }
        jdbc.sql("DELETE FROM dossier_person WHERE dossier_id = :d AND person_id = :p")
                .param("d", dossierId).param("p", personId).update();
        record(dossierId, personId, "membership", role.name(), null, why);
        dossiers.recordChange(dossierId);
        accessLog.allowed(AccessAction.UPDATE, access.role(), Set.of(dossierId), Set.of(personId), access.logReason());
    }

    /**
     * Who changed what of this person (in the dossier or taken out of it), when and why, newest first: read with need
     * to know and logged. Without free text for administrative access.
     */
    @Transactional
    public DossierPerson.History history(UUID dossierId, UUID personId) {
        DossierAccess access = dossiers.requireAccess(dossierId, AccessAction.READ);
        boolean inDossier = role(dossierId, personId).isPresent();
        boolean wasInDossier = jdbc.sql("SELECT EXISTS (SELECT 1 FROM dossier_change WHERE dossier_id = :d AND person_id = :p)")
                .param("d", dossierId).param("p", personId).query(Boolean.class).single();
        if (!inDossier && !wasInDossier) {
            accessLog.denied(AccessAction.READ, Set.of(dossierId), Set.of(personId), null);
            throw new NotFoundException(NOT_IN_DOSSIER);
        }
        List<DossierPerson.Entry> entries = new ArrayList<>();
        for (FieldChange c : corrections.history(personId)) {
            boolean elsewhere = !dossierId.equals(c.dossierId());
            entries.add(new DossierPerson.Entry(c.changedAt(), c.changedBy(), c.field(), c.oldValue(), c.newValue(),
                    elsewhere ? null : c.reason(), elsewhere));
        }
        jdbc.sql("""
                SELECT c.field, c.old_value, c.new_value, c.reason, u.display_name, c.changed_at
                FROM dossier_change c JOIN staff_name u ON u.id = c.changed_by
                WHERE c.dossier_id = :d AND c.person_id = :p""")
                .param("d", dossierId).param("p", personId)
                .query((rs, n) -> entries.add(new DossierPerson.Entry(rs.getTimestamp("changed_at").toInstant(),
                        rs.getString("display_name"), rs.getString("field"), rs.getString("old_value"),
                        rs.getString("new_value"), rs.getString("reason"), false)))
                .list();
        entries.sort(Comparator.comparing(DossierPerson.Entry::changedAt).reversed()
                .thenComparing(DossierPerson.Entry::field));
        PersonDetails details = details(personId);
        accessLog.allowed(AccessAction.READ, access.role(), Set.of(dossierId), Set.of(personId), access.logReason());
        return access.present(new DossierPerson.History(dossierId, personId, details.fullName(), inDossier,
                List.copyOf(entries)));
    }

    /** The person's role in the dossier; a person not in it is refused (logged) as if unknown. */
    private PersonRole roleIn(UUID dossierId, UUID personId, AccessAction action) {
        return role(dossierId, personId).orElseGet(() -> {
            accessLog.denied(action, Set.of(dossierId), Set.of(personId), null);
            throw new NotFoundException(NOT_IN_DOSSIER);
        });
    }

    private Optional<PersonRole> role(UUID dossierId, UUID personId) {
        return jdbc.sql("SELECT role FROM dossier_person WHERE dossier_id = :d AND person_id = :p ORDER BY role LIMIT 1")
                .param("d", dossierId).param("p", personId).query(String.class).optional().map(PersonRole::valueOf);
    }

    private PersonDetails details(UUID personId) {
        return corrections.details(personId).orElseThrow(() -> new NotFoundException(NOT_IN_DOSSIER));
    }

    private List<OwnStatements.OwnStatement> statementsOf(UUID dossierId, UUID personId) {
        return ownStatements.inDossier(dossierId).stream().filter(s -> s.personId().equals(personId)).toList();
    }

    private void lockDossier(UUID dossierId) {
        jdbc.sql("SELECT id FROM dossier WHERE id = :id FOR UPDATE").param("id", dossierId).query(UUID.class).single();
    }

    private FieldChange record(UUID dossierId, UUID personId, String field, String oldValue, String newValue, String reason) {
        UUID changeId = UUID.randomUUID();
        Instant now = clock.instant();
        jdbc.sql("""
                INSERT INTO dossier_change (id, change_id, dossier_id, person_id, field, old_value, new_value, reason,
                                            changed_by, changed_at)
                VALUES (:id, :change, :d, :p, :field, :old, :new, :reason, :by, :at)""")
                .param("id", UUID.randomUUID()).param("change", changeId).param("d", dossierId).param("p", personId)
                .param("field", field).param("old", oldValue).param("new", newValue).param("reason", reason)
                .param("by", CurrentStaff.get().id()).param("at", Timestamp.from(now)).update();
        return new FieldChange(changeId, field, oldValue, newValue, reason, CurrentStaff.get().displayName(), now, dossierId);
    }

    /** The person as the input says, checked as at the intake (Wmo 2015 art. 5.2.9). */
    static NewPerson validate(Checks v, DossierPersonInput p, Household household, LocalDate today) {
        PersonRole role = v.enumValue("role", p.role(), PersonRole.class, "Kies de rol van deze betrokkene.", true);
        String bsn = Bsn.normalise(v.optional(p.bsn()));
        if (bsn != null && !Bsn.isValid(bsn)) {
            v.reject("bsn", "Dit BSN klopt niet (negen cijfers die de elfproef doorstaan).");
        }
        String surname = v.max("surname", v.optional(p.surname()), Checks.MAX_SHORT_TEXT);
        String prefix = v.max("surnamePrefix", v.optional(p.surnamePrefix()), Checks.MAX_SHORT_TEXT);
        String givenNames = v.max("givenNames", v.optional(p.givenNames()), Checks.MAX_SHORT_TEXT);
        LocalDate dateOfBirth = v.date("dateOfBirth", p.dateOfBirth(), today);
        String postcode = Checks.postcode(v.optional(p.postcode()));
        if (postcode != null && !postcode.matches("^[1-9][0-9]{3}[A-Z]{2}$")) {
            v.reject("postcode", "Een postcode is vier cijfers en twee letters, bijvoorbeeld 3511 AB.");
        }
        String houseNumber = v.max("houseNumber", v.optional(p.houseNumber()), Checks.MAX_CODE);
        String municipality = v.max("municipalityCode", v.optional(p.municipalityCode()), Checks.MAX_CODE);
        if (postcode == null && houseNumber == null) {
            postcode = household.postcode();
            houseNumber = household.houseNumber();
        }
        if (municipality == null) {
            municipality = household.municipalityCode();
        }
        String missingReason = v.max("identificationMissingReason", v.optional(p.identificationMissingReason()),
                Checks.MAX_REMARK);
        boolean identified = bsn != null || (surname != null && givenNames != null && dateOfBirth != null
                && postcode != null && houseNumber != null);
        if (!identified && missingReason == null && v.ok("bsn")) {
            v.reject("identificationMissingReason", "Zonder BSN zijn achternaam, voornamen, geboortedatum, postcode en "
                    + "huisnummer nodig (Wmo 2015 art. 5.2.9), of leg vast waarom die onbekend zijn.");
        }
        if (surname == null) {
            v.reject("surname", "Vul de achternaam in.");
        }
        String gender = v.optional(p.gender());
        if (gender != null && !Set.of("FEMALE", "MALE", "OTHER", "UNKNOWN").contains(gender.toUpperCase())) {
            v.reject("gender", "Kies vrouw, man, anders of onbekend.");
        }
        return new NewPerson(role, bsn, surname, prefix, givenNames, dateOfBirth,
                gender == null ? null : gender.toUpperCase(), postcode, houseNumber, municipality, missingReason);
    }

    private NewPerson validate(Checks v, DossierPersonInput in, Household household) {
        return validate(v, in, household, DutchTime.today(clock));
    }
}
