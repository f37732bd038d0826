package nl.vangnet.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import nl.vangnet.platform.BusinessRuleException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every state × every verb of an AWARE application: the committee decides once on an application, the device is
 * issued once after approval and returned once after issue; written out here, apart from the enum.
 */
class AwareLifecycleTest {

    static final Map<String, UnaryOperator<AwareState>> VERBS = new LinkedHashMap<>();

    static {
        VERBS.put("approve", s -> s.decide(true));
        VERBS.put("refuse", s -> s.decide(false));
        VERBS.put("issueDevice", AwareState::issueDevice);
        VERBS.put("returnDevice", AwareState::returnDevice);
    }

    /** "STATE verb" → the state after it; everything not listed is refused. */
    static final Map<String, AwareState> LEGAL = Map.of(
            "APPLIED approve", AwareState.APPROVED,
            "APPLIED refuse", AwareState.REFUSED,
            "APPROVED issueDevice", AwareState.ISSUED,
            "ISSUED returnDevice", AwareState.RETURNED);

    static Stream<Arguments> everyCombination() {
        List<Arguments> all = new ArrayList<>();
        for (AwareState state : AwareState.values()) {
            for (String verb : VERBS.keySet()) {
                all.add(Arguments.of(state, verb));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyCombination")
    void theCommitteeDecidesOnceAndTheDeviceIsIssuedAfterApprovalAndReturnedAfterIssue(AwareState state, String verb) {
        AwareState expected = LEGAL.get(state + " " + verb);
        if (expected != null) {
            assertThat(VERBS.get(verb).apply(state)).isEqualTo(expected);
        } else {
            assertThatThrownBy(() -> VERBS.get(verb).apply(state)).isInstanceOf(BusinessRuleException.class);
        }
    }

    @Test
    void theStateFollowsFromWhatWasRecorded() {
        assertThat(AwareState.of(null, false, false)).isEqualTo(AwareState.APPLIED);
        assertThat(AwareState.of(false, false, false)).isEqualTo(AwareState.REFUSED);
        assertThat(AwareState.of(true, false, false)).isEqualTo(AwareState.APPROVED);
        assertThat(AwareState.of(true, true, false)).isEqualTo(AwareState.ISSUED);
        assertThat(AwareState.of(true, true, true)).isEqualTo(AwareState.RETURNED);
    }

    @Test
    void theRefusalSaysWhyInDutch() {
        assertThatThrownBy(() -> AwareState.REFUSED.decide(true))
                .hasMessage("De indicatiecommissie heeft over deze aanvraag al besloten.");
        assertThatThrownBy(AwareState.APPLIED::issueDevice)
                .hasMessage("Een AWARE-kastje wordt pas uitgegeven na toekenning door de indicatiecommissie.");
        assertThatThrownBy(AwareState.APPROVED::returnDevice).hasMessage("Er is geen AWARE-kastje uitgegeven.");
    }
}
