package nl.vangnet.exchange;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import nl.vangnet.accesslog.AccessAction;
import nl.vangnet.accesslog.AccessLog;
import nl.vangnet.disclosure.DataItem;
import nl.vangnet.disclosure.DisclosureKind;
import nl.vangnet.disclosure.Disclosures;
import nl.vangnet.disclosure.LegalGround;
import nl.vangnet.disclosure.NewDisclosure;
import nl.vangnet.dossier.DossierAccess;
import nl.vangnet.dossier.DossierSummary;
import nl.vangnet.dossier.DossierView;
import nl.vangnet.dossier.Dossiers;
import nl.vangnet.dossier.Household;
import nl.vangnet.intake.ReportView;
import nl.vangnet.intake.Reports;
import nl.vangnet.platform.Checks;
import nl.vangnet.platform.DutchTime;
import nl.vangnet.platform.NotFoundException;
import nl.vangnet.region.Municipality;
import nl.vangnet.region.Regions;
import nl.vangnet.staff.CurrentStaff;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The transfer of a dossier to another Veilig Thuis region, where the household lives: its reports and persons go
 * there as one package, kept here as sent, registered as a disclosure (ground: child protection, another Veilig
 * Thuis) and the dossier here closes with the reason "overgedragen aan VT &lt;region&gt;". A report not yet
 * assessed goes with it (status TRANSFERRED: the other region assesses it), which is the usual case at intake. Work
 * this region already started and owes (an open track, a notice due) refuses the transfer (409), storing nothing.
 */
@Service
public class RegionTransfers {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Which region the dossier goes to. */
    public record NewTransfer(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 20, example = "VT03",
                    description = "De code van de Veilig Thuis-regio waar het huishouden woont (niet de eigen regio)")
            @Size(max = 20) String regionCode) {
    }

    /** The package that goes to the other region: the sender, the recipient, the dossier's household, persons and reports. */
    public record TransferPackage(Sender sender, Recipient recipient, String dossierReference, LocalDate transferredOn,
            Address household, List<Person> persons, List<Report> reports) {
    }

    public record Sender(String name, String phone, String email) {
    }

    public record Recipient(String regionCode, String regionName) {
    }

    public record Address(String street, String postcode, String houseNumber, String municipalityCode, String municipalityName) {
    }

    public record Person(String role, String bsn, String surname, String surnamePrefix, String givenNames,
            LocalDate dateOfBirth) {
    }

    /** A report as received and verified; an anonymous reporter's identity stays here. */
    public record Report(String reference, Instant receivedAt, String channel, Reporter reporter, List<String> violenceTypes,
            String concern, boolean acute) {
    }

    public record Reporter(String type, String category, boolean anonymous, String name, String organisation,
            String function, String phone, String email) {
    }

    /** A transfer as stored: where to, when, and the package sent. */
    public record Transfer(UUID id, String regionCode, String regionName, LocalDate transferredOn, TransferPackage transferPackage) {
    }

    private final JdbcClient jdbc;
    private final Dossiers dossiers;
    private final Reports reports;
    private final Regions regions;
    private final Disclosures disclosures;
    private final AccessLog accessLog;
    private final Organisation organisation;
    private final Clock clock;

    RegionTransfers(JdbcClient jdbc, Dossiers dossiers, Reports reports, Regions regions, Disclosures disclosures,
            AccessLog accessLog, Organisation organisation, Clock clock) {
        this.jdbc = jdbc;
        this.dossiers = dossiers;
        this.reports = reports;
        this.regions = regions;
        this.disclosures = disclosures;
        this.accessLog = accessLog;
        this.organisation = organisation;
        this.clock = clock;
    }

    /** Transfers the dossier to the region: builds and keeps the package, registers the disclosure, closes the dossier. */
    @Transactional
    public Transfer transfer(UUID dossierId, NewTransfer in) {
        dossiers.requireAccess(dossierId, AccessAction.DISCLOSE, DossierAccess::worksOnCase);
        Checks v = new Checks();
        String code = v.required("regionCode", in == null ? null : in.regionCode(), "Kies de Veilig Thuis-regio waar het dossier heen gaat.");
        v.max("regionCode", code, 20);
        v.throwIfInvalid();
        code = code.strip().toUpperCase(Locale.ROOT);
        if (code.equals(regions.ownRegionCode())) {
            throw Checks.refusal("regionCode", "Dit is de eigen regio: een overdracht gaat naar een andere Veilig Thuis-regio.");
        }
        String regionName = regions.findRegionName(code)
                .orElseThrow(() -> Checks.refusal("regionCode", "Deze Veilig Thuis-regio bestaat niet."));
        dossiers.requireOpen(dossierId);
        LocalDate today = DutchTime.today(clock);
        TransferPackage content = content(dossierId, code, regionName, today);
        List<DossierView.InvolvedPerson> persons = dossiers.personsOf(dossierId);
        // Reports not yet assessed go with the dossier: the region where the household lives assesses them.
        reports.transferUnassessedToOtherRegion(dossierId);
        dossiers.close(dossierId, "overgedragen aan VT " + regionName);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO region_transfer (id, dossier_id, target_region_code, target_region_name, transferred_on, package,
                    created_by, created_at)
                VALUES (:id, :d, :code, :name, :on, CAST(:package AS jsonb), :by, :now)""")
                .param("id", id).param("d", dossierId).param("code", code).param("name", regionName).param("on", today)
                .param("package", JSON.writeValueAsString(content)).param("by", CurrentStaff.get().id())
                .param("now", Timestamp.from(clock.instant())).update();
        disclosures.register(new NewDisclosure(dossierId, DisclosureKind.REGION_TRANSFER, id, today, "Veilig Thuis " + regionName,
                null, LegalGround.CHILD_PROTECTION_OTHER_VEILIG_THUIS, EnumSet.of(DataItem.NAME, DataItem.DATE_OF_BIRTH,
                        DataItem.BSN, DataItem.ADDRESS, DataItem.CONTACT_DETAILS, DataItem.CONCERN, DataItem.REPORT),
                persons.stream().map(DossierView.InvolvedPerson::personId).toList(),
                "Overdracht van het dossier (meldingen en betrokkenen) aan Veilig Thuis " + regionName));
        return find(dossierId, id);
    }

    /** The package of a transfer, as it was sent: read by who works on the case (logged). */
    @Transactional
    public TransferPackage transferPackage(UUID dossierId, UUID transferId) {
        DossierAccess access = dossiers.requireAccess(dossierId, AccessAction.READ, DossierAccess::worksOnCase);
        Transfer transfer = find(dossierId, transferId);
        accessLog.allowed(AccessAction.READ, access.role(), Set.of(dossierId), dossiers.personIdsOf(dossierId), access.logReason());
        return transfer.transferPackage();
    }

    /** The transfers of a dossier, newest first (the caller has checked the access). */
    public List<Transfer> ofDossier(UUID dossierId) {
        return jdbc.sql("SELECT id FROM region_transfer WHERE dossier_id = :d ORDER BY created_at DESC").param("d", dossierId)
                .query(UUID.class).list().stream().map(id -> find(dossierId, id)).toList();
    }

    private TransferPackage content(UUID dossierId, String code, String regionName, LocalDate today) {
        Household h = dossiers.household(dossierId);
        String municipality = regions.municipality(h.municipalityCode()).map(Municipality::name).orElse(null);
        List<Person> persons = dossiers.personsOf(dossierId).stream().map(p -> new Person(p.role().name(), p.bsn(),
                p.surname(), p.surnamePrefix(), p.givenNames(), p.dateOfBirth())).toList();
        List<Report> sent = reports.reportsOf(dossierId).stream().map(reports::get).map(RegionTransfers::report).toList();
        String reference = dossiers.summary(dossierId).map(DossierSummary::reference).orElseThrow();
        return new TransferPackage(new Sender(organisation.name(), organisation.phone(), organisation.email()),
                new Recipient(code, regionName), reference, today,
                new Address(h.street(), h.postcode(), h.houseNumber(), h.municipalityCode(), municipality), persons, sent);
    }

    private static Report report(ReportView r) {
        ReportView.Reporter rep = r.reporter();
        boolean hidden = rep.anonymous();
        Reporter reporter = new Reporter(name(rep.type()), name(rep.category()), rep.anonymous(), hidden ? null : rep.name(),
                hidden ? null : rep.organisation(), hidden ? null : rep.function(), hidden ? null : rep.phone(),
                hidden ? null : rep.email());
        return new Report(r.reference(), r.receivedAt(), name(r.channel()), reporter,
                r.violenceTypes().stream().map(Enum::name).toList(), r.concern(), r.acute());
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private Transfer find(UUID dossierId, UUID transferId) {
        return jdbc.sql("""
                SELECT id, target_region_code, target_region_name, transferred_on, package::text FROM region_transfer
                WHERE id = :id AND dossier_id = :d""")
                .param("id", transferId).param("d", dossierId)
                .query((rs, n) -> new Transfer(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), JSON.readValue(rs.getString(5), TransferPackage.class)))
                .optional().orElseThrow(() -> new NotFoundException("Deze overdracht bestaat niet."));
    }
}
