package nl.vangnet.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import nl.vangnet.platform.BusinessRuleException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every state × every verb of a temporary restraining order: the mayor extends only a running order; Veilig Thuis
 * records its part during the order and after it; written out here, apart from the enum.
 */
class RestrainingOrderLifecycleTest {

    static final Map<String, UnaryOperator<RestrainingOrderState>> VERBS = Map.of(
            "extend", RestrainingOrderState::extend,
            "recordPart", RestrainingOrderState::recordPart);

    static final Map<String, RestrainingOrderState> LEGAL = Map.of(
            "RUNNING extend", RestrainingOrderState.RUNNING,
            "RUNNING recordPart", RestrainingOrderState.RUNNING,
            "ENDED recordPart", RestrainingOrderState.ENDED);

    static Stream<Arguments> everyCombination() {
        List<Arguments> all = new ArrayList<>();
        for (RestrainingOrderState state : RestrainingOrderState.values()) {
            for (String verb : VERBS.keySet()) {
                all.add(Arguments.of(state, verb));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyCombination")
    void onlyARunningOrderIsExtendedAndVeiligThuisRecordsItsPartDuringAndAfter(RestrainingOrderState state, String verb) {
        RestrainingOrderState expected = LEGAL.get(state + " " + verb);
        if (expected != null) {
            assertThat(VERBS.get(verb).apply(state)).isEqualTo(expected);
        } else {
            assertThatThrownBy(() -> VERBS.get(verb).apply(state)).isInstanceOf(BusinessRuleException.class)
                    .hasMessage("Dit huisverbod is al afgelopen; een verlenging moet vóór het einde worden besloten.");
        }
    }
}
