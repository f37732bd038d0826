package nl.vangnet.support;

import java.util.Random;

/** Test data shared by the integration tests. */
public final class TestData {

    private static final Random RANDOM = new Random();

    private TestData() {
    }

    /** The report the intake issue requires the API to accept, with a BSN and surname made unique per test. */
    public static String exampleReport(String bsn, String surname) {
        return """
                {"receivedAt":"2026-04-30T10:15:00+02:00","channel":"PHONE",
                 "reporter":{"type":"PROFESSIONAL","category":"EDUCATION","name":"A. Voorbeeld","organisation":"Basisschool De Voorbeeld","phone":"0301234567","anonymous":false},
                 "household":{"street":"Dorpsstraat","postcode":"3511AB","houseNumber":"12","municipalityCode":"GM0344"},
                 "persons":[{"role":"CHILD","bsn":"%s","surname":"%s","givenNames":"Sem","dateOfBirth":"2017-03-01"},
                            {"role":"ALLEGED_PERPETRATOR","surname":"%s","givenNames":"Piet","dateOfBirth":"1985-06-12","postcode":"3511AB","houseNumber":"12"}],
                 "violenceTypes":["CHILD_ABUSE"],"concern":"Sem komt vaak met blauwe plekken op school.","acuteDanger":false}
                """.formatted(bsn, surname, surname);
    }

    /**
     * A surname no other test uses, in letters only: persons are matched by the radar key of their surname, which
     * drops digits, and their date of birth, so names differing only in digits would join another test's open dossier.
     */
    public static String uniqueSurname(String prefix) {
        StringBuilder name = new StringBuilder(prefix);
        for (int i = 0; i < 10; i++) {
            name.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return name.toString();
    }

    /** A random BSN that passes the elfproef. */
    public static String randomBsn() {
        while (true) {
            int[] d = new int[9];
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                d[i] = RANDOM.nextInt(10);
                sum += (9 - i) * d[i];
            }
            int last = sum % 11;
            if (last < 10 && d[0] != 0) {
                d[8] = last;
                StringBuilder sb = new StringBuilder();
                for (int x : d) {
                    sb.append(x);
                }
                return sb.toString();
            }
        }
    }
}
