package nl.vangnet.followup;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.vangnet.accesslog.AccessAction;
import nl.vangnet.accesslog.AccessLog;
import nl.vangnet.assessment.Decision;
import nl.vangnet.notice.DossierTasks;
import nl.vangnet.assessment.FollowUpDecided;
import nl.vangnet.calendar.WorkingDays;
import nl.vangnet.dossier.DossierAccess;
import nl.vangnet.dossier.Dossiers;
import nl.vangnet.intake.Reports;
import nl.vangnet.intake.ViolenceType;
import nl.vangnet.platform.BusinessRuleException;
import nl.vangnet.platform.Checks;
import nl.vangnet.platform.DutchTime;
import nl.vangnet.platform.NotFoundException;
import nl.vangnet.staff.CurrentStaff;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The follow-up tracks of a dossier and their business verbs. A confirmed safety assessment starts a track; an
 * investigation's next step or a monitoring contact can start another. Every verb checks need to know, refuses a
 * closed dossier, asks {@link TrackStateMachine} whether the act fits the track's status, and logs the access.
 * Deadlines come from the Atw calendar: an investigation is due 10 weeks after the decision, the monitoring contacts
 * 3 and 12 months after the handover meeting.
 */
@Service
public class Tracks {

    public static final int FIRST_MONITORING_MONTHS = 3;
    public static final int FINAL_MONITORING_MONTHS = 12;

    private final JdbcClient jdbc;
    private final Dossiers dossiers;
    private final Reports reports;
    private final DossierTasks tasks;
    private final WorkingDays calendar;
    private final AccessLog accessLog;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Tracks(JdbcClient jdbc, Dossiers dossiers, Reports reports, DossierTasks tasks, WorkingDays calendar, AccessLog accessLog,
            Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.dossiers = dossiers;
        this.reports = reports;
        this.tasks = tasks;
        this.calendar = calendar;
        this.accessLog = accessLog;
        this.clock = clock;
        this.events = events;
    }

    public record ConversationInput(
            @Schema(format = "uuid") String personId,
            @Size(max = Checks.MAX_SHORT_TEXT) String name,
            @Size(max = Checks.MAX_SHORT_TEXT) String role,
            @Schema(format = "date", description = Checks.PLANNED_DATE_RANGE) String plannedOn) {
    }

    public record ConversationHeld(
            @Schema(format = "date", description = Checks.PAST_DATE_RANGE) String heldOn,
            @Size(max = Checks.MAX_TEXT) String summary) {
    }

    public record ConclusionInput(
            List<TrackView.@Valid Conclusion> conclusions,
            @Size(max = Checks.MAX_TEXT) String findings) {
    }

    public record NextStepInput(
            @Schema(implementation = NextStep.class) String nextStep,
            @Schema(implementation = HandoverTo.class) String handoverTo,
            @Size(max = Checks.MAX_SHORT_TEXT) String handoverParty) {
    }

    public record ReporterFeedbackInput(
            @Schema(format = "date", description = Checks.PAST_DATE_RANGE) String informedOn,
            @Size(max = Checks.MAX_SHORT_TEXT) String how,
            @Size(max = Checks.MAX_REMARK) String notInformedReason) {
    }

    public record ConditionInput(
            @Size(max = Checks.MAX_TEXT) String description,
            @Size(max = Checks.MAX_SHORT_TEXT) String forWhom,
            @Size(max = Checks.MAX_SHORT_TEXT) String agreedWith,
            @Size(max = Checks.MAX_SHORT_TEXT) String partner) {
    }

    public record MeetingInput(
            @Size(max = Checks.MAX_SHORT_TEXT) String organisation,
            @Size(max = Checks.MAX_SHORT_TEXT) String contactPerson,
            @Schema(format = "date", description = Checks.PAST_DATE_RANGE) String heldOn) {
    }

    public record CheckInput(
            @Schema(format = "uuid") String conditionId,
            Boolean kept,
            Boolean safetyImproved,
            @Size(max = Checks.MAX_REMARK) String note) {
    }

    public record ContactInput(
            @Schema(format = "date", description = Checks.PAST_DATE_RANGE) String heldOn,
            @Size(max = Checks.MAX_SHORT_TEXT) String spokenWith,
            Boolean partnerSpoken,
            List<@Valid CheckInput> checks,
            @Schema(implementation = MonitoringFollowUp.class) String followUp,
            @Size(max = Checks.MAX_TEXT) String notes) {
    }

    public record HandoverInput(
            @Schema(implementation = HandoverTo.class) String handoverTo,
            @Size(max = Checks.MAX_SHORT_TEXT) String handoverParty,
            @Schema(format = "date", description = Checks.PAST_DATE_RANGE) String heldOn,
            @Size(max = Checks.MAX_SHORT_TEXT) String contactPerson,
            @Size(max = Checks.MAX_TEXT) String what) {
    }

    public record RvdkInput(
            @Schema(format = "date", description = Checks.PAST_DATE_RANGE) String requestedOn,
            @Size(max = Checks.MAX_REMARK) String note) {
    }

    enum Outcome { CONFIRMED, NOT_CONFIRMED, REFUTED }

    enum NextStep { HANDOVER, CONDITIONS_AND_FOLLOW_UP, RVDK_INVESTIGATION_REQUEST, CLOSE }

    enum HandoverTo { LOCAL_TEAM, CARE_INVOLVED, HOUSEHOLD }

    enum MonitoringFollowUp { NONE, NEW_ASSESSMENT, INVESTIGATION }

    // --- starting tracks ------------------------------------------------------------------------------------------

    /**
     * The confirmed decision starts its track in the same transaction. A decision to close starts none; a decision for
     * a kind of track that is already running (a follow-up report during an investigation) keeps the running one.
     */
    @EventListener
    void onFollowUpDecided(FollowUpDecided decided) {
        if (decided.decision() == Decision.CLOSE_NO_UNSAFETY) {
            return;
        }
        TrackKind kind = TrackKind.valueOf(decided.decision().name());
        if (openTrack(decided.dossierId(), kind, false).isEmpty()) {
            UUID id = start(decided.dossierId(), kind, "ASSESSMENT", null, decided.decidedOn());
            if (kind == TrackKind.HANDOVER) {
                jdbc.sql("UPDATE follow_up_track SET handover_to = :to, handover_party = :party WHERE id = :id")
                        .param("to", decided.handoverTo()).param("party", decided.handoverParty()).param("id", id).update();
            }
        }
    }

    private UUID start(UUID dossierId, TrackKind kind, String origin, UUID originTrack, LocalDate on) {
        UUID id = UUID.randomUUID();
        LocalDate due = kind == TrackKind.INVESTIGATION ? Decision.INVESTIGATION.firstDeadline(on, calendar) : null;
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                INSERT INTO follow_up_track (id, dossier_id, kind, status, origin, origin_track_id, started_on, due_on, created_at, updated_at)
                VALUES (:id, :d, :k, :s, :o, :ot, :on, :due, :now, :now)""")
                .param("id", id).param("d", dossierId).param("k", kind.name()).param("s", kind.initialStatus().name())
                .param("o", origin).param("ot", originTrack).param("on", on).param("due", due).param("now", now).update();
        touchDossier(dossierId);
        events.publishEvent(new TrackStarted(id, dossierId, kind, on));
        return id;
    }

    // --- investigation ---------------------------------------------------------------------------------------------

    @Transactional
    public TrackView planConversation(UUID dossierId, ConversationInput in) {
        Locked t = lock(dossierId, TrackKind.INVESTIGATION, TrackAct.PLAN_CONVERSATION);
        Checks v = new Checks();
        UUID personId = v.id("personId", in.personId(), null);
        if (personId != null && !dossierPersons(dossierId).contains(personId)) {
            v.reject("personId", "Kies een betrokkene uit dit dossier.");
        }
        String name = v.optional(in.name());
        if (personId == null && name == null && v.ok("personId")) {
            v.reject("name", "Kies een betrokkene of vul de naam van de professional in.");
        }
        String role = v.required("role", in.role(), "Vul de rol in (bijvoorbeeld moeder, huisarts, leerkracht).");
        LocalDate planned = v.plannedDate("plannedOn", in.plannedOn(), today(), "Vul in wanneer het gesprek gepland is.");
        v.throwIfInvalid();
        jdbc.sql("""
                INSERT INTO investigation_conversation (id, track_id, person_id, name, role, planned_on, created_at)
                VALUES (:id, :t, :p, :n, :r, :planned, :now)""")
                .param("id", UUID.randomUUID()).param("t", t.id()).param("p", personId).param("n", name).param("r", role)
                .param("planned", planned).param("now", Timestamp.from(clock.instant())).update();
        return done(t, TrackAct.PLAN_CONVERSATION, personId == null ? List.of() : List.of(personId));
    }

    @Transactional
    public TrackView recordConversation(UUID dossierId, UUID conversationId, ConversationHeld in) {
        Locked t = lock(dossierId, TrackKind.INVESTIGATION, TrackAct.RECORD_CONVERSATION);
        Checks v = new Checks();
        LocalDate held = v.pastDate("heldOn", in.heldOn(), today(), "Vul in wanneer het gesprek is gevoerd.");
        if (held != null && held.isBefore(t.startedOn())) {
            v.reject("heldOn", "Het gesprek kan niet vóór de start van het onderzoek zijn gevoerd.");
        }
        String summary = v.required("summary", in.summary(), "Vat het gesprek samen.");
        v.throwIfInvalid();
        int updated = jdbc.sql("UPDATE investigation_conversation SET held_on = :h, summary = :s WHERE id = :id AND track_id = :t")
                .param("h", held).param("s", summary).param("id", conversationId).param("t", t.id()).update();
        if (updated == 0) {
            throw new NotFoundException("Dit gesprek staat niet in het plan van dit onderzoek.");
        }
        return done(t, TrackAct.RECORD_CONVERSATION, List.of());
    }

    @Transactional
    public TrackView recordFindings(UUID dossierId, String findings) {
        Locked t = lock(dossierId, TrackKind.INVESTIGATION, TrackAct.RECORD_FINDINGS);
        Checks v = new Checks();
        String text = v.required("findings", findings, "Vul de bevindingen in.");
        v.throwIfInvalid();
        jdbc.sql("UPDATE follow_up_track SET findings = :f WHERE id = :id").param("f", text).param("id", t.id()).update();
        return done(t, TrackAct.RECORD_FINDINGS, List.of());
    }

    /**
     * The conclusion per type of violence reported in the dossier: confirmed, not confirmed or refuted. It needs the
     * findings and at least one conversation held.
     */
    @Transactional
    public TrackView conclude(UUID dossierId, ConclusionInput in) {
        Locked t = lock(dossierId, TrackKind.INVESTIGATION, TrackAct.CONCLUDE);
        Checks v = new Checks();
        String findings = v.optional(in.findings());
        if (findings == null && t.findings() == null) {
            v.reject("findings", "Vul de bevindingen in voordat het onderzoek wordt geconcludeerd.");
        }
        boolean conversationHeld = jdbc.sql("SELECT EXISTS (SELECT 1 FROM investigation_conversation WHERE track_id = :t AND held_on IS NOT NULL)")
                .param("t", t.id()).query(Boolean.class).single();
        if (!conversationHeld) {
            v.reject("conversations", "Leg eerst minstens één gevoerd gesprek vast.");
        }
        List<ViolenceType> reported = reports.violenceTypesIn(dossierId);
        Map<String, Outcome> outcomes = new HashMap<>();
        List<TrackView.Conclusion> given = in.conclusions() == null ? List.of() : in.conclusions();
        for (int i = 0; i < given.size(); i++) {
            TrackView.Conclusion c = given.get(i);
            ViolenceType type = v.enumValue("conclusions[" + i + "].violenceType", c.violenceType(), ViolenceType.class,
                    "Dit is geen soort geweld die in dit dossier is gemeld.", true);
            Outcome outcome = v.enumValue("conclusions[" + i + "].outcome", c.outcome(), Outcome.class,
                    "Kies bevestigd, niet bevestigd of weerlegd.", true);
            if (type != null && !reported.contains(type)) {
                v.reject("conclusions[" + i + "].violenceType", "Dit is geen soort geweld die in dit dossier is gemeld.");
            } else if (type != null && outcome != null && outcomes.put(type.name(), outcome) != null) {
                v.reject("conclusions[" + i + "].violenceType", "Elke soort geweld krijgt één conclusie.");
            }
        }
        for (ViolenceType type : reported) {
            if (!outcomes.containsKey(type.name()) && given.stream().noneMatch(c -> type.name().equals(c.violenceType()))) {
                v.reject("conclusions." + type.name(), "Geef een conclusie voor elke gemelde vorm van geweld; deze ontbreekt: " + type.name() + ".");
            }
        }
        v.throwIfInvalid();
        outcomes.forEach((type, outcome) -> jdbc.sql(
                        "INSERT INTO investigation_conclusion (track_id, violence_type, outcome) VALUES (:t, :v, :o)")
                .param("t", t.id()).param("v", type).param("o", outcome.name()).update());
        jdbc.sql("UPDATE follow_up_track SET concluded_on = :today, findings = coalesce(:f, findings) WHERE id = :id")
                .param("today", today()).param("f", findings).param("id", t.id()).update();
        return done(t, TrackAct.CONCLUDE, List.of());
    }

    /** Stopping the investigation early, with the reason; then the next step is chosen as after a conclusion. */
    @Transactional
    public TrackView stopEarly(UUID dossierId, String reason) {
        Locked t = lock(dossierId, TrackKind.INVESTIGATION, TrackAct.STOP_EARLY);
        Checks v = new Checks();
        String why = v.required("reason", reason, "Geef de reden om het onderzoek voortijdig te stoppen.");
        v.throwIfInvalid();
        jdbc.sql("UPDATE follow_up_track SET concluded_on = :today, stopped_early_reason = :r WHERE id = :id")
                .param("today", today()).param("r", why).param("id", t.id()).update();
        return done(t, TrackAct.STOP_EARLY, List.of());
    }

    /**
     * After the conclusion: a handover, conditions and follow-up, a request to the RvdK (B&W is then informed), or
     * closing. The investigation is finished and the chosen track starts today.
     */
    @Transactional
    public TrackView decideNextStep(UUID dossierId, NextStepInput in) {
        Locked t = lock(dossierId, TrackKind.INVESTIGATION, TrackAct.DECIDE_NEXT_STEP);
        Checks v = new Checks();
        NextStep step = v.enumValue("nextStep", in.nextStep(), NextStep.class,
                "Kies de vervolgstap: overdracht, voorwaarden en vervolg, verzoek aan de Raad, of afsluiten.", true);
        HandoverTo to = null;
        String party = null;
        if (step == NextStep.HANDOVER) {
            to = v.enumValue("handoverTo", in.handoverTo(), HandoverTo.class,
                    "Kies aan wie wordt overgedragen: het lokale team, de betrokken hulpverlening of het huishouden zelf.", true);
            party = v.required("handoverParty", in.handoverParty(), "Vul in aan welke organisatie of persoon wordt overgedragen.");
        }
        v.throwIfInvalid();
        LocalDate today = today();
        jdbc.sql("UPDATE follow_up_track SET next_step = :s WHERE id = :id").param("s", step.name()).param("id", t.id()).update();
        TrackView finished = done(t, TrackAct.DECIDE_NEXT_STEP, List.of());
        if (step != NextStep.CLOSE) {
            TrackKind next = TrackKind.valueOf(step.name());
            if (openTrack(dossierId, next, false).isPresent()) {
                throw new BusinessRuleException("nextStep", "Er loopt in dit dossier al " + TrackStateMachine.describe(next) + ".");
            }
            UUID id = start(dossierId, next, "INVESTIGATION", t.id(), today);
            if (to != null) {
                jdbc.sql("UPDATE follow_up_track SET handover_to = :to, handover_party = :p WHERE id = :id")
                        .param("to", to.name()).param("p", party).param("id", id).update();
            }
            if (next == TrackKind.RVDK_INVESTIGATION_REQUEST) {
                tasks.requireBwNotice(dossierId, null, today);
            }
        }
        return finished;
    }

    /** What the reporter heard after the investigation: the outcome, never the content; or why they were not told. */
    @Transactional
    public TrackView informReporter(UUID dossierId, ReporterFeedbackInput in) {
        DossierAccess access = require(dossierId);
        dossiers.requireOpen(dossierId);
        Locked t = latestInvestigation(dossierId).orElseThrow(() -> new BusinessRuleException(
                TrackAct.INFORM_REPORTER.dutch() + " kan niet: dit dossier heeft geen onderzoek."));
        TrackStateMachine.next(t.kind(), t.status(), TrackAct.INFORM_REPORTER);
        TrackView current = view(t.id());
        if (current.reporterFeedbackRecorded()) {
            throw new BusinessRuleException("De terugkoppeling aan de melder over dit onderzoek is al vastgelegd.");
        }
        Checks v = new Checks();
        String notInformed = v.optional(in.notInformedReason());
        LocalDate informed = null;
        String how = null;
        if (notInformed == null) {
            informed = v.pastDate("informedOn", in.informedOn(), today(), "Vul in wanneer de melder is teruggebeld of geschreven.");
            how = v.required("how", in.how(), "Vul in hoe de melder de uitkomst hoorde (zonder de inhoud).");
            if (informed != null && current.concludedOn() != null && informed.isBefore(current.concludedOn())) {
                v.reject("informedOn", "De melder hoort de uitkomst na de conclusie van het onderzoek.");
            }
        } else if (v.optional(in.informedOn()) != null) {
            v.reject("notInformedReason", "Vul óf in wanneer de melder is geïnformeerd, óf waarom niet.");
        }
        v.throwIfInvalid();
        jdbc.sql("UPDATE follow_up_track SET reporter_informed_on = :on, reporter_informed_how = :how, reporter_not_informed = :not WHERE id = :id")
                .param("on", informed).param("how", how).param("not", notInformed).param("id", t.id()).update();
        return done(new Locked(t.id(), t.dossierId(), t.kind(), t.status(), t.startedOn(), t.findings(), access), TrackAct.INFORM_REPORTER, List.of());
    }

    // --- conditions and follow-up, monitoring ---------------------------------------------------------------------

    @Transactional
    public TrackView setCondition(UUID dossierId, ConditionInput in) {
        Locked t = lock(dossierId, TrackKind.CONDITIONS_AND_FOLLOW_UP, TrackAct.SET_CONDITION);
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
        return done(t, TrackAct.SET_CONDITION, List.of());
    }

    /**
     * The handover meeting with the partner: monitoring starts, with contacts due 3 and 12 months after the meeting
     * (calendar months, then the Atw end rule).
     */
    @Transactional
    public TrackView holdHandoverMeeting(UUID dossierId, MeetingInput in) {
        Locked t = lock(dossierId, TrackKind.CONDITIONS_AND_FOLLOW_UP, TrackAct.HOLD_HANDOVER_MEETING);
        Checks v = new Checks();
        boolean anyCondition = jdbc.sql("SELECT EXISTS (SELECT 1 FROM safety_condition WHERE track_id = :t)")
                .param("t", t.id()).query(Boolean.class).single();
        if (!anyCondition) {
            v.reject("conditions", "Leg eerst de veiligheidsvoorwaarden vast; die worden in het overdrachtsgesprek overgedragen.");
        }
        String organisation = v.required("organisation", in.organisation(), "Vul de organisatie van de partner in (lokaal team of hulpverlener).");
        String contact = v.required("contactPerson", in.contactPerson(), "Vul de contactpersoon bij de partner in.");
        LocalDate held = v.pastDate("heldOn", in.heldOn(), today(), "Vul in wanneer het overdrachtsgesprek is gehouden.");
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
        return done(t, TrackAct.HOLD_HANDOVER_MEETING, List.of());
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
        Locked t = lock(dossierId, TrackKind.CONDITIONS_AND_FOLLOW_UP, TrackAct.RECORD_MONITORING_CONTACT);
        TrackView current = view(t.id());
        TrackView.MonitoringContact contact = current.monitoringContacts().stream().filter(c -> c.heldOn() == null).findFirst()
                .orElse(null);
        if (contact == null) {
            throw new BusinessRuleException("Alle monitoringscontacten van dit traject zijn al vastgelegd.");
        }
        boolean isFinal = contact.months() == FINAL_MONITORING_MONTHS;
        TrackStateMachine.next(t.kind(), t.status(), isFinal ? TrackAct.RECORD_FINAL_MONITORING_CONTACT : TrackAct.RECORD_MONITORING_CONTACT);
        Checks v = new Checks();
        LocalDate held = v.pastDate("heldOn", in.heldOn(), today(), "Vul in wanneer het monitoringscontact was.");
        if (held != null && held.isBefore(current.meetingHeldOn())) {
            v.reject("heldOn", "Een monitoringscontact volgt op het overdrachtsgesprek (" + current.meetingHeldOn() + ").");
        }
        LocalDate involvedUntil = current.meetingHeldOn().plusMonths(FINAL_MONITORING_MONTHS);
        if (isFinal && held != null && held.isBefore(involvedUntil)) {
            v.reject("heldOn", "Het laatste monitoringscontact is op zijn vroegst 12 maanden na het overdrachtsgesprek ("
                    + new nl.vangnet.platform.Formats().date(involvedUntil) + "): Veilig Thuis blijft zo lang betrokken.");
        }
        String spokenWith = v.required("spokenWith", in.spokenWith(), "Vul in met wie er is gesproken (iedereen met wie eerder is gesproken).");
        Boolean partnerSpoken = v.yesNo("partnerSpoken", in.partnerSpoken(), "Geef aan of de partner is gesproken.");
        Map<UUID, CheckInput> checks = new HashMap<>();
        List<CheckInput> given = in.checks() == null ? List.of() : in.checks();
        Set<UUID> conditionIds = new HashSet<>(current.conditions().stream().map(TrackView.Condition::id).toList());
        for (int i = 0; i < given.size(); i++) {
            CheckInput c = given.get(i);
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
        if (followUp == MonitoringFollowUp.INVESTIGATION && openTrack(dossierId, TrackKind.INVESTIGATION, false).isPresent()) {
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
        TrackView result = done(t, isFinal ? TrackAct.RECORD_FINAL_MONITORING_CONTACT : TrackAct.RECORD_MONITORING_CONTACT, List.of());
        if (followUp == MonitoringFollowUp.INVESTIGATION) {
            start(dossierId, TrackKind.INVESTIGATION, "MONITORING", t.id(), held);
        }
        return result;
    }

    // --- handover without conditions, RvdK request, crisis ---------------------------------------------------------

    /** Handover without conditions: to whom, when (the handover meeting), what was handed over; then the track ends. */
    @Transactional
    public TrackView handOver(UUID dossierId, HandoverInput in) {
        Locked t = lock(dossierId, TrackKind.HANDOVER, TrackAct.HAND_OVER);
        TrackView current = view(t.id());
        Checks v = new Checks();
        HandoverTo to = v.enumValue("handoverTo", Optional.ofNullable(v.optional(in.handoverTo())).orElse(current.handoverTo()),
                HandoverTo.class, "Kies aan wie wordt overgedragen: het lokale team, de betrokken hulpverlening of het huishouden zelf.", true);
        String party = Optional.ofNullable(v.optional(in.handoverParty())).orElse(current.handoverParty());
        if (party == null) {
            v.reject("handoverParty", "Vul in aan welke organisatie of persoon is overgedragen.");
        }
        LocalDate held = v.pastDate("heldOn", in.heldOn(), today(), "Vul in wanneer het overdrachtsgesprek was.");
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
        return done(t, TrackAct.HAND_OVER, List.of());
    }

    @Transactional
    public TrackView requestRvdkInvestigation(UUID dossierId, RvdkInput in) {
        Locked t = lock(dossierId, TrackKind.RVDK_INVESTIGATION_REQUEST, TrackAct.REQUEST_RVDK_INVESTIGATION);
        Checks v = new Checks();
        LocalDate on = v.pastDate("requestedOn", in.requestedOn(), today(), "Vul in wanneer het verzoek aan de Raad is gedaan.");
        if (on != null && on.isBefore(t.startedOn())) {
            v.reject("requestedOn", "Het verzoek kan niet vóór het besluit zijn gedaan.");
        }
        String note = v.required("note", in.note(), "Vul in wat de Raad is gevraagd en hoe (kenmerk, contactpersoon).");
        v.throwIfInvalid();
        jdbc.sql("UPDATE follow_up_track SET rvdk_requested_on = :on, rvdk_request_note = :n WHERE id = :id")
                .param("on", on).param("n", note).param("id", t.id()).update();
        return done(t, TrackAct.REQUEST_RVDK_INVESTIGATION, List.of());
    }

    /** A crisis intervention was followed up: the crisis track decided by an assessment ends. */
    void crisisFollowedUp(UUID dossierId) {
        openTrack(dossierId, TrackKind.CRISIS_INTERVENTION, true).ifPresent(t -> {
            setStatus(t.id(), TrackStateMachine.next(t.kind(), t.status(), TrackAct.FOLLOW_UP_CRISIS));
            touchDossier(dossierId);
        });
    }

    // --- reading ---------------------------------------------------------------------------------------------------

    /** Every track of the dossier, oldest first (access checked and logged). */
    @Transactional
    public List<TrackView> ofDossier(UUID dossierId) {
        DossierAccess access = dossiers.requireAccess(dossierId, AccessAction.READ);
        List<TrackView> list = idsOf(dossierId).stream().map(this::view).map(access::present).toList();
        accessLog.allowed(AccessAction.READ, access.role(), Set.of(dossierId), List.of(), access.logReason());
        return list;
    }

    List<UUID> idsOf(UUID dossierId) {
        return jdbc.sql("SELECT id FROM follow_up_track WHERE dossier_id = :d ORDER BY started_on, created_at")
                .param("d", dossierId).query(UUID.class).list();
    }

    TrackView view(UUID id) {
        LocalDate today = today();
        List<TrackView.Conclusion> conclusions = jdbc.sql(
                        "SELECT violence_type, outcome FROM investigation_conclusion WHERE track_id = :t ORDER BY violence_type")
                .param("t", id).query((rs, n) -> new TrackView.Conclusion(rs.getString(1), rs.getString(2))).list();
        List<TrackView.Conversation> conversations = jdbc.sql("""
                        SELECT id, person_id, name, role, planned_on, held_on, summary FROM investigation_conversation
                        WHERE track_id = :t ORDER BY planned_on, created_at""")
                .param("t", id)
                .query((rs, n) -> new TrackView.Conversation(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getString(3), rs.getString(4), rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class),
                        rs.getString(7)))
                .list();
        List<TrackView.Condition> conditions = jdbc.sql(
                        "SELECT id, description, for_whom, agreed_with, partner FROM safety_condition WHERE track_id = :t ORDER BY created_at")
                .param("t", id)
                .query((rs, n) -> new TrackView.Condition(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5)))
                .list();
        List<TrackView.MonitoringContact> contacts = jdbc.sql("""
                        SELECT id, months, due_on, held_on, spoken_with, partner_spoken, follow_up, notes FROM monitoring_contact
                        WHERE track_id = :t ORDER BY months""")
                .param("t", id)
                .query((rs, n) -> {
                    UUID contactId = rs.getObject(1, UUID.class);
                    LocalDate due = rs.getObject(3, LocalDate.class);
                    LocalDate held = rs.getObject(4, LocalDate.class);
                    return new TrackView.MonitoringContact(contactId, rs.getInt(2), due, held == null && today.isAfter(due), held,
                            rs.getString(5), (Boolean) rs.getObject(6), rs.getString(7), rs.getString(8), checks(contactId));
                })
                .list();
        return jdbc.sql("SELECT * FROM follow_up_track WHERE id = :id").param("id", id)
                .query((rs, n) -> track(rs, today, conclusions, conversations, conditions, contacts))
                .optional().orElseThrow(() -> new NotFoundException("Dit traject bestaat niet."));
    }

    private List<TrackView.Check> checks(UUID contactId) {
        return jdbc.sql("SELECT condition_id, kept, safety_improved, note FROM monitoring_check WHERE contact_id = :c")
                .param("c", contactId)
                .query((rs, n) -> new TrackView.Check(rs.getObject(1, UUID.class), rs.getBoolean(2), rs.getBoolean(3), rs.getString(4)))
                .list();
    }

    private static TrackView track(ResultSet rs, LocalDate today, List<TrackView.Conclusion> conclusions,
            List<TrackView.Conversation> conversations, List<TrackView.Condition> conditions,
            List<TrackView.MonitoringContact> contacts) throws SQLException {
        TrackKind kind = TrackKind.valueOf(rs.getString("kind"));
        TrackStatus status = TrackStatus.valueOf(rs.getString("status"));
        LocalDate due = rs.getObject("due_on", LocalDate.class);
        Set<TrackAct> acts = EnumSet.noneOf(TrackAct.class);
        for (TrackAct act : TrackAct.values()) {
            if (TrackStateMachine.allows(kind, status, act)) {
                acts.add(act);
            }
        }
        boolean feedback = rs.getObject("reporter_informed_on") != null || rs.getString("reporter_not_informed") != null;
        if (feedback) {
            acts.remove(TrackAct.INFORM_REPORTER);
        }
        return new TrackView(rs.getObject("id", UUID.class), rs.getObject("dossier_id", UUID.class), kind, status,
                rs.getString("origin"), rs.getObject("started_on", LocalDate.class), due,
                rs.getObject("finished_on", LocalDate.class), status.open() && due != null && today.isAfter(due),
                rs.getString("findings"), rs.getObject("concluded_on", LocalDate.class), rs.getString("stopped_early_reason"),
                rs.getString("next_step"), conclusions, conversations, rs.getObject("reporter_informed_on", LocalDate.class),
                rs.getString("reporter_informed_how"), rs.getString("reporter_not_informed"), rs.getString("handover_to"),
                rs.getString("handover_party"), rs.getString("handed_over_what"), rs.getString("meeting_organisation"),
                rs.getString("meeting_contact_person"), rs.getObject("meeting_held_on", LocalDate.class), conditions, contacts,
                rs.getObject("rvdk_requested_on", LocalDate.class), rs.getString("rvdk_request_note"), Set.copyOf(acts));
    }


    // --- plumbing --------------------------------------------------------------------------------------------------

    /** The open track of a kind, locked for the act; the caller's access and the dossier's state are checked. */
    record Locked(UUID id, UUID dossierId, TrackKind kind, TrackStatus status, LocalDate startedOn, String findings,
            DossierAccess access) {
    }

    private Locked lock(UUID dossierId, TrackKind kind, TrackAct act) {
        DossierAccess access = require(dossierId);
        dossiers.requireOpen(dossierId);
        Locked t = openTrack(dossierId, kind, true).orElseThrow(() -> new BusinessRuleException(
                act.dutch() + " kan niet: in dit dossier loopt geen " + noun(kind) + "."));
        TrackStateMachine.next(kind, t.status(), act);
        return new Locked(t.id(), t.dossierId(), t.kind(), t.status(), t.startedOn(), t.findings(), access);
    }

    private static String noun(TrackKind kind) {
        return TrackStateMachine.describe(kind).replaceFirst("^(het|de) ", "");
    }

    private Optional<Locked> openTrack(UUID dossierId, TrackKind kind, boolean forUpdate) {
        return jdbc.sql("""
                        SELECT id, dossier_id, kind, status, started_on, findings FROM follow_up_track
                        WHERE dossier_id = :d AND kind = :k AND status <> 'FINISHED'""" + (forUpdate ? " FOR UPDATE" : ""))
                .param("d", dossierId).param("k", kind.name()).query(Tracks::locked).optional();
    }

    private Optional<Locked> latestInvestigation(UUID dossierId) {
        return jdbc.sql("""
                        SELECT id, dossier_id, kind, status, started_on, findings FROM follow_up_track
                        WHERE dossier_id = :d AND kind = 'INVESTIGATION' ORDER BY started_on DESC, created_at DESC LIMIT 1 FOR UPDATE""")
                .param("d", dossierId).query(Tracks::locked).optional();
    }

    private static Locked locked(ResultSet rs, int n) throws SQLException {
        return new Locked(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), TrackKind.valueOf(rs.getString(3)),
                TrackStatus.valueOf(rs.getString(4)), rs.getObject(5, LocalDate.class), rs.getString(6), null);
    }

    /** Moves the track to its next status, records the change on the dossier and logs the access. */
    private TrackView done(Locked t, TrackAct act, List<UUID> persons) {
        setStatus(t.id(), TrackStateMachine.next(t.kind(), t.status(), act));
        touchDossier(t.dossierId());
        accessLog.allowed(AccessAction.UPDATE, t.access().role(), Set.of(t.dossierId()), persons, t.access().logReason());
        return view(t.id());
    }

    private void setStatus(UUID trackId, TrackStatus next) {
        events.publishEvent(jdbc.sql("""
                UPDATE follow_up_track SET status = :s, updated_at = :now,
                       finished_on = CASE WHEN :s = 'FINISHED' THEN coalesce(finished_on, :today) END
                WHERE id = :id RETURNING dossier_id, kind""")
                .param("s", next.name()).param("now", Timestamp.from(clock.instant())).param("today", today())
                .param("id", trackId).query((rs, n) -> new TrackTransitioned(trackId, rs.getObject(1, UUID.class),
                        TrackKind.valueOf(rs.getString(2)), next)).single());
    }

    private void touchDossier(UUID dossierId) {
        jdbc.sql("UPDATE dossier SET updated_at = :now WHERE id = :id").param("now", Timestamp.from(clock.instant()))
                .param("id", dossierId).update();
    }

    private DossierAccess require(UUID dossierId) {
        return dossiers.requireAccess(dossierId, AccessAction.UPDATE, DossierAccess::worksOnCase);
    }

    private List<UUID> dossierPersons(UUID dossierId) {
        return jdbc.sql("SELECT person_id FROM dossier_person WHERE dossier_id = :d").param("d", dossierId).query(UUID.class).list();
    }

    private LocalDate today() {
        return DutchTime.today(clock);
    }
}
