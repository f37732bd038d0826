package nl.vangnet.research;

import java.time.LocalDate;
import java.time.Period;

/**
 * The age of a person in a research export, as a band instead of a date of birth: 0-3, 4-11, 12-15, 16-17, 18-25,
 * 26-40, 41-65, 66+ (the bands follow the age limits of the law: 12, 16, 18), or "onbekend" without a date of birth.
 */
public final class AgeBand {

    static final String UNKNOWN = "onbekend";
    private static final int[] UPPER = {3, 11, 15, 17, 25, 40, 65};
    private static final String[] LABEL = {"0-3", "4-11", "12-15", "16-17", "18-25", "26-40", "41-65"};

    private AgeBand() {
    }

    /** The band of the age on {@code on} of someone born on {@code dateOfBirth}. */
    public static String of(LocalDate dateOfBirth, LocalDate on) {
        if (dateOfBirth == null || on == null || dateOfBirth.isAfter(on)) {
            return UNKNOWN;
        }
        int age = Period.between(dateOfBirth, on).getYears();
        for (int i = 0; i < UPPER.length; i++) {
            if (age <= UPPER[i]) {
                return LABEL[i];
            }
        }
        return "66+";
    }
}
