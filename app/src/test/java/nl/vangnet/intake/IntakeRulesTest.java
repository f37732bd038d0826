package nl.vangnet.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import nl.vangnet.calendar.WorkingDays;
import nl.vangnet.platform.BusinessRuleException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The intake rules of DOMAIN.md, each named after the rule. */
class IntakeRulesTest {

    static final WorkingDays CALENDAR = new WorkingDays(Set.of(LocalDate.of(2026, 1, 2), LocalDate.of(2026, 5, 15)));

    @ParameterizedTest(name = "received {0}: assessment due {1}")
    @CsvSource({
            "2026-11-23T09:00:00Z, 2026-11-30",   // Monday
            "2026-11-26T22:30:00Z, 2026-12-03",   // Thursday 23:30 Dutch time: received on Thursday
            "2026-11-26T23:30:00Z, 2026-12-04",   // 00:30 on Friday in the Netherlands: received on Friday
            "2026-04-30T08:15:00Z, 2026-05-08",   // Koningsdag is past; 5 mei falls within
            "2026-12-23T10:00:00Z, 2026-12-31",
            "2025-12-31T10:00:00Z, 2026-01-09"})  // Nieuwjaarsdag and the decree day 2 January 2026
    void theSafetyAssessmentIsDueFiveWorkingDaysAfterReceipt(Instant receivedAt, LocalDate due) {
        AssessmentDeadline deadline = AssessmentDeadline.of(receivedAt, false, CALENDAR);
        assertThat(deadline.dueOn()).isEqualTo(due);
        assertThat(deadline.dueAt()).isNull();
        assertThat(deadline.iso()).isEqualTo(due.toString());
    }

    @Test
    void anAcuteReportIsDueWithin24HoursAlsoOnHolidays() {
        AssessmentDeadline deadline = AssessmentDeadline.of(Instant.parse("2026-12-24T21:00:00Z"), true, CALENDAR);
        assertThat(deadline.dueAt()).isEqualTo(Instant.parse("2026-12-25T21:00:00Z"));
        assertThat(deadline.dueOn()).isEqualTo(LocalDate.of(2026, 12, 25));
        assertThat(deadline.iso()).isEqualTo("2026-12-25T22:00+01:00");
    }

    @ParameterizedTest(name = "joins open dossier {0}, known before {1}: {2}")
    @CsvSource({"false, false, FIRST_REPORT", "false, true, REPEAT_REPORT", "true, false, FOLLOW_UP_REPORT",
            "true, true, FOLLOW_UP_REPORT"})
    void aReportIsClassifiedAgainstEarlierInvolvement(boolean joinsOpenDossier, boolean knownBefore, Classification expected) {
        assertThat(Classification.of(joinsOpenDossier, knownBefore)).isEqualTo(expected);
    }

    @Test
    void aReportIsVerifiedWithTheReporterOnceBeforeTheAssessment() {
        assertThat(ReportStatus.TO_VERIFY.verifyWithReporter()).isEqualTo(ReportStatus.AWAITING_ASSESSMENT);
        assertThatThrownBy(ReportStatus.AWAITING_ASSESSMENT::verifyWithReporter)
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("al geverifieerd");
    }

    @Test
    void aReportNotYetAssessedGoesWithItsDossierToAnotherRegionOnce() {
        assertThat(ReportStatus.TO_VERIFY.transferToOtherRegion()).isEqualTo(ReportStatus.TRANSFERRED);
        assertThat(ReportStatus.AWAITING_ASSESSMENT.transferToOtherRegion()).isEqualTo(ReportStatus.TRANSFERRED);
        assertThatThrownBy(ReportStatus.ASSESSED::transferToOtherRegion).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("al beoordeeld");
        assertThatThrownBy(ReportStatus.TRANSFERRED::transferToOtherRegion).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("overgedragen");
        assertThatThrownBy(ReportStatus.TRANSFERRED::verifyWithReporter).hasMessageContaining("overgedragen");
        assertThatThrownBy(ReportStatus.TRANSFERRED::assess).hasMessageContaining("overgedragen");
    }

    @Test
    void adviceComesByPhoneEmailPostOrChatOnly() {
        assertThat(Arrays.stream(Channel.values()).filter(Channel::allowedForAdvice))
                .containsExactly(Channel.PHONE, Channel.EMAIL, Channel.POST, Channel.CHAT);
    }
}
