package nl.vangnet.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.vangnet.intake.ViolenceType;
import nl.vangnet.platform.Checks;
import nl.vangnet.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

/** An investigation concludes once on every type of violence reported in its dossier, and on nothing else. */
class InvestigationConclusionRuleTest {

    private static final List<ViolenceType> REPORTED = List.of(ViolenceType.CHILD_ABUSE, ViolenceType.PARTNER_VIOLENCE);

    private static Map<String, Investigations.Outcome> conclude(List<TrackView.Conclusion> given) {
        Checks v = new Checks();
        Map<String, Investigations.Outcome> outcomes = Investigations.conclusionsPerReportedType(v, REPORTED, given);
        v.throwIfInvalid();
        return outcomes;
    }

    private static Map<String, String> problems(List<TrackView.Conclusion> given) {
        try {
            conclude(given);
            throw new AssertionError("accepted");
        } catch (InvalidInputException e) {
            return e.byField();
        }
    }

    @Test
    void everyReportedTypeGetsOneOutcome() {
        assertThat(conclude(List.of(new TrackView.Conclusion("CHILD_ABUSE", "CONFIRMED"),
                new TrackView.Conclusion("PARTNER_VIOLENCE", "REFUTED"))))
                .containsEntry("CHILD_ABUSE", Investigations.Outcome.CONFIRMED)
                .containsEntry("PARTNER_VIOLENCE", Investigations.Outcome.REFUTED).hasSize(2);
    }

    @Test
    void aReportedTypeWithoutAConclusionIsNamed() {
        assertThat(problems(List.of(new TrackView.Conclusion("CHILD_ABUSE", "CONFIRMED"))))
                .containsOnlyKeys("conclusions.PARTNER_VIOLENCE");
    }

    @Test
    void aTypeThatWasNotReportedCannotBeConcluded() {
        assertThat(problems(List.of(new TrackView.Conclusion("CHILD_ABUSE", "CONFIRMED"),
                new TrackView.Conclusion("PARTNER_VIOLENCE", "CONFIRMED"),
                new TrackView.Conclusion("ELDER_ABUSE", "REFUTED"))))
                .containsOnlyKeys("conclusions[2].violenceType");
    }

    @Test
    void aTypeIsConcludedOnlyOnce() {
        assertThat(problems(List.of(new TrackView.Conclusion("CHILD_ABUSE", "CONFIRMED"),
                new TrackView.Conclusion("CHILD_ABUSE", "REFUTED"),
                new TrackView.Conclusion("PARTNER_VIOLENCE", "CONFIRMED"))))
                .containsOnlyKeys("conclusions[1].violenceType");
    }

    @Test
    void anOutcomeIsOneOfConfirmedNotConfirmedOrRefuted() {
        assertThat(problems(List.of(new TrackView.Conclusion("CHILD_ABUSE", "PERHAPS"),
                new TrackView.Conclusion("PARTNER_VIOLENCE", "NOT_CONFIRMED"))))
                .containsOnlyKeys("conclusions[0].outcome");
    }

    @Test
    void nothingGivenNamesEveryReportedType() {
        assertThatThrownBy(() -> conclude(null)).isInstanceOf(InvalidInputException.class);
        assertThat(problems(List.of())).containsOnlyKeys("conclusions.CHILD_ABUSE", "conclusions.PARTNER_VIOLENCE");
    }

    @Test
    void anEmptyConclusionIsRefusedAtItsPlace() {
        ArrayList<TrackView.Conclusion> given = new ArrayList<>();
        given.add(new TrackView.Conclusion("CHILD_ABUSE", "CONFIRMED"));
        given.add(null);
        given.add(new TrackView.Conclusion("PARTNER_VIOLENCE", "REFUTED"));
        assertThat(problems(given)).containsOnlyKeys("conclusions[1]");
    }
}
