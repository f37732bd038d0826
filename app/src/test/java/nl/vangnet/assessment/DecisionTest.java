package nl.vangnet.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import nl.vangnet.calendar.WorkingDays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DecisionTest {

    static final WorkingDays CALENDAR = new WorkingDays(Set.of(LocalDate.of(2026, 5, 15), LocalDate.of(2027, 5, 7)));

    @ParameterizedTest(name = "decided {0}: investigation due {1}")
    @CsvSource({"2026-11-23, 2027-02-01", "2026-10-16, 2026-12-28", "2026-02-23, 2026-05-04", "2026-03-06, 2026-05-18",
            "2027-02-24, 2027-05-05-not-a-holiday-check"})
    void anInvestigationIsDueTenWeeksAfterTheDecisionWithTheAtwEndRule(LocalDate decided, String due) {
        if (due.endsWith("check")) {
            // 24 February 2027 + 10 weeks = Wednesday 5 May 2027 (Bevrijdingsdag), then Hemelvaartsdag, the decree day
            // 7 May and a weekend: the period ends Monday 10 May.
            assertThat(Decision.INVESTIGATION.firstDeadline(decided, CALENDAR)).isEqualTo(LocalDate.of(2027, 5, 10));
            return;
        }
        assertThat(Decision.INVESTIGATION.firstDeadline(decided, CALENDAR)).isEqualTo(LocalDate.parse(due));
    }

    @ParameterizedTest
    @CsvSource({"HANDOVER", "CONDITIONS_AND_FOLLOW_UP", "RVDK_INVESTIGATION_REQUEST", "CRISIS_INTERVENTION", "CLOSE_NO_UNSAFETY"})
    void otherTracksGetTheirDeadlinesInTheFollowUpTracks(Decision decision) {
        assertThat(decision.firstDeadline(LocalDate.of(2026, 11, 23), CALENDAR)).isNull();
    }
}
