package nl.vangnet.exchange;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
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
import nl.vangnet.dossier.DossierView;
import nl.vangnet.dossier.Dossiers;
import nl.vangnet.platform.Checks;
import nl.vangnet.platform.DutchTime;
import nl.vangnet.platform.NotFoundException;
import nl.vangnet.region.Municipality;
import nl.vangnet.region.Regions;
import nl.vangnet.staff.CurrentStaff;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signals to the Verwijsindex risicojongeren (VIR; ESAR in Flevoland) that Veilig Thuis is involved with a child. The
 * signal holds only the child's BSN, Veilig Thuis's name and contact details and the date: never a reason or content.
 * Sent by who works on the case, for a child of the dossier (under 18 today) with a BSN; registered as a disclosure
 * (ground VIR_SIGNAL) in the same transaction.
 */
@Service
public class VirSignals {

    static final String NOT_A_CHILD = "Een signaal in de verwijsindex is alleen voor een kind: deze persoon is 18 jaar of ouder.";
    static final String NO_BIRTH_DATE = "De geboortedatum van deze persoon is niet bekend: een signaal in de verwijsindex is "
            + "alleen voor een kind (jonger dan 18 jaar).";
    static final String NO_BSN = "Zonder BSN kan geen signaal in de verwijsindex worden afgegeven.";

    /** Which child of the dossier the signal is about. */
    public record NewSignal(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "uuid", maxLength = 36,
                    example = "3f2b8c1e-6d4a-4b9e-9c1f-2a7d5e8b0c41",
                    description = "Het kind van het dossier (jonger dan 18 jaar, met BSN) waarover het signaal gaat")
            @Size(max = 36) String personId) {
    }

    /** What goes to the index, and nothing more: the child's BSN, Veilig Thuis's name and contact details, the date. */
    public record Payload(String bsn, String organisationName, String organisationPhone, String organisationEmail,
            LocalDate date) {
    }

    /** A signal as stored: which index it went to, and the payload sent. */
    public record Signal(UUID id, String index, Payload payload) {
    }

    private final JdbcClient jdbc;
    private final Dossiers dossiers;
    private final Regions regions;
    private final Disclosures disclosures;
    private final AccessLog accessLog;
    private final Organisation organisation;
    private final Clock clock;

    VirSignals(JdbcClient jdbc, Dossiers dossiers, Regions regions, Disclosures disclosures, AccessLog accessLog,
            Organisation organisation, Clock clock) {
        this.jdbc = jdbc;
        this.dossiers = dossiers;
        this.regions = regions;
        this.disclosures = disclosures;
        this.accessLog = accessLog;
        this.organisation = organisation;
        this.clock = clock;
    }

    /** Sends a signal about a child of the dossier and registers it as a disclosure; refused for anyone but a child. */
    @Transactional
    public Signal send(UUID dossierId, NewSignal in) {
        dossiers.requireAccess(dossierId, AccessAction.DISCLOSE, DossierAccess::worksOnCase);
        dossiers.requireOpen(dossierId);
        Checks v = new Checks();
        UUID personId = v.id("personId", in == null ? null : in.personId(), "Kies het kind waarover het signaal gaat.");
        v.throwIfInvalid();
        DossierView.InvolvedPerson child = dossiers.personsOf(dossierId).stream()
                .filter(p -> p.personId().equals(personId)).findFirst()
                .orElseThrow(() -> Checks.refusal("personId", "Deze persoon hoort niet bij dit dossier."));
        LocalDate today = DutchTime.today(clock);
        if (child.dateOfBirth() == null) {
            throw Checks.refusal("personId", NO_BIRTH_DATE);
        }
        if (!isChild(child.dateOfBirth(), today)) {
            throw Checks.refusal("personId", NOT_A_CHILD);
        }
        if (child.bsn() == null || child.bsn().isBlank()) {
            throw Checks.refusal("personId", NO_BSN);
        }
        String province = regions.municipality(dossiers.household(dossierId).municipalityCode())
                .map(Municipality::province).orElse(null);
        SignalIndex index = SignalIndex.forProvince(province);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO vir_signal (id, dossier_id, person_id, bsn, index_name, organisation_name, organisation_phone,
                    organisation_email, signalled_on, created_by, created_at)
                VALUES (:id, :d, :p, :bsn, :index, :name, :phone, :email, :on, :by, :now)""")
                .param("id", id).param("d", dossierId).param("p", personId).param("bsn", child.bsn())
                .param("index", index.name()).param("name", organisation.name()).param("phone", organisation.phone())
                .param("email", organisation.email()).param("on", today).param("by", CurrentStaff.get().id())
                .param("now", Timestamp.from(clock.instant())).update();
        disclosures.register(new NewDisclosure(dossierId, DisclosureKind.VIR_SIGNAL, id, today, index.recipient(), null,
                LegalGround.VIR_SIGNAL, EnumSet.of(DataItem.BSN, DataItem.VEILIG_THUIS_CONTACT, DataItem.SIGNAL_DATE),
                List.of(personId), "Signaal in de verwijsindex"));
        return find(dossierId, id);
    }

    /** The payload of a signal, to send to the index: read by who works on the case (logged). */
    @Transactional
    public Payload payload(UUID dossierId, UUID signalId) {
        DossierAccess access = dossiers.requireAccess(dossierId, AccessAction.READ, DossierAccess::worksOnCase);
        Signal signal = find(dossierId, signalId);
        UUID personId = jdbc.sql("SELECT person_id FROM vir_signal WHERE id = :id").param("id", signalId)
                .query(UUID.class).single();
        accessLog.allowed(AccessAction.READ, access.role(), Set.of(dossierId), List.of(personId), access.logReason());
        return signal.payload();
    }

    /** The signals of a dossier, newest first (the caller has checked the access). */
    public List<Signal> ofDossier(UUID dossierId) {
        return jdbc.sql("SELECT id FROM vir_signal WHERE dossier_id = :d ORDER BY created_at DESC").param("d", dossierId)
                .query(UUID.class).list().stream().map(id -> find(dossierId, id)).toList();
    }

    /** Under 18 on {@code today}: the eighteenth birthday is still to come. */
    static boolean isChild(LocalDate dateOfBirth, LocalDate today) {
        return dateOfBirth.plusYears(18).isAfter(today);
    }

    private Signal find(UUID dossierId, UUID signalId) {
        return jdbc.sql("""
                SELECT id, index_name, bsn, organisation_name, organisation_phone, organisation_email, signalled_on
                FROM vir_signal WHERE id = :id AND dossier_id = :d""")
                .param("id", signalId).param("d", dossierId)
                .query((rs, n) -> new Signal(rs.getObject(1, UUID.class), rs.getString(2), new Payload(rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class))))
                .optional().orElseThrow(() -> new NotFoundException("Dit signaal bestaat niet."));
    }
}
