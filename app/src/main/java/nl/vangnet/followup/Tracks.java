package nl.vangnet.followup;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.vangnet.accesslog.AccessAction;
import nl.vangnet.accesslog.AccessLog;
import nl.vangnet.assessment.Decision;
import nl.vangnet.assessment.FollowUpDecided;
import nl.vangnet.disclosure.DataItem;
import nl.vangnet.disclosure.DisclosureKind;
import nl.vangnet.disclosure.Disclosures;
import nl.vangnet.disclosure.LegalGround;
import nl.vangnet.disclosure.NewDisclosure;
import nl.vangnet.dossier.DossierAccess;
import nl.vangnet.dossier.Dossiers;
import nl.vangnet.platform.Checks;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The follow-up tracks of a dossier: a confirmed safety assessment starts one ({@link FollowUpDecided}, in the
 * deciding transaction); the handover without conditions, the request to the RvdK and the crisis track are acted on
 * here; the investigation and the conditions and monitoring have their own verbs ({@link Investigations},
 * {@link ConditionsAndMonitoring}). Every verb checks need to know, refuses a closed dossier, asks
 * {@link TrackStateMachine} whether the act fits the track's status, and logs the access.
 */
@Service
public class Tracks {

    private final JdbcClient jdbc;
    private final TrackStore store;
    private final Dossiers dossiers;
    private final AccessLog accessLog;
    private final Disclosures disclosures;

    Tracks(JdbcClient jdbc, TrackStore store, Dossiers dossiers, AccessLog accessLog, Disclosures disclosures) {
        this.jdbc = jdbc;
        this.store = store;
        this.dossiers = dossiers;
        this.accessLog = accessLog;
        this.disclosures = disclosures;
    }

    /** What a handover to a local team or the involved help passes on: who the persons are, the report and the assessment. */
    static final Set<DataItem> HANDED_OVER = EnumSet.of(DataItem.NAME, DataItem.DATE_OF_BIRTH, DataItem.ADDRESS,
            DataItem.CONTACT_DETAILS, DataItem.REPORT, DataItem.ASSESSMENT);
    /** What a request to the RvdK passes on: the persons (with BSN), the report, the assessment and the follow-up. */
    static final Set<DataItem> TO_RVDK = EnumSet.of(DataItem.NAME, DataItem.DATE_OF_BIRTH, DataItem.BSN, DataItem.ADDRESS,
            DataItem.CONTACT_DETAILS, DataItem.REPORT, DataItem.ASSESSMENT, DataItem.FOLLOW_UP);
    static final String RVDK = "Raad voor de Kinderbescherming";

    enum HandoverTo { LOCAL_TEAM, CARE_INVOLVED, HOUSEHOLD }

    public record HandoverInput(
            @Schema(implementation = HandoverTo.class, description = "Nodig als het besluit het nog niet noemde", example = "LOCAL_TEAM")
            String handoverTo,
            @Schema(description = "Nodig als het besluit het nog niet noemde: aan welke organisatie of persoon",
                    example = "Buurtteam Overvecht") @Size(max = Checks.MAX_SHORT_TEXT) String handoverParty,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "date", description = Checks.PAST_DATE_RANGE + " Niet voor de start van het traject.",
                    example = "2026-05-08") String heldOn,
            @Schema(description = "Nodig, behalve bij een overdracht aan het huishouden zelf (HOUSEHOLD)", example = "Karin Visser")
            @Size(max = Checks.MAX_SHORT_TEXT) String contactPerson,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "De veiligheidsbeoordeling, de afspraken met de ouders en de zorgen over de jongste.")
            @Size(max = Checks.MAX_TEXT) String what) {
    }

    public record RvdkInput(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "date", description = Checks.PAST_DATE_RANGE + " Niet voor het besluit.", example = "2026-05-07")
            String requestedOn,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Verzoek tot onderzoek per brief aan de Raad in Utrecht, contactpersoon mw. De Groot.")
            @Size(max = Checks.MAX_REMARK) String note) {
    }

    /**
     * The confirmed decision starts its track in the same transaction. A decision to close starts none; a decision for
     * a kind of track that is already running (a follow-up report during an investigation) keeps the running one.
     */
    @EventListener
    void onFollowUpDecided(FollowUpDecided decided) {
        // The open tracks now also concern what was reported since they started (an investigation concludes on every
        // type of violence reported in the dossier).
        store.addReportedViolenceTypes(decided.dossierId(), decided.reportedViolenceTypes());
        if (decided.decision() == Decision.CLOSE_NO_UNSAFETY) {
            return;
        }
        TrackKind kind = TrackKind.valueOf(decided.decision().name());
        if (store.openTrack(decided.dossierId(), kind, false).isEmpty()) {
            UUID id = store.start(decided.dossierId(), kind, "ASSESSMENT", null, decided.decidedOn(),
                    decided.reportedViolenceTypes());
            if (kind == TrackKind.HANDOVER) {
                jdbc.sql("UPDATE follow_up_track SET handover_to = :to, handover_party = :party WHERE id = :id")
                        .param("to", decided.handoverTo()).param("party", decided.handoverParty()).param("id", id).update();
            }
        }
    }

    /** Handover without conditions: to whom, when (the handover meeting), what was handed over; then the track ends. */
    @Transactional
    public TrackView handOver(UUID dossierId, HandoverInput in) {
        TrackStore.Locked t = store.lock(dossierId, TrackKind.HANDOVER, TrackAct.HAND_OVER);
        TrackView current = store.view(t.id());
        Checks v = new Checks();
        HandoverTo to = v.enumValue("handoverTo", Optional.ofNullable(v.optional(in.handoverTo())).orElse(current.handoverTo()),
                HandoverTo.class, "Kies aan wie wordt overgedragen: het lokale team, de betrokken hulpverlening of het huishouden zelf.", true);
        String party = Optional.ofNullable(v.optional(in.handoverParty())).orElse(current.handoverParty());
        if (party == null) {
            v.reject("handoverParty", "Vul in aan welke organisatie of persoon is overgedragen.");
        }
        LocalDate held = v.pastDate("heldOn", in.heldOn(), store.today(), "Vul in wanneer het overdrachtsgesprek was.");
        if (held != null && held.isBefore(t.startedOn())) {
            v.reject("heldOn", "De overdracht kan niet vóór de start van het traject zijn.");
        }
        String contact = v.optional(in.contactPerson());
        if (contact == null && to != null && to != HandoverTo.HOUSEHOLD) {
            v.reject("contactPerson", "Vul de contactpersoon in met wie het overdrachtsgesprek was.");
        }
        String what = v.required("what", in.what(), "Beschrijf wat is overgedragen.");
        v.throwIfInvalid();
        jdbc.sql("""
                UPDATE follow_up_track SET handover_to = :to, handover_party = :p, meeting_held_on = :h, meeting_contact_person = :c,
                       meeting_organisation = :p, handed_over_what = :w WHERE id = :id""")
                .param("to", to.name()).param("p", party).param("h", held).param("c", contact).param("w", what)
                .param("id", t.id()).update();
        if (to != HandoverTo.HOUSEHOLD) {
            // The data goes to the local team or the involved help: registered with its ground, in this transaction.
            disclosures.register(new NewDisclosure(dossierId, DisclosureKind.HANDOVER, t.id(), held, party, contact,
                    LegalGround.CARE_PROVIDER_DIRECTLY_INVOLVED, HANDED_OVER, dossiers.personIdsOf(dossierId), what));
        }
        return store.done(t, TrackAct.HAND_OVER, List.of());
    }

    @Transactional
    public TrackView requestRvdkInvestigation(UUID dossierId, RvdkInput in) {
        TrackStore.Locked t = store.lock(dossierId, TrackKind.RVDK_INVESTIGATION_REQUEST, TrackAct.REQUEST_RVDK_INVESTIGATION);
        Checks v = new Checks();
        LocalDate on = v.pastDate("requestedOn", in.requestedOn(), store.today(), "Vul in wanneer het verzoek aan de Raad is gedaan.");
        if (on != null && on.isBefore(t.startedOn())) {
            v.reject("requestedOn", "Het verzoek kan niet vóór het besluit zijn gedaan.");
        }
        String note = v.required("note", in.note(), "Vul in wat de Raad is gevraagd en hoe (kenmerk, contactpersoon).");
        v.throwIfInvalid();
        jdbc.sql("UPDATE follow_up_track SET rvdk_requested_on = :on, rvdk_request_note = :n WHERE id = :id")
                .param("on", on).param("n", note).param("id", t.id()).update();
        disclosures.register(new NewDisclosure(dossierId, DisclosureKind.RVDK_REQUEST, t.id(), on, RVDK, null,
                LegalGround.CHILD_PROTECTION_RVDK, TO_RVDK, dossiers.personIdsOf(dossierId), note));
        return store.done(t, TrackAct.REQUEST_RVDK_INVESTIGATION, List.of());
    }

    /** A crisis intervention was followed up: the crisis track decided by an assessment ends. */
    void crisisFollowedUp(UUID dossierId) {
        store.openTrack(dossierId, TrackKind.CRISIS_INTERVENTION, true).ifPresent(t -> {
            store.setStatus(t.id(), TrackStateMachine.next(t.kind(), t.status(), TrackAct.FOLLOW_UP_CRISIS));
            dossiers.recordChange(dossierId);
        });
    }

    /** Every track of the dossier, oldest first (access checked and logged). */
    @Transactional
    public List<TrackView> ofDossier(UUID dossierId) {
        DossierAccess access = dossiers.requireAccess(dossierId, AccessAction.READ);
        List<TrackView> list = store.idsOf(dossierId).stream().map(store::view).map(access::present).toList();
        accessLog.allowed(AccessAction.READ, access.role(), Set.of(dossierId), List.of(), access.logReason());
        return list;
    }
}
