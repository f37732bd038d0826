package nl.vangnet.rights;

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
 * Every state × every verb of a rights request: the period is extended once while the request is open; an open
 * request is decided (granted, partly granted, refused) or withdrawn once; written out here, apart from the enum.
 */
class RightsRequestLifecycleTest {

    static final Map<String, UnaryOperator<RightsRequestStatus>> VERBS = new LinkedHashMap<>();

    static {
        VERBS.put("extend", RightsRequestStatus::extend);
        VERBS.put("grant", RightsRequestStatus::grant);
        VERBS.put("grantPartly", RightsRequestStatus::grantPartly);
        VERBS.put("refuse", RightsRequestStatus::refuse);
        VERBS.put("withdraw", RightsRequestStatus::withdraw);
    }

    /** "STATE verb" → the state after it; everything not listed is refused. */
    static final Map<String, RightsRequestStatus> LEGAL = Map.ofEntries(
            Map.entry("RECEIVED extend", RightsRequestStatus.EXTENDED),
            Map.entry("RECEIVED grant", RightsRequestStatus.GRANTED),
            Map.entry("RECEIVED grantPartly", RightsRequestStatus.PARTLY_GRANTED),
            Map.entry("RECEIVED refuse", RightsRequestStatus.REFUSED),
            Map.entry("RECEIVED withdraw", RightsRequestStatus.WITHDRAWN),
            Map.entry("EXTENDED grant", RightsRequestStatus.GRANTED),
            Map.entry("EXTENDED grantPartly", RightsRequestStatus.PARTLY_GRANTED),
            Map.entry("EXTENDED refuse", RightsRequestStatus.REFUSED),
            Map.entry("EXTENDED withdraw", RightsRequestStatus.WITHDRAWN));

    static Stream<Arguments> everyCombination() {
        List<Arguments> all = new ArrayList<>();
        for (RightsRequestStatus state : RightsRequestStatus.values()) {
            for (String verb : VERBS.keySet()) {
                all.add(Arguments.of(state, verb));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyCombination")
    void thePeriodIsExtendedOnceAndAnOpenRequestIsDecidedOrWithdrawnOnce(RightsRequestStatus state, String verb) {
        RightsRequestStatus expected = LEGAL.get(state + " " + verb);
        if (expected != null) {
            assertThat(VERBS.get(verb).apply(state)).isEqualTo(expected);
        } else {
            assertThatThrownBy(() -> VERBS.get(verb).apply(state)).isInstanceOf(BusinessRuleException.class);
        }
    }

    @Test
    void theRefusalSaysWhyInDutch() {
        assertThatThrownBy(RightsRequestStatus.EXTENDED::extend)
                .hasMessage("De termijn van dit verzoek is al eens verlengd; de wet staat één verlenging toe, met twee maanden.");
        assertThatThrownBy(RightsRequestStatus.GRANTED::refuse)
                .hasMessage("Over dit verzoek is al beslist; er kan niet opnieuw worden beslist.");
        assertThatThrownBy(RightsRequestStatus.WITHDRAWN::extend)
                .hasMessage("Dit verzoek is ingetrokken; de termijn kan niet meer worden verlengd.");
    }

    @Test
    void decideNamesTheVerbOfTheOutcome() {
        assertThat(RightsRequestStatus.RECEIVED.decide(RightsRequestStatus.PARTLY_GRANTED)).isEqualTo(RightsRequestStatus.PARTLY_GRANTED);
        assertThatThrownBy(() -> RightsRequestStatus.RECEIVED.decide(RightsRequestStatus.WITHDRAWN))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
