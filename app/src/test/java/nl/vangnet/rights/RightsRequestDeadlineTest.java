package nl.vangnet.rights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import nl.vangnet.calendar.Deadline;
import nl.vangnet.calendar.WorkingDays;
import nl.vangnet.platform.BusinessRuleException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The decision on a rights request is due one calendar month after receipt (31 January: the end of February), on the
 * next working day when that is a Saturday, Sunday or Atw holiday; the one extension adds two months, only while the
 * first month runs.
 */
class RightsRequestDeadlineTest {

    final WorkingDays calendar = new WorkingDays(Set.of());

    @ParameterizedTest(name = "received {0} -> due {1}")
    @CsvSource(textBlock = """
            # 31 January plus a month is the end of February: 28 February 2025 is a Friday
            2025-01-31, 2025-02-28
            # 29 February in a leap year (a Thursday)
            2024-01-31, 2024-02-29
            # 28 February 2026 is a Saturday: Monday 2 March
            2026-01-31, 2026-03-02
            # 28 February 2027 is a Sunday: Monday 1 March
            2027-01-31, 2027-03-01
            # 30 April plus a month: 30 May 2026 is a Saturday, then Sunday, then Monday 1 June
            2026-04-30, 2026-06-01
            # Koningsdag (Monday 27 April 2026): Tuesday 28 April
            2026-03-27, 2026-04-28
            # Tweede Paasdag (6 April 2026): Tuesday 7 April; from Goede Vrijdag (3 April, an Atw holiday) likewise
            2026-03-06, 2026-04-07
            2026-03-03, 2026-04-07
            # Christmas (Friday 25 and Saturday 26 December 2026), then Sunday: Monday 28 December
            2026-11-25, 2026-12-28
            # an ordinary weekday stays
            2026-05-04, 2026-06-04
            """)
    void theDecisionIsDueOneCalendarMonthAfterReceiptOnTheNextWorkingDay(LocalDate received, LocalDate due) {
        assertThat(RightsDeadline.firstDue(received, calendar)).isEqualTo(due);
    }

    @Test
    void theOneExtensionAddsTwoMonthsCountedFromReceiptWithTheAtwEndRule() {
        Deadline extended = RightsDeadline.extend(RightsRequestStatus.RECEIVED, LocalDate.of(2026, 1, 31),
                LocalDate.of(2026, 3, 2), "Groot dossier", calendar, UUID.randomUUID(), Instant.EPOCH);
        // 30 April 2026 is a Thursday (31 January + 3 months = 30 April)
        assertThat(extended.due().on()).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(extended.planned().on()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(extended.kind()).isEqualTo(RightsDeadline.KIND);
        assertThat(extended.extensions()).singleElement().satisfies(e -> assertThat(e.reason()).isEqualTo("Groot dossier"));
        // 27 February 2026 + 3 months = Wednesday 27 May 2026
        assertThat(RightsDeadline.extendedDue(LocalDate.of(2026, 2, 27), calendar)).isEqualTo(LocalDate.of(2026, 5, 27));
        // 25 September 2026 + 3 months = Friday 25 December (Christmas), then Saturday 26, Sunday 27: Monday 28 December
        assertThat(RightsDeadline.extendedDue(LocalDate.of(2026, 9, 25), calendar)).isEqualTo(LocalDate.of(2026, 12, 28));
    }

    @Test
    void theExtensionIsRefusedOnceTheFirstMonthIsOver() {
        assertThatThrownBy(() -> RightsDeadline.extend(RightsRequestStatus.RECEIVED, LocalDate.of(2026, 1, 31),
                LocalDate.of(2026, 3, 3), "Groot dossier", calendar, UUID.randomUUID(), Instant.EPOCH))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("De termijn kan alleen binnen de eerste maand na ontvangst worden verlengd (tot en met 2 maart 2026); "
                        + "die maand is voorbij.");
    }

    @Test
    void aSecondExtensionIsRefused() {
        assertThatThrownBy(() -> RightsDeadline.extend(RightsRequestStatus.EXTENDED, LocalDate.of(2026, 1, 31),
                LocalDate.of(2026, 2, 2), "Nog groter", calendar, UUID.randomUUID(), Instant.EPOCH))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("al eens verlengd");
    }

    @Test
    void anOpenRequestPastItsDueIsOverdueAndADecidedOneIsMetOrMissed() {
        Deadline open = RightsDeadline.period(LocalDate.of(2026, 5, 4), LocalDate.of(2026, 6, 4), LocalDate.of(2026, 6, 4),
                null, null, null, null);
        assertThat(open.status(clockOn("2026-06-04"))).isEqualTo(Deadline.Status.OPEN);
        assertThat(open.status(clockOn("2026-06-05"))).isEqualTo(Deadline.Status.OVERDUE);
        assertThat(open.doneOn(LocalDate.of(2026, 6, 5)).status(clockOn("2026-06-10"))).isEqualTo(Deadline.Status.MISSED);
    }

    static Clock clockOn(String day) {
        return Clock.fixed(Instant.parse(day + "T10:00:00Z"), ZoneOffset.UTC);
    }
}
