package nl.vangnet.person;

/**
 * The burgerservicenummer: nine digits that pass the elfproef (9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11 and
 * not all digits are zero).
 */
public final class Bsn {

    private Bsn() {
    }

    public static boolean isValid(String bsn) {
        if (bsn == null || !bsn.matches("\\d{9}") || bsn.equals("000000000")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (bsn.charAt(i) - '0');
        }
        sum -= bsn.charAt(8) - '0';
        return sum % 11 == 0;
    }

    /** Removes spaces and dots that people type in a BSN. */
    public static String normalise(String typed) {
        return typed == null ? null : typed.replaceAll("[\\s.]", "");
    }
}
