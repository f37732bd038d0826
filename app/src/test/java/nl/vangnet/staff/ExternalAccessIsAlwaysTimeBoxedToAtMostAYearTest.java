package nl.vangnet.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** An external account (and a selection for it) always has an end, lasts at most 366 days and has not ended already. */
class ExternalAccessIsAlwaysTimeBoxedToAtMostAYearTest {

    static final LocalDate TODAY = LocalDate.of(2026, 5, 4);

    static String problem(LocalDate from, LocalDate until) {
        return ExternalAccounts.TimeBox.problem(from, until, TODAY);
    }

    @Test
    void withoutAnEndThereIsNoExternalAccess() {
        assertThat(problem(TODAY, null)).contains("einddatum");
        assertThat(problem(null, TODAY)).contains("einddatum");
    }

    @Test
    void atMostAYear() {
        assertThat(problem(TODAY, TODAY.plusDays(366))).isNull();
        assertThat(problem(TODAY, TODAY.plusDays(367))).contains("ten hoogste een jaar");
    }

    @Test
    void theEndIsNotBeforeTheStartNorInThePast() {
        assertThat(problem(TODAY, TODAY.minusDays(1))).contains("voor de begindatum");
        assertThat(problem(TODAY.minusDays(30), TODAY.minusDays(1))).contains("verleden");
        assertThat(problem(TODAY.minusDays(30), TODAY)).isNull();
    }

    @Test
    void anAccountGrantsNothingOutsideItsTimeBox() {
        ExternalAccount account = new ExternalAccount(null, "o", "O", Role.RESEARCHER, "UU", TODAY, null, null, TODAY, null,
                null, TODAY, TODAY.plusDays(30));
        assertThat(account.validOn(TODAY.minusDays(1))).isFalse();
        assertThat(account.validOn(TODAY)).isTrue();
        assertThat(account.validOn(TODAY.plusDays(30))).isTrue();
        assertThat(account.validOn(TODAY.plusDays(31))).isFalse();
    }
}
