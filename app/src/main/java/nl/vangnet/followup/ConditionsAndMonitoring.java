package nl.vangnet.followup;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.vangnet.calendar.WorkingDays;
import nl.vangnet.disclosure.DataItem;
import nl.vangnet.disclosure.DisclosureKind;
import nl.vangnet.disclosure.Disclosures;
import nl.vangnet.disclosure.LegalGround;
import nl.vangnet.disclosure.NewDisclosure;
import nl.vangnet.dossier.Dossiers;
import nl.vangnet.platform.BusinessRuleException;
import nl.vangnet.platform.Checks;
import nl.vangnet.platform.Formats;
import nl.vangnet.staff.CurrentStaff;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Conditions and follow-up (voorwaarden en vervolg): the safety conditions, the handover meeting with the partner,
 * and monitoring: contacts due 3 and 12 months after the meeting (calendar months, then the Atw end rule), each
 * checking per condition whether the agreements are kept and safety improved.
 */
@Service
public class ConditionsAndMonitoring {

    public static final int FIRST_MONITORING_MONTHS = 3;
    public static final int FINAL_MONITORING_MONTHS = 12;

    private final JdbcClient jdbc;
    private final TrackStore store;
    private final WorkingDays calendar;
    private final Clock clock;
    private final Dossiers dossiers;
    private final Disclosures disclosures;

    /** What the handover meeting passes to the partner: who the persons are, the assessment and the safety conditions. */
    static final Set<DataItem> CONDITIONS_HANDED_OVER = EnumSet.of(DataItem.NAME, DataItem.DATE_OF_BIRTH, DataItem.ADDRESS,
            DataItem.CONTACT_DETAILS, DataItem.ASSESSMENT, DataItem.FOLLOW_UP);

    ConditionsAndMonitoring(JdbcClient jdbc, TrackStore store, WorkingDays calendar, Clock clock, Dossiers dossiers,
            Disclosures disclosures) {
        this.jdbc = jdbc;
        this.store = store;
        this.calendar = calendar;
        this.clock = clock;
        this.dossiers = dossiers;
        this.disclosures = disclosures;
    }

    enum MonitoringFollowUp { NONE, NEW_ASSESSMENT, INVESTIGATION }

    public record ConditionInput(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Vader drinkt geen alcohol als de kinderen thuis zijn en volgt de cursus agressieregulatie.")
            @Size(max = Checks.MAX_TEXT) String description,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "vader") @Size(max = Checks.MAX_SHORT_TEXT) String forWhom,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "beide ouders") @Size(max = Checks.MAX_SHORT_TEXT) String agreedWith,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Wijkteam Utrecht Noordwest") @Size(max = Checks.MAX_SHORT_TEXT) String partner) {
    }

    public record MeetingInput(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Wijkteam Utrecht Noordwest") @Size(max = Checks.MAX_SHORT_TEXT) String organisation,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Fatima el Amrani") @Size(max = Checks.MAX_SHORT_TEXT) String contactPerson,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "date", description = Checks.PAST_DATE_RANGE + " Niet voor de start van het traject.",
                    example = "2026-05-07") String heldOn) {
    }

    public record CheckInput(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "uuid", description = "Een voorwaarde van dit traject",
                    example = "5c7e9a1b-3d5f-4a7c-9e1b-3d5f7a9c1e3b") String conditionId,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "true") Boolean kept,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "true") Boolean safetyImproved,
            @Schema(example = "Vader heeft de cursus afgerond.") @Size(max = Checks.MAX_REMARK) String note) {
    }

    public record ContactInput(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "date", description = Checks.PAST_DATE_RANGE + " Niet voor het overdrachtsgesprek; het laatste "
                    + "contact ten vroegste 12 maanden erna.", example = "2026-08-06") String heldOn,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "beide ouders en de kinderen") @Size(max = Checks.MAX_SHORT_TEXT) String spokenWith,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "true") Boolean partnerSpoken,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Een beoordeling voor elke voorwaarde van het traject") List<@Valid CheckInput> checks,
            @Schema(implementation = MonitoringFollowUp.class, description = "Ontbreekt dit, dan NONE; NEW_ASSESSMENT of INVESTIGATION "
                    + "alleen als een voorwaarde niet wordt nagekomen", example = "NONE") String followUp,
            @Schema(example = "Het gaat beter thuis; de kinderen zijn niet meer bang.") @Size(max = Checks.MAX_TEXT) String notes) {
    }

    @Transactional
    public TrackView setCondition(UUID dossierId, ConditionInput in) {
        TrackStore.Locked t = store.lock(dossierId, TrackKind.CONDITIONS_AND_FOLLOW_UP, TrackAct.SET_CONDITION);
        Checks v = new Checks();
        String what = v.required("description", in.description(), "Beschrijf de veiligheidsvoorwaarde.");
        String forWhom = v.required("forWhom", in.forWhom(), "Vul in voor wie de voorwaarde geldt.");
        String agreedWith = v.required("agreedWith", in.agreedWith(), "Vul in met wie de voorwaarde is afgesproken.");
        String partner = v.required("partner", in.partner(), "Vul in welke partner eraan werkt (lokaal team of hulpverlener).");
        v.throwIfInvalid();
        jdbc.sql("""
                INSERT INTO safety_condition (id, track_id, description, for_whom, agreed_with, partner, created_at)
                VALUES (:id, :t, :d, :f, :a, :p, :now)""")
                .param("id", UUID.randomUUID()).param("t", t.id()).param("d", what).param("f", forWhom).param("a", agreedWith)
                .param("p", partner).param("now", Timestamp.from(clock.instant())).update();
        return store.done(t, TrackAct.SET_CONDITION, List.of());
    }

    /**
     * The handover meeting with the partner: monitoring starts, with contacts due 3 and 12 months after the meeting
     * (calendar months, then the Atw end rule).
     */
    @Transactional
    public TrackView holdHandoverMeeting(UUID dossierId, MeetingInput in) {
        TrackStore.Locked t = store.lock(dossierId, TrackKind.CONDITIONS_AND_FOLLOW_UP, TrackAct.HOLD_HANDOVER_MEETING);
        Checks v = new Checks();
        boolean anyCondition = jdbc.sql("SELECT EXISTS (SELECT 1 FROM safety_condition WHERE track_id = :t)")
                .param("t", t.id()).query(Boolean.class).single();
        if (!anyCondition) {
            v.reject("conditions", "Leg eerst de veiligheidsvoorwaarden vast; die worden in het overdrachtsgesprek overgedragen.");
        }
        String organisation = v.required("organisation", in.organisation(), "Vul de organisatie van de partner in (lokaal team of hulpverlener).");
        String contact = v.required("contactPerson", in.contactPerson(), "Vul de contactpersoon bij de partner in.");
        LocalDate held = v.pastDate("heldOn", in.heldOn(), store.today(), "Vul in wanneer het overdrachtsgesprek is gehouden.");
        if (held != null && held.isBefore(t.startedOn())) {
            v.reject("heldOn", "Het overdrachtsgesprek kan niet vóór de start van het traject zijn gehouden.");
        }
        v.throwIfInvalid();
        jdbc.sql("""
                UPDATE follow_up_track SET meeting_organisation = :o, meeting_contact_person = :c, meeting_held_on = :h WHERE id = :id""")
                .param("o", organisation).param("c", contact).param("h", held).param("id", t.id()).update();
        for (int months : new int[] {FIRST_MONITORING_MONTHS, FINAL_MONITORING_MONTHS}) {
            jdbc.sql("INSERT INTO monitoring_contact (id, track_id, months, due_on) VALUES (:id, :t, :m, :due)")
                    .param("id", UUID.randomUUID()).param("t", t.id()).param("m", months)
                    .param("due", monitoringContactDue(held, months)).update();
        }
        // The conditions go to the local team or the involved help: registered with its ground, in this transaction.
        disclosures.register(new NewDisclosure(dossierId, DisclosureKind.HANDOVER, t.id(), held, organisation, contact,
                LegalGround.CARE_PROVIDER_DIRECTLY_INVOLVED, CONDITIONS_HANDED_OVER, dossiers.personIdsOf(dossierId),
                "Overdrachtsgesprek: de veiligheidsvoorwaarden"));
        return store.done(t, TrackAct.HOLD_HANDOVER_MEETING, List.of());
    }

    /** A monitoring contact is due this many months after the handover meeting; the Atw moves a weekend or holiday end. */
    LocalDate monitoringContactDue(LocalDate meeting, int months) {
        return calendar.afterMonths(meeting, months);
    }

    /**
     * A monitoring contact, filling the first one still due: with whom it was held (everyone spoken with before, and
     * the partner), per condition whether the agreements are kept and safety improved. A condition not kept can start a
     * new assessment or an investigation. The 12-month contact ends the track, and cannot be held before Veilig Thuis
     * has been involved 12 months after the handover.
     */
    @Transactional
    public TrackView recordMonitoringContact(UUID dossierId, ContactInput in) {
        TrackStore.Locked t = store.lock(dossierId, TrackKind.CONDITIONS_AND_FOLLOW_UP, TrackAct.RECORD_MONITORING_CONTACT);
        TrackView current = store.view(t.id());
        TrackView.MonitoringContact contact = current.monitoringContacts().stream().filter(c -> c.heldOn() == null).findFirst()
                .orElse(null);
        if (contact == null) {
            throw new BusinessRuleException("Alle monitoringscontacten van dit traject zijn al vastgelegd.");
        }
        boolean isFinal = contact.months() == FINAL_MONITORING_MONTHS;
        TrackStateMachine.next(t.kind(), t.status(), isFinal ? TrackAct.RECORD_FINAL_MONITORING_CONTACT : TrackAct.RECORD_MONITORING_CONTACT);
        Checks v = new Checks();
        LocalDate held = v.pastDate("heldOn", in.heldOn(), store.today(), "Vul in wanneer het monitoringscontact was.");
        if (held != null && held.isBefore(current.meetingHeldOn())) {
            v.reject("heldOn", "Een monitoringscontact volgt op het overdrachtsgesprek (" + current.meetingHeldOn() + ").");
        }
        LocalDate involvedUntil = current.meetingHeldOn().plusMonths(FINAL_MONITORING_MONTHS);
        if (isFinal && held != null && held.isBefore(involvedUntil)) {
            v.reject("heldOn", "Het laatste monitoringscontact is op zijn vroegst 12 maanden na het overdrachtsgesprek ("
                    + new Formats().date(involvedUntil) + "): Veilig Thuis blijft zo lang betrokken.");
        }
        String spokenWith = v.required("spokenWith", in.spokenWith(), "Vul in met wie er is gesproken (iedereen met wie eerder is gesproken).");
        Boolean partnerSpoken = v.yesNo("partnerSpoken", in.partnerSpoken(), "Geef aan of de partner is gesproken.");
        Map<UUID, CheckInput> checks = new HashMap<>();
        List<CheckInput> given = in.checks() == null ? List.of() : in.checks();
        Set<UUID> conditionIds = new HashSet<>(current.conditions().stream().map(TrackView.Condition::id).toList());
        v.nullItems("checks", given);
        for (int i = 0; i < given.size(); i++) {
            CheckInput c = given.get(i);
            if (c == null) {
                continue;
            }
            UUID id = v.id("checks[" + i + "].conditionId", c.conditionId(), "Kies de voorwaarde.");
            if (id != null && !conditionIds.contains(id)) {
                v.reject("checks[" + i + "].conditionId", "Deze voorwaarde hoort niet bij dit traject.");
                continue;
            }
            v.yesNo("checks[" + i + "].kept", c.kept(), "Geef aan of de afspraken van deze voorwaarde worden nagekomen.");
            v.yesNo("checks[" + i + "].safetyImproved", c.safetyImproved(), "Geef aan of de veiligheid is verbeterd.");
            if (id != null) {
                checks.put(id, c);
            }
        }
        for (TrackView.Condition condition : current.conditions()) {
            if (!checks.containsKey(condition.id()) && given.stream().noneMatch(c -> condition.id().toString().equals(c.conditionId()))) {
                v.reject("checks." + condition.id(), "Beoordeel de voorwaarde \u201c" + condition.description() + "\u201d.");
            }
        }
        MonitoringFollowUp followUp = Optional.ofNullable(v.enumValue("followUp", in.followUp(), MonitoringFollowUp.class,
                "Kies geen vervolg, een nieuwe veiligheidsbeoordeling of een onderzoek.", false)).orElse(MonitoringFollowUp.NONE);
        boolean anyNotKept = checks.values().stream().anyMatch(c -> Boolean.FALSE.equals(c.kept()));
        if (followUp != MonitoringFollowUp.NONE && !anyNotKept && v.ok("followUp")) {
            v.reject("followUp", "Een nieuwe beoordeling of een onderzoek volgt uit een voorwaarde die niet wordt nagekomen.");
        }
        if (followUp == MonitoringFollowUp.INVESTIGATION && store.openTrack(dossierId, TrackKind.INVESTIGATION, false).isPresent()) {
            v.reject("followUp", "Er loopt in dit dossier al een onderzoek.");
        }
        v.throwIfInvalid();
        jdbc.sql("""
                UPDATE monitoring_contact SET held_on = :h, spoken_with = :s, partner_spoken = :p, follow_up = :f, notes = :n,
                       recorded_by = :by, recorded_at = :now WHERE id = :id""")
                .param("h", held).param("s", spokenWith).param("p", partnerSpoken).param("f", followUp.name())
                .param("n", v.optional(in.notes())).param("by", CurrentStaff.get().id())
                .param("now", Timestamp.from(clock.instant())).param("id", contact.id()).update();
        checks.forEach((conditionId, c) -> jdbc.sql("""
                        INSERT INTO monitoring_check (contact_id, condition_id, kept, safety_improved, note) VALUES (:c, :k, :kept, :s, :n)""")
                .param("c", contact.id()).param("k", conditionId).param("kept", c.kept()).param("s", c.safetyImproved())
                .param("n", v.optional(c.note())).update());
        TrackView result = store.done(t, isFinal ? TrackAct.RECORD_FINAL_MONITORING_CONTACT : TrackAct.RECORD_MONITORING_CONTACT, List.of());
        if (followUp == MonitoringFollowUp.INVESTIGATION) {
            store.start(dossierId, TrackKind.INVESTIGATION, "MONITORING", t.id(), held);
        }
        return result;
    }
}
