package nl.vangnet.disclosure;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.vangnet.accesslog.AccessAction;
import nl.vangnet.accesslog.AccessLog;
import nl.vangnet.dossier.Dossiers;
import nl.vangnet.person.PersonRestrictions;
import nl.vangnet.platform.Checks;
import nl.vangnet.platform.DutchTime;
import nl.vangnet.staff.CurrentStaff;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers every disclosure. {@link #register} is the one way data is recorded as sent: it refuses a disclosure
 * without a legal ground, recipient, persons or data items, and persons who are not in the dossier; it writes the
 * register and one access-log entry ({@link AccessAction#DISCLOSE}) in the caller's transaction, so an exchange that
 * fails leaves no registration and a registration that fails stops the exchange. Nothing is sent about a person
 * whose processing is restricted ({@link PersonRestrictions}, AVG art. 18): refused with 409, so every exchange stops.
 */
@Service
public class Disclosures {

    static final String NO_GROUND = "Zonder wettelijke grondslag wordt niets verstrekt: kies de grondslag.";

    private final JdbcClient jdbc;
    private final Dossiers dossiers;
    private final AccessLog accessLog;
    private final PersonRestrictions restrictions;
    private final Clock clock;

    Disclosures(JdbcClient jdbc, Dossiers dossiers, AccessLog accessLog, PersonRestrictions restrictions, Clock clock) {
        this.jdbc = jdbc;
        this.dossiers = dossiers;
        this.accessLog = accessLog;
        this.restrictions = restrictions;
        this.clock = clock;
    }

    /**
     * Registers a disclosure, inside the caller's transaction; the caller has checked the access to the dossier (or,
     * without a dossier, the right to the export). The current staff member is who decided.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public UUID register(NewDisclosure d) {
        if (d.kind() == null) {
            throw new IllegalArgumentException("A disclosure names the exchange it belongs to");
        }
        Checks v = new Checks();
        check(d, d.dossierId() == null ? null : dossiers.personIdsOf(d.dossierId()), DutchTime.today(clock), v);
        v.throwIfInvalid();
        restrictions.requireNotRestricted(d.personIds());
        String organisation = d.recipientOrganisation().strip();
        String person = v.optional(d.recipientPerson());
        Set<UUID> about = new LinkedHashSet<>(d.personIds());
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO disclosure (id, dossier_id, kind, source_id, disclosed_on, recipient_organisation,
                    recipient_person, legal_ground, data_items, description, decided_by, recorded_at)
                VALUES (:id, :d, :kind, :source, :on, :org, :person, :ground, :items, :description, :by, :now)""")
                .param("id", id).param("d", d.dossierId()).param("kind", d.kind().name()).param("source", d.sourceId())
                .param("on", d.disclosedOn()).param("org", organisation).param("person", person)
                .param("ground", d.ground().name())
                .param("items", d.items().stream().sorted().map(Enum::name).toArray(String[]::new))
                .param("description", d.description() == null || d.description().isBlank() ? null : d.description().strip())
                .param("by", CurrentStaff.get().id()).param("now", Timestamp.from(clock.instant())).update();
        for (UUID p : about) {
            jdbc.sql("INSERT INTO disclosure_person (disclosure_id, person_id) VALUES (:d, :p)")
                    .param("d", id).param("p", p).update();
        }
        accessLog.allowed(AccessAction.DISCLOSE, null, d.dossierId() == null ? Set.of() : Set.of(d.dossierId()), about,
                "Verstrekt aan " + organisation + " (grondslag " + d.ground().name() + ")");
        return id;
    }

    /**
     * What a disclosure must hold (no disclosure without a legal ground; a recipient; at least one data item and one
     * person, all of the dossier when it comes from one; a date not in the future). Adds each problem at its field,
     * unless the field was already refused (a caller that parsed the input first).
     */
    static void check(NewDisclosure d, List<UUID> inDossier, LocalDate today, Checks v) {
        if (d.ground() == null && v.ok("legalGround")) {
            v.reject("legalGround", NO_GROUND);
        }
        if (v.ok("recipientOrganisation")) {
            String organisation = v.required("recipientOrganisation", d.recipientOrganisation(),
                    "Vul in aan welke organisatie de gegevens gaan.");
            v.max("recipientOrganisation", organisation, Checks.MAX_SHORT_TEXT);
        }
        if (v.ok("recipientPerson")) {
            v.text("recipientPerson", d.recipientPerson(), Checks.MAX_SHORT_TEXT);
        }
        if ((d.items() == null || d.items().isEmpty()) && v.ok("dataItems")) {
            v.reject("dataItems", "Kies welke gegevens worden verstrekt.");
        }
        Set<UUID> about = d.personIds() == null ? Set.of() : new LinkedHashSet<>(d.personIds());
        if (!v.ok("personIds")) {
            return;
        } else if (about.isEmpty()) {
            v.reject("personIds", "Kies over welke personen gegevens worden verstrekt.");
        } else if (inDossier != null && !inDossier.containsAll(about)) {
            v.reject("personIds", "Een van deze personen hoort niet bij dit dossier.");
        }
        if (d.disclosedOn() == null) {
            if (v.ok("disclosedOn")) {
                v.reject("disclosedOn", "Vul in wanneer de gegevens zijn verstrekt.");
            }
        } else if (d.disclosedOn().isAfter(today)) {
            v.reject("disclosedOn", "Een verstrekking ligt niet in de toekomst.");
        }
        if (d.description() != null && v.ok("description")) {
            v.text("description", d.description(), Checks.MAX_TEXT);
        }
    }
}
