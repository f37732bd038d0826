package nl.vangnet.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.vangnet.platform.BusinessRuleException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of track × every status × every act: the legal transitions lead where the process says (written out
 * here, apart from the production table), every other combination is refused with a Dutch reason.
 */
class TrackStateMachineTest {

    /** "KIND STATUS ACT" → the status after the act; everything not listed is illegal. */
    static final Map<String, TrackStatus> LEGAL = Map.ofEntries(
            Map.entry("INVESTIGATION IN_PROGRESS PLAN_CONVERSATION", TrackStatus.IN_PROGRESS),
            Map.entry("INVESTIGATION IN_PROGRESS RECORD_CONVERSATION", TrackStatus.IN_PROGRESS),
            Map.entry("INVESTIGATION IN_PROGRESS RECORD_FINDINGS", TrackStatus.IN_PROGRESS),
            Map.entry("INVESTIGATION IN_PROGRESS CONCLUDE", TrackStatus.CONCLUDED),
            Map.entry("INVESTIGATION IN_PROGRESS STOP_EARLY", TrackStatus.CONCLUDED),
            Map.entry("INVESTIGATION CONCLUDED DECIDE_NEXT_STEP", TrackStatus.FINISHED),
            Map.entry("INVESTIGATION CONCLUDED INFORM_REPORTER", TrackStatus.CONCLUDED),
            Map.entry("INVESTIGATION FINISHED INFORM_REPORTER", TrackStatus.FINISHED),
            Map.entry("CONDITIONS_AND_FOLLOW_UP SETTING_CONDITIONS SET_CONDITION", TrackStatus.SETTING_CONDITIONS),
            Map.entry("CONDITIONS_AND_FOLLOW_UP SETTING_CONDITIONS HOLD_HANDOVER_MEETING", TrackStatus.MONITORING),
            Map.entry("CONDITIONS_AND_FOLLOW_UP MONITORING RECORD_MONITORING_CONTACT", TrackStatus.MONITORING),
            Map.entry("CONDITIONS_AND_FOLLOW_UP MONITORING RECORD_FINAL_MONITORING_CONTACT", TrackStatus.FINISHED),
            Map.entry("HANDOVER IN_PROGRESS HAND_OVER", TrackStatus.FINISHED),
            Map.entry("RVDK_INVESTIGATION_REQUEST IN_PROGRESS REQUEST_RVDK_INVESTIGATION", TrackStatus.FINISHED),
            Map.entry("CRISIS_INTERVENTION IN_PROGRESS FOLLOW_UP_CRISIS", TrackStatus.FINISHED));

    static Stream<Arguments> everyCombination() {
        List<Arguments> all = new ArrayList<>();
        for (TrackKind kind : TrackKind.values()) {
            for (TrackStatus status : TrackStatus.values()) {
                for (TrackAct act : TrackAct.values()) {
                    all.add(Arguments.of(kind, status, act));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("everyCombination")
    void everyTransitionIsLegalExactlyWhenTheProcessAllowsIt(TrackKind kind, TrackStatus status, TrackAct act) {
        TrackStatus expected = LEGAL.get(kind + " " + status + " " + act);
        if (expected != null) {
            assertThat(TrackStateMachine.next(kind, status, act)).isEqualTo(expected);
            assertThat(TrackStateMachine.allows(kind, status, act)).isTrue();
        } else {
            assertThat(TrackStateMachine.allows(kind, status, act)).isFalse();
            assertThatThrownBy(() -> TrackStateMachine.next(kind, status, act))
                    .isInstanceOf(BusinessRuleException.class)
                    .hasMessageStartingWith(act.dutch() + " kan niet: ");
        }
    }

    @Test
    void everyTrackStartsInAStatusFromWhichItCanFinish() {
        for (TrackKind kind : TrackKind.values()) {
            assertThat(reachesFinished(kind, kind.initialStatus(), 0)).as(kind.name()).isTrue();
        }
    }

    @Test
    void theRefusalSaysWhyInDutch() {
        assertThatThrownBy(() -> TrackStateMachine.next(TrackKind.INVESTIGATION, TrackStatus.IN_PROGRESS, TrackAct.DECIDE_NEXT_STEP))
                .hasMessage("De vervolgstap na het onderzoek kiezen kan niet: het onderzoek heeft nog geen conclusie.");
        assertThatThrownBy(() -> TrackStateMachine.next(TrackKind.CONDITIONS_AND_FOLLOW_UP, TrackStatus.SETTING_CONDITIONS,
                TrackAct.RECORD_MONITORING_CONTACT))
                .hasMessage("Een monitoringscontact vastleggen kan niet: het overdrachtsgesprek is nog niet gehouden.");
        assertThatThrownBy(() -> TrackStateMachine.next(TrackKind.HANDOVER, TrackStatus.IN_PROGRESS, TrackAct.CONCLUDE))
                .hasMessage("Een conclusie vastleggen kan niet: dat hoort niet bij de overdracht.");
        assertThatThrownBy(() -> TrackStateMachine.next(TrackKind.CONDITIONS_AND_FOLLOW_UP, TrackStatus.FINISHED,
                TrackAct.SET_CONDITION))
                .hasMessage("Een veiligheidsvoorwaarde vastleggen kan niet: het traject voorwaarden en vervolg is afgerond.");
    }

    private static boolean reachesFinished(TrackKind kind, TrackStatus status, int depth) {
        if (status == TrackStatus.FINISHED) {
            return true;
        }
        if (depth > TrackStatus.values().length) {
            return false;
        }
        for (TrackAct act : TrackAct.values()) {
            if (TrackStateMachine.allows(kind, status, act)) {
                TrackStatus next = TrackStateMachine.next(kind, status, act);
                if (next != status && reachesFinished(kind, next, depth + 1)) {
                    return true;
                }
            }
        }
        return false;
    }
}
