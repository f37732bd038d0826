package nl.vangnet.followup;

import static nl.vangnet.followup.TrackAct.*;
import static nl.vangnet.followup.TrackKind.*;
import static nl.vangnet.followup.TrackStatus.*;

import java.util.EnumMap;
import java.util.Map;
import nl.vangnet.platform.BusinessRuleException;

/**
 * The statutory process of the follow-up tracks as one table: per kind of track and status, the acts allowed and
 * the status they lead to. Anything not in the table is refused with a Dutch explanation.
 *
 * <pre>
 * investigation:  IN_PROGRESS --conclude | stop early--> CONCLUDED --next step--> FINISHED
 *                 (conversations and findings while in progress; reporter feedback once concluded)
 * conditions:     SETTING_CONDITIONS --handover meeting--> MONITORING --12-month contact--> FINISHED
 *                 (conditions while setting them; the 3-month contact while monitoring)
 * handover:       IN_PROGRESS --hand over--> FINISHED
 * RvdK request:   IN_PROGRESS --request sent--> FINISHED
 * crisis:         IN_PROGRESS --followed up--> FINISHED
 * </pre>
 */
public final class TrackStateMachine {

    private static final Map<TrackKind, Map<TrackStatus, Map<TrackAct, TrackStatus>>> TABLE = new EnumMap<>(TrackKind.class);

    static {
        allow(INVESTIGATION, IN_PROGRESS, PLAN_CONVERSATION, IN_PROGRESS);
        allow(INVESTIGATION, IN_PROGRESS, RECORD_CONVERSATION, IN_PROGRESS);
        allow(INVESTIGATION, IN_PROGRESS, RECORD_FINDINGS, IN_PROGRESS);
        allow(INVESTIGATION, IN_PROGRESS, CONCLUDE, CONCLUDED);
        allow(INVESTIGATION, IN_PROGRESS, STOP_EARLY, CONCLUDED);
        allow(INVESTIGATION, CONCLUDED, DECIDE_NEXT_STEP, FINISHED);
        allow(INVESTIGATION, CONCLUDED, INFORM_REPORTER, CONCLUDED);
        allow(INVESTIGATION, FINISHED, INFORM_REPORTER, FINISHED);
        allow(CONDITIONS_AND_FOLLOW_UP, SETTING_CONDITIONS, SET_CONDITION, SETTING_CONDITIONS);
        allow(CONDITIONS_AND_FOLLOW_UP, SETTING_CONDITIONS, HOLD_HANDOVER_MEETING, MONITORING);
        allow(CONDITIONS_AND_FOLLOW_UP, MONITORING, RECORD_MONITORING_CONTACT, MONITORING);
        allow(CONDITIONS_AND_FOLLOW_UP, MONITORING, RECORD_FINAL_MONITORING_CONTACT, FINISHED);
        allow(HANDOVER, IN_PROGRESS, HAND_OVER, FINISHED);
        allow(RVDK_INVESTIGATION_REQUEST, IN_PROGRESS, REQUEST_RVDK_INVESTIGATION, FINISHED);
        allow(CRISIS_INTERVENTION, IN_PROGRESS, FOLLOW_UP_CRISIS, FINISHED);
    }

    private TrackStateMachine() {
    }

    private static void allow(TrackKind kind, TrackStatus from, TrackAct act, TrackStatus to) {
        TABLE.computeIfAbsent(kind, k -> new EnumMap<>(TrackStatus.class))
                .computeIfAbsent(from, s -> new EnumMap<>(TrackAct.class)).put(act, to);
    }

    public static boolean allows(TrackKind kind, TrackStatus status, TrackAct act) {
        return TABLE.getOrDefault(kind, Map.of()).getOrDefault(status, Map.of()).containsKey(act);
    }

    /** The status after the act, or a refusal that says why the act is not possible now. */
    public static TrackStatus next(TrackKind kind, TrackStatus status, TrackAct act) {
        TrackStatus to = TABLE.getOrDefault(kind, Map.of()).getOrDefault(status, Map.of()).get(act);
        if (to == null) {
            throw new BusinessRuleException(act.dutch() + " kan niet: " + why(kind, status, act) + ".");
        }
        return to;
    }

    private static String why(TrackKind kind, TrackStatus status, TrackAct act) {
        boolean actBelongsToKind = TABLE.getOrDefault(kind, Map.of()).values().stream().anyMatch(m -> m.containsKey(act));
        if (!actBelongsToKind) {
            return "dat hoort niet bij " + describe(kind);
        }
        if (status == FINISHED) {
            return describe(kind) + " is afgerond";
        }
        return switch (kind) {
            case INVESTIGATION -> status == IN_PROGRESS ? "het onderzoek heeft nog geen conclusie"
                    : "het onderzoek is al geconcludeerd; kies de vervolgstap";
            case CONDITIONS_AND_FOLLOW_UP -> status == SETTING_CONDITIONS ? "het overdrachtsgesprek is nog niet gehouden"
                    : "de overdracht is al gedaan en de monitoring loopt";
            default -> describe(kind) + " staat daar niet voor open";
        };
    }

    static String describe(TrackKind kind) {
        return switch (kind) {
            case INVESTIGATION -> "het onderzoek";
            case CONDITIONS_AND_FOLLOW_UP -> "het traject voorwaarden en vervolg";
            case HANDOVER -> "de overdracht";
            case RVDK_INVESTIGATION_REQUEST -> "het verzoek tot onderzoek aan de Raad voor de Kinderbescherming";
            case CRISIS_INTERVENTION -> "de crisisinterventie";
        };
    }
}
