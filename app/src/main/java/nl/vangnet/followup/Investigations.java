package nl.vangnet.followup;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.vangnet.dossier.DossierAccess;
import nl.vangnet.dossier.DossierView;
import nl.vangnet.dossier.Dossiers;
import nl.vangnet.intake.ViolenceType;
import nl.vangnet.notice.DossierTasks;
import nl.vangnet.person.PersonRestrictions;
import nl.vangnet.platform.BusinessRuleException;
import nl.vangnet.platform.Checks;
import nl.vangnet.platform.NotFoundException;
import nl.vangnet.staff.CurrentStaff;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The investigation (onderzoek): conversations planned and held, findings, a conclusion per reported type of
 * violence, or stopping early; then the next step, which starts the next track; and what the reporter heard. Due 10
 * weeks after the decision (the calendar's Atw end rule).
 */
@Service
public class Investigations {

    private final JdbcClient jdbc;
    private final TrackStore store;
    private final Dossiers dossiers;
    private final DossierTasks tasks;
    private final PersonRestrictions restrictions;
    private final Clock clock;
    private final MessageSource messages;

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    Investigations(JdbcClient jdbc, TrackStore store, Dossiers dossiers, DossierTasks tasks, PersonRestrictions restrictions,
            Clock clock, MessageSource messages) {
        this.messages = messages;
        this.restrictions = restrictions;
        this.jdbc = jdbc;
        this.store = store;
        this.dossiers = dossiers;
        this.tasks = tasks;
        this.clock = clock;
    }

    enum Outcome { CONFIRMED, NOT_CONFIRMED, REFUTED }

    enum NextStep { HANDOVER, CONDITIONS_AND_FOLLOW_UP, RVDK_INVESTIGATION_REQUEST, CLOSE }

    public record ConversationInput(
            @Schema(format = "uuid", description = "Een betrokkene van dit dossier; anders is name nodig",
                    example = "2f4e6a8c-0b1d-4e3f-a5b7-c9d1e3f5a7b9") String personId,
            @Schema(description = "De naam van een professional; nodig als personId ontbreekt, en nooit samen met personId")
            @Size(max = Checks.MAX_SHORT_TEXT) String name,
            @Schema(description = "Nodig bij een professional; bij een betrokkene geldt zonder rol diens rol in het dossier",
                    example = "moeder") @Size(max = Checks.MAX_SHORT_TEXT) String role,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "date", description = Checks.PLANNED_DATE_RANGE, example = "2026-05-14") String plannedOn) {
    }

    public record ConversationHeld(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "date", description = Checks.PAST_DATE_RANGE + " Niet voor de start van het onderzoek.",
                    example = "2026-05-08") String heldOn,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Moeder vertelt dat vader de kinderen slaat als hij gedronken heeft; zij wil hulp.")
            @Size(max = Checks.MAX_TEXT) String summary) {
    }

    public record ConclusionInput(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Eén conclusie voor elke in het dossier gemelde vorm van geweld")
            List<TrackView.@Valid Conclusion> conclusions,
            @Schema(description = "De bevindingen zoals ze bij de conclusie luiden: nodig als ze nog niet zijn vastgelegd; "
                    + "gegeven vervangen ze de eerder vastgelegde bevindingen (die GET .../tracks toont), weggelaten blijven die staan",
                    example = "Het geweld door vader is door beide ouders en de school bevestigd.")
            @Size(max = Checks.MAX_TEXT) String findings) {
    }

    public record NextStepInput(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, implementation = NextStep.class, example = "CONDITIONS_AND_FOLLOW_UP") String nextStep,
            @Schema(implementation = Tracks.HandoverTo.class, description = "Nodig bij nextStep HANDOVER") String handoverTo,
            @Schema(description = "Nodig bij nextStep HANDOVER: aan welke organisatie of persoon")
            @Size(max = Checks.MAX_SHORT_TEXT) String handoverParty) {
    }

    @Schema(description = "Wat de melder hoorde. Geen veld is altijd nodig: óf informedOn en how, óf notInformedReason.")
    public record ReporterFeedbackInput(
            @Schema(format = "date", description = Checks.PAST_DATE_RANGE + " Niet voor de conclusie; nodig zonder notInformedReason.",
                    example = "2026-05-11") String informedOn,
            @Schema(description = "Nodig zonder notInformedReason: hoe de melder de uitkomst hoorde (nooit de inhoud)",
                    example = "telefonisch") @Size(max = Checks.MAX_SHORT_TEXT) String how,
            @Schema(description = "Waarom de melder niet is geïnformeerd; dan zonder informedOn")
            @Size(max = Checks.MAX_REMARK) String notInformedReason) {
    }

    @Transactional
    public TrackView planConversation(UUID dossierId, ConversationInput in) {
        TrackStore.Locked t = store.lock(dossierId, TrackKind.INVESTIGATION, TrackAct.PLAN_CONVERSATION);
        Planned c = planned(dossierId, in);
        jdbc.sql("""
                INSERT INTO investigation_conversation (id, track_id, person_id, name, role, planned_on, created_at)
                VALUES (:id, :t, :p, :n, :r, :planned, :now)""")
                .param("id", UUID.randomUUID()).param("t", t.id()).param("p", c.personId()).param("n", c.name())
                .param("r", c.role()).param("planned", c.plannedOn()).param("now", Timestamp.from(clock.instant())).update();
        return store.done(t, TrackAct.PLAN_CONVERSATION, c.persons());
    }

    /** Changes a planned conversation (with whom, the role, the date); not once it is held or cancelled. */
    @Transactional
    public TrackView changeConversation(UUID dossierId, UUID conversationId, ConversationInput in) {
        TrackStore.Locked t = store.lock(dossierId, TrackKind.INVESTIGATION, TrackAct.PLAN_CONVERSATION);
        stillPlanned(t, conversationId, "gewijzigd");
        Planned c = planned(dossierId, in);
        jdbc.sql("""
                UPDATE investigation_conversation SET person_id = :p, name = :n, role = :r, planned_on = :planned, updated_at = :now
                WHERE id = :id""")
                .param("p", c.personId()).param("n", c.name()).param("r", c.role()).param("planned", c.plannedOn())
                .param("now", Timestamp.from(clock.instant())).param("id", conversationId).update();
        return store.done(t, TrackAct.PLAN_CONVERSATION, c.persons());
    }

    /** Cancels a planned conversation with the reason; it stays in the plan as cancelled. A held one cannot be. */
    @Transactional
    public TrackView cancelConversation(UUID dossierId, UUID conversationId, String reason) {
        TrackStore.Locked t = store.lock(dossierId, TrackKind.INVESTIGATION, TrackAct.PLAN_CONVERSATION);
        stillPlanned(t, conversationId, "geannuleerd");
        Checks v = new Checks();
        String why = v.required("reason", reason, "Geef de reden waarom het gesprek niet doorgaat.");
        v.throwIfInvalid();
        jdbc.sql("""
                UPDATE investigation_conversation SET cancelled_on = :today, cancelled_reason = :r, cancelled_by = :by,
                       updated_at = :now WHERE id = :id""")
                .param("today", store.today()).param("r", why).param("by", CurrentStaff.get().id())
                .param("now", Timestamp.from(clock.instant())).param("id", conversationId).update();
        return store.done(t, TrackAct.PLAN_CONVERSATION, List.of());
    }

    /** Who a conversation is with and when: a household member (whose role is the dossier's) or a professional. */
    private record Planned(UUID personId, String name, String role, LocalDate plannedOn) {
        List<UUID> persons() {
            return personId == null ? List.of() : List.of(personId);
        }
    }

    private Planned planned(UUID dossierId, ConversationInput in) {
        Checks v = new Checks();
        UUID personId = v.id("personId", in.personId(), null);
        Optional<DossierView.InvolvedPerson> person = personId == null ? Optional.empty()
                : dossiers.personsOf(dossierId, List.of(personId)).stream().findFirst();
        if (personId != null && person.isEmpty()) {
            v.reject("personId", "Kies een betrokkene uit dit dossier.");
        }
        String name = v.text("name", in.name(), Checks.MAX_SHORT_TEXT);
        if (personId == null && name == null && v.ok("personId")) {
            v.reject("name", "Kies een betrokkene of vul de naam van de professional in.");
        } else if (personId != null && name != null) {
            v.reject("name", "Kies een betrokkene óf vul de naam van een professional in, niet allebei.");
        }
        String role = v.text("role", in.role(), Checks.MAX_SHORT_TEXT);
        if (role == null && person.isPresent()) {
            role = messages.getMessage("person.role." + person.get().role(), null, DUTCH);
        } else if (role == null && personId == null) {
            v.reject("role", "Vul de rol van de professional in (bijvoorbeeld huisarts, leerkracht).");
        }
        LocalDate planned = v.plannedDate("plannedOn", in.plannedOn(), store.today(), "Vul in wanneer het gesprek gepland is.");
        v.throwIfInvalid();
        // A conversation with a person whose data is restricted processes that data: refused while restricted.
        if (personId != null) {
            restrictions.requireNotRestricted(List.of(personId));
        }
        return new Planned(personId, name, role, planned);
    }

    private void stillPlanned(TrackStore.Locked t, UUID conversationId, String what) {
        String state = jdbc.sql("""
                SELECT CASE WHEN held_on IS NOT NULL THEN 'HELD' WHEN cancelled_on IS NOT NULL THEN 'CANCELLED' ELSE 'PLANNED' END
                FROM investigation_conversation WHERE id = :id AND track_id = :t FOR UPDATE""")
                .param("id", conversationId).param("t", t.id()).query(String.class).optional()
                .orElseThrow(() -> new NotFoundException("Dit gesprek staat niet in het plan van dit onderzoek."));
        if (!state.equals("PLANNED")) {
            throw new BusinessRuleException("Een " + (state.equals("HELD") ? "gevoerd" : "geannuleerd")
                    + " gesprek kan niet worden " + what + ".");
        }
    }

    @Transactional
    public TrackView recordConversation(UUID dossierId, UUID conversationId, ConversationHeld in) {
        TrackStore.Locked t = store.lock(dossierId, TrackKind.INVESTIGATION, TrackAct.RECORD_CONVERSATION);
        Checks v = new Checks();
        LocalDate held = v.pastDate("heldOn", in.heldOn(), store.today(), "Vul in wanneer het gesprek is gevoerd.");
        if (held != null && held.isBefore(t.startedOn())) {
            v.reject("heldOn", "Het gesprek kan niet vóór de start van het onderzoek zijn gevoerd.");
        }
        String summary = v.required("summary", in.summary(), "Vat het gesprek samen.");
        v.throwIfInvalid();
        boolean cancelled = jdbc.sql("SELECT cancelled_on IS NOT NULL FROM investigation_conversation WHERE id = :id AND track_id = :t")
                .param("id", conversationId).param("t", t.id()).query(Boolean.class).optional()
                .orElseThrow(() -> new NotFoundException("Dit gesprek staat niet in het plan van dit onderzoek."));
        if (cancelled) {
            throw new BusinessRuleException("Een geannuleerd gesprek kan niet als gevoerd worden vastgelegd.");
        }
        jdbc.sql("UPDATE investigation_conversation SET held_on = :h, summary = :s WHERE id = :id AND track_id = :t")
                .param("h", held).param("s", summary).param("id", conversationId).param("t", t.id()).update();
        return store.done(t, TrackAct.RECORD_CONVERSATION, List.of());
    }

    @Transactional
    public TrackView recordFindings(UUID dossierId, String findings) {
        TrackStore.Locked t = store.lock(dossierId, TrackKind.INVESTIGATION, TrackAct.RECORD_FINDINGS);
        Checks v = new Checks();
        String text = v.required("findings", findings, "Vul de bevindingen in.");
        v.throwIfInvalid();
        jdbc.sql("UPDATE follow_up_track SET findings = :f WHERE id = :id").param("f", text).param("id", t.id()).update();
        return store.done(t, TrackAct.RECORD_FINDINGS, List.of());
    }

    /**
     * The conclusion per type of violence reported in the dossier: confirmed, not confirmed or refuted. It needs the
     * findings and at least one conversation held.
     */
    @Transactional
    public TrackView conclude(UUID dossierId, ConclusionInput in) {
        TrackStore.Locked t = store.lock(dossierId, TrackKind.INVESTIGATION, TrackAct.CONCLUDE);
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
        List<ViolenceType> reported = store.reportedViolenceTypes(t.id());
        Map<String, Outcome> outcomes = conclusionsPerReportedType(v, reported, in.conclusions());
        v.throwIfInvalid();
        outcomes.forEach((type, outcome) -> jdbc.sql(
                        "INSERT INTO investigation_conclusion (track_id, violence_type, outcome) VALUES (:t, :v, :o)")
                .param("t", t.id()).param("v", type).param("o", outcome.name()).update());
        jdbc.sql("UPDATE follow_up_track SET concluded_on = :today, findings = coalesce(:f, findings) WHERE id = :id")
                .param("today", store.today()).param("f", findings).param("id", t.id()).update();
        return store.done(t, TrackAct.CONCLUDE, List.of());
    }

    /** Stopping the investigation early, with the reason; then the next step is chosen as after a conclusion. */
    @Transactional
    public TrackView stopEarly(UUID dossierId, String reason) {
        TrackStore.Locked t = store.lock(dossierId, TrackKind.INVESTIGATION, TrackAct.STOP_EARLY);
        Checks v = new Checks();
        String why = v.required("reason", reason, "Geef de reden om het onderzoek voortijdig te stoppen.");
        v.throwIfInvalid();
        jdbc.sql("UPDATE follow_up_track SET concluded_on = :today, stopped_early_reason = :r WHERE id = :id")
                .param("today", store.today()).param("r", why).param("id", t.id()).update();
        return store.done(t, TrackAct.STOP_EARLY, List.of());
    }

    /**
     * After the conclusion: a handover, conditions and follow-up, a request to the RvdK (B&W is then informed), or
     * closing. The investigation is finished and the chosen track starts today.
     */
    @Transactional
    public TrackView decideNextStep(UUID dossierId, NextStepInput in) {
        TrackStore.Locked t = store.lock(dossierId, TrackKind.INVESTIGATION, TrackAct.DECIDE_NEXT_STEP);
        Checks v = new Checks();
        NextStep step = v.enumValue("nextStep", in.nextStep(), NextStep.class,
                "Kies de vervolgstap: overdracht, voorwaarden en vervolg, verzoek aan de Raad, of afsluiten.", true);
        Tracks.HandoverTo to = null;
        String party = null;
        if (step == NextStep.HANDOVER) {
            to = v.enumValue("handoverTo", in.handoverTo(), Tracks.HandoverTo.class,
                    "Kies aan wie wordt overgedragen: het lokale team, de betrokken hulpverlening of het huishouden zelf.", true);
            party = v.required("handoverParty", in.handoverParty(), "Vul in aan welke organisatie of persoon wordt overgedragen.");
        }
        v.throwIfInvalid();
        LocalDate today = store.today();
        jdbc.sql("UPDATE follow_up_track SET next_step = :s WHERE id = :id").param("s", step.name()).param("id", t.id()).update();
        TrackView finished = store.done(t, TrackAct.DECIDE_NEXT_STEP, List.of());
        if (step != NextStep.CLOSE) {
            TrackKind next = TrackKind.valueOf(step.name());
            if (store.openTrack(dossierId, next, false).isPresent()) {
                throw new BusinessRuleException("nextStep", "Er loopt in dit dossier al " + TrackStateMachine.describe(next) + ".");
            }
            UUID id = store.start(dossierId, next, "INVESTIGATION", t.id(), today);
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
        DossierAccess access = store.require(dossierId);
        dossiers.requireOpen(dossierId);
        TrackStore.Locked t = store.latestInvestigation(dossierId).orElseThrow(() -> new BusinessRuleException(
                TrackAct.INFORM_REPORTER.dutch() + " kan niet: dit dossier heeft geen onderzoek."));
        TrackStateMachine.next(t.kind(), t.status(), TrackAct.INFORM_REPORTER);
        TrackView current = store.view(t.id());
        if (current.reporterFeedbackRecorded()) {
            throw new BusinessRuleException("De terugkoppeling aan de melder over dit onderzoek is al vastgelegd.");
        }
        Checks v = new Checks();
        String notInformed = v.optional(in.notInformedReason());
        LocalDate informed = null;
        String how = null;
        if (notInformed == null) {
            informed = v.pastDate("informedOn", in.informedOn(), store.today(), "Vul in wanneer de melder is teruggebeld of geschreven.");
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
        return store.done(new TrackStore.Locked(t.id(), t.dossierId(), t.kind(), t.status(), t.startedOn(), t.findings(), access), TrackAct.INFORM_REPORTER, List.of());
    }

    /**
     * The rule for a conclusion: one outcome (confirmed, not confirmed, refuted) for each type of violence reported,
     * and none for a type that was not reported. Problems go to {@code v}, at their field.
     */
    static Map<String, Outcome> conclusionsPerReportedType(Checks v, List<ViolenceType> reported,
            List<TrackView.Conclusion> conclusions) {
        Map<String, Outcome> outcomes = new HashMap<>();
        List<TrackView.Conclusion> given = conclusions == null ? List.of() : conclusions;
        v.nullItems("conclusions", given);
        for (int i = 0; i < given.size(); i++) {
            TrackView.Conclusion c = given.get(i);
            if (c == null) {
                continue;
            }
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
            if (!outcomes.containsKey(type.name()) && given.stream().noneMatch(c -> c != null && type.name().equals(c.violenceType()))) {
                v.reject("conclusions." + type.name(), "Geef een conclusie voor elke gemelde vorm van geweld; deze ontbreekt: " + type.name() + ".");
            }
        }
        return outcomes;
    }
}
