package nl.vangnet.exchange;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.vangnet.accesslog.AccessAction;
import nl.vangnet.accesslog.AccessLog;
import nl.vangnet.disclosure.DataItem;
import nl.vangnet.disclosure.DisclosureKind;
import nl.vangnet.disclosure.Disclosures;
import nl.vangnet.disclosure.LegalGround;
import nl.vangnet.disclosure.NewDisclosure;
import nl.vangnet.dossier.DossierTracks;
import nl.vangnet.dossier.DossierView;
import nl.vangnet.dossier.Dossiers;
import nl.vangnet.dossier.Household;
import nl.vangnet.followup.CrisisInterventions;
import nl.vangnet.person.PersonRestrictions;
import nl.vangnet.person.PersonRole;
import nl.vangnet.platform.Checks;
import nl.vangnet.platform.DutchTime;
import nl.vangnet.region.Municipality;
import nl.vangnet.region.Regions;
import nl.vangnet.staff.CurrentStaff;
import nl.vangnet.staff.Role;
import nl.vangnet.staff.StaffPrincipal;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The billing export to a municipality (billing control): per person, only name, address, place of residence, BSN
 * and the services delivered. For the secretariaat and the teamleider, across every team's dossiers (the export is
 * the organisation's, and holds no content). Who is in it: every person of a dossier whose household lives in the
 * municipality (the household's address as registered on the dossier), except those with the role "other" (not of
 * the household), when the dossier had at least one service in the period ({@link ServicesDelivered}). A person in
 * two such dossiers is one row with the services of both and the address of the latest dossier. Each person's data is
 * registered as one disclosure, and the export as one access-log entry, in one transaction. A person whose processing
 * is restricted ({@link PersonRestrictions}) is left out of the export (the municipality's other rows still go).
 */
@Service
public class BillingExports {

    /** The five columns, and no other. */
    public static final List<String> COLUMNS = List.of("naam", "adres", "woonplaats", "bsn", "geleverde diensten");

    /** One row of the export. */
    public record Row(UUID personId, String name, String address, String placeOfResidence, String bsn, List<String> services) {

        /** The five cells, in the order of {@link #COLUMNS}. */
        public List<String> cells() {
            return List.of(name, address, placeOfResidence, bsn == null ? "" : bsn, String.join(", ", services));
        }
    }

    public record Export(String municipalityCode, String municipalityName, LocalDate from, LocalDate to, List<Row> rows) {
    }

    private final JdbcClient jdbc;
    private final Dossiers dossiers;
    private final ObjectProvider<DossierTracks> tracks;
    private final CrisisInterventions crises;
    private final Regions regions;
    private final Disclosures disclosures;
    private final PersonRestrictions restrictions;
    private final AccessLog accessLog;
    private final Clock clock;

    BillingExports(JdbcClient jdbc, Dossiers dossiers, ObjectProvider<DossierTracks> tracks, CrisisInterventions crises,
            Regions regions, Disclosures disclosures, PersonRestrictions restrictions, AccessLog accessLog, Clock clock) {
        this.jdbc = jdbc;
        this.dossiers = dossiers;
        this.tracks = tracks;
        this.crises = crises;
        this.regions = regions;
        this.disclosures = disclosures;
        this.restrictions = restrictions;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /** Whether the current staff member may make a billing export (the secretariaat and the teamleider). */
    public static boolean mayExport(StaffPrincipal me) {
        return me.has(Role.SECRETARIAT) || me.has(Role.TEAM_LEADER);
    }

    /** The export of one municipality and period [from, to] (at most a year); refused at the field on bad input. */
    @Transactional
    public Export export(String municipalityCode, String from, String to) {
        StaffPrincipal me = CurrentStaff.get();
        if (!mayExport(me)) {
            accessLog.denied(AccessAction.EXPORT, Set.of(), Set.of(), "Facturatie-export aan een gemeente");
            throw new AccessDeniedException("billing export");
        }
        Role role = me.has(Role.SECRETARIAT) ? Role.SECRETARIAT : Role.TEAM_LEADER;
        Checks v = new Checks();
        String code = v.required("municipalityCode", municipalityCode, "Kies de gemeente.");
        Municipality municipality = null;
        if (code != null) {
            municipality = regions.municipality(code).orElse(null);
            if (municipality == null) {
                v.reject("municipalityCode", "Deze gemeentecode is onbekend (gebruik de CBS-code, bijvoorbeeld GM0344).");
            }
        }
        LocalDate first = v.anyDate("from", from, "Vul de eerste dag van de periode in.", "Vul een datum in als jjjj-mm-dd.");
        LocalDate last = v.anyDate("to", to, "Vul de laatste dag van de periode in.", "Vul een datum in als jjjj-mm-dd.");
        if (first != null && last != null) {
            if (first.isAfter(last)) {
                v.reject("to", "De laatste dag ligt voor de eerste dag van de periode.");
            } else if (!last.isBefore(first.plusYears(1))) {
                v.reject("to", "Een export beslaat ten hoogste een jaar.");
            }
        }
        v.throwIfInvalid();
        List<Row> rows = rows(municipality, first, last);
        List<UUID> personIds = rows.stream().map(Row::personId).toList();
        accessLog.allowed(AccessAction.EXPORT, role, Set.of(), personIds,
                "Facturatie-export aan gemeente " + municipality.name() + " (" + first + " t/m " + last + ")");
        LocalDate today = DutchTime.today(clock);
        for (Row row : rows) {
            disclosures.register(new NewDisclosure(null, DisclosureKind.BILLING_EXPORT, null, today,
                    "Gemeente " + municipality.name(), null, LegalGround.BILLING_CONTROL,
                    EnumSet.of(DataItem.NAME, DataItem.ADDRESS, DataItem.BSN, DataItem.SERVICES_DELIVERED),
                    List.of(row.personId()), "Facturatie-export " + first + " t/m " + last));
        }
        return new Export(municipality.code(), municipality.name(), first, last, rows);
    }

    private List<Row> rows(Municipality municipality, LocalDate from, LocalDate to) {
        Map<UUID, Row> byPerson = new LinkedHashMap<>();
        for (UUID dossierId : dossiers.inMunicipality(municipality.code(), from, to)) {
            List<DossierTracks.Track> trackList = tracks.stream().flatMap(t -> t.tracksOf(dossierId).stream()).toList();
            List<String> services = ServicesDelivered.in(from, to, assessedOn(dossierId), trackList, crises.daysOf(dossierId));
            if (services.isEmpty()) {
                continue;
            }
            Household h = dossiers.household(dossierId);
            String address = address(h);
            for (DossierView.InvolvedPerson p : dossiers.personsOf(dossierId)) {
                if (p.role() == PersonRole.OTHER) {
                    continue;
                }
                Row earlier = byPerson.get(p.personId());
                Set<String> all = new LinkedHashSet<>(earlier == null ? List.of() : earlier.services());
                all.addAll(services);
                List<String> ordered = ServicesDelivered.ORDER.stream().filter(all::contains).toList();
                byPerson.put(p.personId(), new Row(p.personId(), p.fullName(), address, municipality.name(), p.bsn(), ordered));
            }
        }
        // A person whose processing is restricted (AVG art. 18) is left out: nothing about them is sent, the others are.
        byPerson.keySet().removeAll(restrictions.restricted(byPerson.keySet()));
        List<Row> rows = new ArrayList<>(byPerson.values());
        rows.sort(Comparator.comparing(Row::name).thenComparing(r -> r.personId().toString()));
        return rows;
    }

    /** Street, house number and postcode in one column: "Oudegracht 12, 3511AB" (what is not known is left out). */
    static String address(Household h) {
        String street = h.street() == null ? "" : h.street().strip();
        String number = h.houseNumber() == null ? "" : h.houseNumber().strip();
        String postcode = h.postcode() == null ? "" : h.postcode().strip();
        String streetAndNumber = (street + " " + number).strip();
        return streetAndNumber.isEmpty() || postcode.isEmpty() ? (streetAndNumber + postcode).strip()
                : streetAndNumber + ", " + postcode;
    }

    /** The days the dossier's safety assessments were confirmed (intake's published report_due view). */
    private List<LocalDate> assessedOn(UUID dossierId) {
        return jdbc.sql("SELECT assessed_on FROM report_due WHERE dossier_id = :d AND assessed_on IS NOT NULL")
                .param("d", dossierId).query(LocalDate.class).list();
    }
}
