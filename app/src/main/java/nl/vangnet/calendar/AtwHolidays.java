package nl.vangnet.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * The generally recognised holidays of Algemene termijnenwet art. 3: Nieuwjaarsdag, Goede Vrijdag, tweede Paasdag,
 * Koningsdag (27 April, or 26 April when the 27th is a Sunday), 5 mei (every year), Hemelvaartsdag, tweede
 * Pinksterdag, eerste en tweede Kerstdag. (Eerste Paasdag and eerste Pinksterdag are Sundays.)
 */
public final class AtwHolidays {

    private AtwHolidays() {
    }

    /** The Atw art. 3 holidays of a year, by date, with their Dutch names. */
    public static Map<LocalDate, String> of(int year) {
        LocalDate easter = easterSunday(year);
        Map<LocalDate, String> days = new TreeMap<>();
        // Two holidays can fall on one date (Hemelvaartsdag on 5 May in 2016, Koningsdag on Tweede Paasdag in 2095).
        BiConsumer<LocalDate, String> add = (day, name) -> days.merge(day, name, (a, b) -> a + " en " + b);
        add.accept(LocalDate.of(year, Month.JANUARY, 1), "Nieuwjaarsdag");
        add.accept(easter.minusDays(2), "Goede Vrijdag");
        add.accept(easter.plusDays(1), "Tweede Paasdag");
        add.accept(kingsDay(year), "Koningsdag");
        add.accept(LocalDate.of(year, Month.MAY, 5), "Bevrijdingsdag");
        add.accept(easter.plusDays(39), "Hemelvaartsdag");
        add.accept(easter.plusDays(50), "Tweede Pinksterdag");
        add.accept(LocalDate.of(year, Month.DECEMBER, 25), "Eerste Kerstdag");
        add.accept(LocalDate.of(year, Month.DECEMBER, 26), "Tweede Kerstdag");
        return days;
    }

    /** Koningsdag: 27 April, moved to the 26th when the 27th falls on a Sunday (since 2014). */
    static LocalDate kingsDay(int year) {
        LocalDate day = LocalDate.of(year, Month.APRIL, 27);
        return day.getDayOfWeek() == DayOfWeek.SUNDAY ? day.minusDays(1) : day;
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }
}
