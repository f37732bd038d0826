package nl.vangnet.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import nl.vangnet.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The radar's rules for a date of birth that is not known exactly, without a database. */
class RadarBirthRangeTest {

    static final LocalDate TODAY = LocalDate.of(2026, 5, 11);

    static Radar.Query year(Integer year) {
        return new Radar.Query("Sem Jansen", null, null, null, null, year, null, null);
    }

    static Radar.Query ages(Integer from, Integer to) {
        return new Radar.Query("Sem Jansen", null, null, null, null, null, from, to);
    }

    @Test
    void aBirthYearIsEveryDayOfThatYear() {
        assertThat(Radar.birthRange(year(2014), TODAY)).containsExactly(LocalDate.of(2014, 1, 1), LocalDate.of(2014, 12, 31));
    }

    @Test
    void anAgeRangeIsCountedInWholeYearsOnTodaysDate() {
        // Aged 10 to 14 on 11 May 2026: 14 until tomorrow's birthday in 2011, 10 since today in 2016.
        assertThat(Radar.birthRange(ages(10, 14), TODAY)).containsExactly(LocalDate.of(2011, 5, 12), LocalDate.of(2016, 5, 11));
    }

    @Test
    void oneAgeAloneIsThatAge() {
        assertThat(Radar.birthRange(ages(12, null), TODAY)).containsExactly(LocalDate.of(2013, 5, 12), LocalDate.of(2014, 5, 11));
        assertThat(Radar.birthRange(ages(null, 12), TODAY)).containsExactly(LocalDate.of(2013, 5, 12), LocalDate.of(2014, 5, 11));
    }

    @Test
    void aBirthYearOutsideTheCalendarOrInTheFutureIsRefusedAtItsField() {
        assertRefused(year(1899), "birthYear", "Geef een geboortejaar tussen 1900 en 2026.");
        assertRefused(year(2027), "birthYear", "Geef een geboortejaar tussen 1900 en 2026.");
    }

    @Test
    void anAgeOutsideZeroTo120OrARangeBackwardsOrWiderThanTenYearsIsRefusedAtItsField() {
        assertRefused(ages(-1, 4), "ageFrom", "Geef een leeftijd van 0 tot en met 120 jaar.");
        assertRefused(ages(10, 121), "ageTo", "Geef een leeftijd van 0 tot en met 120 jaar.");
        assertRefused(ages(14, 10), "ageTo", "De leeftijd tot is lager dan de leeftijd van.");
        assertRefused(ages(10, 21), "ageTo", "Zoek met een leeftijd van hoogstens 10 jaar breed.");
    }

    @Test
    void aBirthYearAndAnAgeTogetherAreRefused() {
        assertRefused(new Radar.Query("Sem Jansen", null, null, null, null, 2014, 10, 14), "birthYear",
                "Zoek met het geboortejaar of met een leeftijd, niet met beide.");
    }

    @Test
    void aDateOfBirthIsAlsoReadWithDayAndMonthSwappedAndADayEitherSide() {
        assertThat(Radar.nearDates(LocalDate.of(2014, 3, 5))).containsExactlyInAnyOrder(LocalDate.of(2014, 3, 5),
                LocalDate.of(2014, 3, 4), LocalDate.of(2014, 3, 6), LocalDate.of(2014, 5, 3));
        // No day and month to swap after the 12th, nor when they are the same.
        assertThat(Radar.nearDates(LocalDate.of(2014, 3, 31))).containsExactlyInAnyOrder(LocalDate.of(2014, 3, 31),
                LocalDate.of(2014, 3, 30), LocalDate.of(2014, 4, 1));
        assertThat(Radar.nearDates(LocalDate.of(2014, 4, 4))).hasSize(3);
    }

    static void assertRefused(Radar.Query query, String field, String reason) {
        assertThatThrownBy(() -> Radar.birthRange(query, TODAY)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.byField()).containsEntry(field, reason));
    }
}
