package nl.vangnet.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The working-day calendar of the Algemene termijnenwet. A working day is not a Saturday, Sunday, Atw art. 3
 * holiday or a day that a published decree equates with a holiday (reference data). Every deadline uses it:
 * <ul>
 * <li>"N working days after X" counts from the day after X;</li>
 * <li>a period in days, weeks or months that ends on a non-working day ends on the next working day (Atw art. 1).</li>
 * </ul>
 */
public class WorkingDays {

    private final Map<Integer, Set<LocalDate>> atwByYear = new ConcurrentHashMap<>();
    private volatile Set<LocalDate> decreeDays;

    public WorkingDays(Set<LocalDate> decreeDays) {
        this.decreeDays = Set.copyOf(decreeDays);
    }

    void replaceDecreeDays(Set<LocalDate> days) {
        this.decreeDays = Set.copyOf(days);
    }

    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !isHoliday(day);
    }

    /** An Atw art. 3 holiday or a day a decree equates with one. */
    public boolean isHoliday(LocalDate day) {
        return atwByYear.computeIfAbsent(day.getYear(), y -> AtwHolidays.of(y).keySet()).contains(day)
                || decreeDays.contains(day);
    }

    /** The n-th working day after {@code start}, counting from the day after it. */
    public LocalDate afterWorkingDays(LocalDate start, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative");
        }
        LocalDate day = start;
        for (int counted = 0; counted < n; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** Atw art. 1: a period that would end on a non-working day ends on the next working day. */
    public LocalDate periodEnd(LocalDate nominalEnd) {
        LocalDate day = nominalEnd;
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    public LocalDate afterDays(LocalDate start, int days) {
        return periodEnd(start.plusDays(days));
    }

    public LocalDate afterWeeks(LocalDate start, int weeks) {
        return periodEnd(start.plusWeeks(weeks));
    }

    /** Calendar months (31 January plus one month is 28 or 29 February), then the Atw end rule. */
    public LocalDate afterMonths(LocalDate start, int months) {
        return periodEnd(start.plusMonths(months));
    }

    /** Working days from {@code from} (exclusive) up to {@code to} (inclusive); negative when {@code to} is earlier. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }
}
