package nl.vangnet.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
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
 * Every status × every verb of the safety assessment: a draft is saved or completed, an assessment awaiting
 * confirmation is confirmed or returned to draft (four eyes), and nothing else; written out here, apart from the enum.
 */
class AssessmentLifecycleTest {

    static final Map<String, UnaryOperator<AssessmentStatus>> VERBS = Map.of(
            "save", AssessmentStatus::save,
            "complete", AssessmentStatus::complete,
            "confirm", AssessmentStatus::confirm,
            "returnToDraft", AssessmentStatus::returnToDraft);

    /** "STATUS verb" → the status after it; everything not listed is refused. */
    static final Map<String, AssessmentStatus> LEGAL = Map.of(
            "DRAFT save", AssessmentStatus.DRAFT,
            "DRAFT complete", AssessmentStatus.AWAITING_CONFIRMATION,
            "AWAITING_CONFIRMATION confirm", AssessmentStatus.CONFIRMED,
            "AWAITING_CONFIRMATION returnToDraft", AssessmentStatus.DRAFT);

    static Stream<Arguments> everyCombination() {
        List<Arguments> all = new ArrayList<>();
        for (AssessmentStatus status : AssessmentStatus.values()) {
            for (String verb : VERBS.keySet()) {
                all.add(Arguments.of(status, verb));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyCombination")
    void anAssessmentIsChangedOnlyAsADraftAndConfirmedOnlyWhileAwaitingConfirmation(AssessmentStatus status, String verb) {
        AssessmentStatus expected = LEGAL.get(status + " " + verb);
        if (expected != null) {
            assertThat(VERBS.get(verb).apply(status)).isEqualTo(expected);
        } else {
            assertThatThrownBy(() -> VERBS.get(verb).apply(status)).isInstanceOf(BusinessRuleException.class);
        }
    }

    @Test
    void aNewAssessmentStartsAsADraft() {
        assertThat(AssessmentStatus.INITIAL).isEqualTo(AssessmentStatus.DRAFT);
    }

    @Test
    void theRefusalSaysWhyInDutch() {
        assertThatThrownBy(AssessmentStatus.AWAITING_CONFIRMATION::save)
                .hasMessage("De beoordeling wacht op bevestiging en kan nu niet worden gewijzigd.");
        assertThatThrownBy(AssessmentStatus.CONFIRMED::complete)
                .hasMessage("De veiligheidsbeoordeling van deze melding is al bevestigd.");
        assertThatThrownBy(AssessmentStatus.DRAFT::confirm).hasMessage("Deze beoordeling wacht niet op bevestiging.");
        assertThatThrownBy(AssessmentStatus.CONFIRMED::returnToDraft).hasMessage("Deze beoordeling wacht niet op bevestiging.");
    }
}
