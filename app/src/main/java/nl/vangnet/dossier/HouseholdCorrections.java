package nl.vangnet.dossier;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import nl.vangnet.accesslog.AccessAction;
import nl.vangnet.accesslog.AccessLog;
import nl.vangnet.person.FieldChange;
import nl.vangnet.person.PersonRestrictions;
import nl.vangnet.platform.Checks;
import nl.vangnet.staff.CurrentStaff;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Correcting where the dossier's household lives, by the workers on the case, with a reason; every earlier value is
 * kept in dossier_change (without a person). A report keeps the address as it was registered.
 */
@Service
public class HouseholdCorrections {

    private final JdbcClient jdbc;
    private final Dossiers dossiers;
    private final AccessLog accessLog;
    private final PersonRestrictions restrictions;
    private final Clock clock;

    HouseholdCorrections(JdbcClient jdbc, Dossiers dossiers, AccessLog accessLog, PersonRestrictions restrictions,
            Clock clock) {
        this.jdbc = jdbc;
        this.dossiers = dossiers;
        this.restrictions = restrictions;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /** The household's address and its history, newest first: read with need to know (logged). */
    @Transactional
    public Address address(UUID dossierId) {
        DossierAccess access = dossiers.requireAccess(dossierId, AccessAction.READ);
        Address address = new Address(dossiers.household(dossierId), history(dossierId));
        accessLog.allowed(AccessAction.READ, access.role(), Set.of(dossierId), Set.of(), access.logReason());
        return access.present(address);
    }

    /** Puts the corrected address in place and keeps each changed field's earlier value. */
    @Transactional
    public Address correct(UUID dossierId, String postcode, String houseNumber, String municipalityCode, String street,
            String reason) {
        DossierAccess access = dossiers.requireAccess(dossierId, AccessAction.UPDATE, DossierAccess::worksOnCase);
        jdbc.sql("SELECT id FROM dossier WHERE id = :id FOR UPDATE").param("id", dossierId).query(UUID.class).single();
        Household before = dossiers.household(dossierId);
        Checks v = new Checks();
        String pc = Checks.postcode(v.optional(postcode));
        if (pc != null && !pc.matches("^[1-9][0-9]{3}[A-Z]{2}$")) {
            v.reject("postcode", "Een postcode is vier cijfers en twee letters, bijvoorbeeld 3511 AB.");
        }
        String nr = v.max("houseNumber", v.optional(houseNumber), Checks.MAX_CODE);
        String st = v.text("street", street, Checks.MAX_SHORT_TEXT);
        String gm = v.optional(municipalityCode);
        if (gm != null && !gm.toUpperCase().matches("^GM[0-9]{4}$")) {
            v.reject("municipalityCode", "Een gemeentecode is GM en vier cijfers, bijvoorbeeld GM0344.");
        }
        // What is left out stays as it is.
        pc = pc == null ? before.postcode() : pc;
        nr = nr == null ? before.houseNumber() : nr;
        gm = gm == null ? before.municipalityCode() : gm.toUpperCase();
        st = st == null ? before.street() : st;
        if ((pc == null) != (nr == null) && v.ok("postcode")) {
            v.reject(pc == null ? "postcode" : "houseNumber", "Geef postcode en huisnummer samen.");
        }
        String why = v.text("reason", reason, Checks.MAX_REMARK);
        if (why == null) {
            v.reject("reason", "Geef de reden van de wijziging.");
        }
        v.throwIfInvalid();
        Map<String, String[]> changed = new LinkedHashMap<>();
        compare(changed, "postcode", before.postcode(), pc);
        compare(changed, "houseNumber", before.houseNumber(), nr);
        compare(changed, "municipalityCode", before.municipalityCode(), gm);
        compare(changed, "street", before.street(), st);
        if (!changed.isEmpty()) {
            // The household's address is the address of each person in it.
            restrictions.requireNotRestricted(dossiers.personIdsOf(dossierId));
            jdbc.sql("""
                    UPDATE dossier SET household_postcode = :pc, household_house_number = :nr, household_municipality_code = :gm,
                        household_street = :st
                    WHERE id = :id""")
                    .param("pc", pc).param("nr", nr).param("gm", gm).param("st", st).param("id", dossierId)
                    .update();
            UUID changeId = UUID.randomUUID();
            Instant now = clock.instant();
            changed.forEach((field, values) -> jdbc.sql("""
                    INSERT INTO dossier_change (id, change_id, dossier_id, person_id, field, old_value, new_value, reason,
                                                changed_by, changed_at)
                    VALUES (:id, :change, :d, NULL, :field, :old, :new, :reason, :by, :at)""")
                    .param("id", UUID.randomUUID()).param("change", changeId).param("d", dossierId)
                    .param("field", "household." + field).param("old", values[0]).param("new", values[1])
                    .param("reason", why).param("by", CurrentStaff.get().id()).param("at", Timestamp.from(now)).update());
            dossiers.recordChange(dossierId);
        }
        accessLog.allowed(AccessAction.UPDATE, access.role(), Set.of(dossierId), Set.of(), access.logReason());
        return new Address(dossiers.household(dossierId), history(dossierId));
    }

    private List<FieldChange> history(UUID dossierId) {
        return new ArrayList<>(jdbc.sql("""
                SELECT c.change_id, c.field, c.old_value, c.new_value, c.reason, u.display_name, c.changed_at
                FROM dossier_change c JOIN staff_name u ON u.id = c.changed_by
                WHERE c.dossier_id = :d AND c.person_id IS NULL ORDER BY c.changed_at DESC, c.field""")
                .param("d", dossierId)
                .query((rs, n) -> new FieldChange(rs.getObject("change_id", UUID.class), rs.getString("field"),
                        rs.getString("old_value"), rs.getString("new_value"), rs.getString("reason"),
                        rs.getString("display_name"), rs.getTimestamp("changed_at").toInstant(), dossierId))
                .list());
    }

    private static void compare(Map<String, String[]> changed, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changed.put(field, new String[] {before, after});
        }
    }

    /** Where the household lives, and who changed it when and why (the reasons are free text). */
    public record Address(Household household, List<FieldChange> history) {
    }
}
