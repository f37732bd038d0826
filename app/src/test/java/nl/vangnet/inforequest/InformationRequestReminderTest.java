package nl.vangnet.inforequest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import nl.vangnet.calendar.WorkingDays;
import org.junit.jupiter.api.Test;

/** A request's reminder falls 3 working days before its due date (Atw working days), never before today. */
class InformationRequestReminderTest {

    final WorkingDays calendar = new WorkingDays(Set.of());

    @Test
    void theReminderIsThreeWorkingDaysBeforeTheDueDate() {
        // Wednesday 27 May 2026 due: Thursday 21 May (Monday 25 May is Whit Monday, no working day).
        assertThat(InformationRequests.reminderFor(calendar, LocalDate.of(2026, 5, 11), LocalDate.of(2026, 5, 27)))
                .isEqualTo(LocalDate.of(2026, 5, 21));
    }

    @Test
    void theReminderSkipsTheWeekend() {
        // Tuesday 9 June due: Thursday 4 June.
        assertThat(InformationRequests.reminderFor(calendar, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 9)))
                .isEqualTo(LocalDate.of(2026, 6, 4));
    }

    @Test
    void aDueDateThatNearHasItsReminderToday() {
        assertThat(InformationRequests.reminderFor(calendar, LocalDate.of(2026, 6, 8), LocalDate.of(2026, 6, 9)))
                .isEqualTo(LocalDate.of(2026, 6, 8));
    }
}
