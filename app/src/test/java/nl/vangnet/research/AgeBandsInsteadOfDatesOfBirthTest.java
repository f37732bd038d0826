package nl.vangnet.research;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A research export shows an age band on the reference date, never a date of birth; the bands follow the law's ages. */
class AgeBandsInsteadOfDatesOfBirthTest {

    static final LocalDate ON = LocalDate.of(2026, 5, 4);

    static String bandAtAge(int years, int daysBeforeBirthday) {
        return AgeBand.of(ON.minusYears(years).plusDays(daysBeforeBirthday), ON);
    }

    @Test
    void eachBandStartsOnTheBirthdayOfItsFirstAge() {
        assertThat(bandAtAge(0, 0)).isEqualTo("0-3");
        assertThat(bandAtAge(4, 1)).isEqualTo("0-3");
        assertThat(bandAtAge(4, 0)).isEqualTo("4-11");
        assertThat(bandAtAge(12, 1)).isEqualTo("4-11");
        assertThat(bandAtAge(12, 0)).isEqualTo("12-15");
        assertThat(bandAtAge(16, 1)).isEqualTo("12-15");
        assertThat(bandAtAge(16, 0)).isEqualTo("16-17");
        assertThat(bandAtAge(18, 1)).isEqualTo("16-17");
        assertThat(bandAtAge(18, 0)).isEqualTo("18-25");
        assertThat(bandAtAge(26, 0)).isEqualTo("26-40");
        assertThat(bandAtAge(41, 0)).isEqualTo("41-65");
        assertThat(bandAtAge(66, 1)).isEqualTo("41-65");
        assertThat(bandAtAge(66, 0)).isEqualTo("66+");
        assertThat(bandAtAge(103, 0)).isEqualTo("66+");
    }

    @Test
    void aLeapDayChildComesOfAgeOnTheFirstOfMarchOfACommonYear() {
        assertThat(AgeBand.of(LocalDate.of(2008, 2, 29), LocalDate.of(2026, 2, 28))).isEqualTo("16-17");
        assertThat(AgeBand.of(LocalDate.of(2008, 2, 29), LocalDate.of(2026, 3, 1))).isEqualTo("18-25");
    }

    @Test
    void withoutADateOfBirthOrWithOneAfterTheReferenceDateTheAgeIsUnknown() {
        assertThat(AgeBand.of(null, ON)).isEqualTo("onbekend");
        assertThat(AgeBand.of(ON.plusDays(1), ON)).isEqualTo("onbekend");
    }
}
