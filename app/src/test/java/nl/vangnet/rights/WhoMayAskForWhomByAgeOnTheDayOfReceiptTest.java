package nl.vangnet.rights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The table of who may ask for whom (DOMAIN.md), row by row, on the age the person has on the day the request is
 * received: 16 or older only the person (a parent or guardian with the person's consent); 12 to 16 the person and the
 * parents with authority or guardian without consent; under 12 only the parents or guardian; incapacitated the parents
 * or guardian, from 18 the legal representative. The birthdays around 12, 16 and 18, and births on 29 February.
 */
class WhoMayAskForWhomByAgeOnTheDayOfReceiptTest {

    static final LocalDate RECEIVED = LocalDate.of(2026, 5, 4);

    @ParameterizedTest(name = "born {0}, {1}, incapacitated {2}, consent {3} -> {4} ({5})")
    @CsvSource(delimiter = '|', textBlock = """
            # born     | requester             | incap. | consent | allowed | rule
            # 16 or older: only the person; a parent or guardian with the person's consent; never a representative
            2010-05-04 | SELF                  | false  | false   | true    | FROM_16
            2010-05-04 | PARENT_WITH_AUTHORITY | false  | false   | false   | FROM_16
            2010-05-04 | GUARDIAN              | false  | false   | false   | FROM_16
            2010-05-04 | PARENT_WITH_AUTHORITY | false  | true    | true    | FROM_16
            2010-05-04 | GUARDIAN              | false  | true    | true    | FROM_16
            2010-05-04 | LEGAL_REPRESENTATIVE  | false  | true    | false   | FROM_16
            1990-02-11 | SELF                  | false  | false   | true    | FROM_16
            1990-02-11 | PARENT_WITH_AUTHORITY | false  | false   | false   | FROM_16
            # the day before the 16th birthday: still 15, the parent needs no consent
            2010-05-05 | PARENT_WITH_AUTHORITY | false  | false   | true    | FROM_12_TO_16
            2010-05-05 | SELF                  | false  | false   | true    | FROM_12_TO_16
            # 12 to 16: the person, and the parents or guardian without consent
            2012-01-15 | SELF                  | false  | false   | true    | FROM_12_TO_16
            2012-01-15 | PARENT_WITH_AUTHORITY | false  | false   | true    | FROM_12_TO_16
            2012-01-15 | GUARDIAN              | false  | false   | true    | FROM_12_TO_16
            2012-01-15 | LEGAL_REPRESENTATIVE  | false  | false   | false   | FROM_12_TO_16
            # the 12th birthday on the day of receipt: 12
            2014-05-04 | SELF                  | false  | false   | true    | FROM_12_TO_16
            2014-05-04 | GUARDIAN              | false  | false   | true    | FROM_12_TO_16
            # the day before the 12th birthday: 11, only the parents or guardian
            2014-05-05 | SELF                  | false  | false   | false   | UNDER_12
            2014-05-05 | PARENT_WITH_AUTHORITY | false  | false   | true    | UNDER_12
            2014-05-05 | GUARDIAN              | false  | false   | true    | UNDER_12
            2014-05-05 | LEGAL_REPRESENTATIVE  | false  | false   | false   | UNDER_12
            2017-03-01 | SELF                  | false  | false   | false   | UNDER_12
            # incapacitated, under 18: the parents or guardian, not the person, not a representative
            2010-05-04 | SELF                  | true   | false   | false   | INCAPACITATED_MINOR
            2010-05-04 | PARENT_WITH_AUTHORITY | true   | false   | true    | INCAPACITATED_MINOR
            2010-05-04 | GUARDIAN              | true   | false   | true    | INCAPACITATED_MINOR
            2010-05-04 | LEGAL_REPRESENTATIVE  | true   | false   | false   | INCAPACITATED_MINOR
            # the day before the 18th birthday: still 17
            2008-05-05 | PARENT_WITH_AUTHORITY | true   | false   | true    | INCAPACITATED_MINOR
            2008-05-05 | LEGAL_REPRESENTATIVE  | true   | false   | false   | INCAPACITATED_MINOR
            # the 18th birthday on the day of receipt: the legal representative
            2008-05-04 | LEGAL_REPRESENTATIVE  | true   | false   | true    | INCAPACITATED_ADULT
            2008-05-04 | PARENT_WITH_AUTHORITY | true   | true    | false   | INCAPACITATED_ADULT
            2008-05-04 | SELF                  | true   | false   | false   | INCAPACITATED_ADULT
            """)
    void theAgeOnTheDayOfReceiptDecidesWhoMayAsk(LocalDate born, Requester requester, boolean incapacitated,
            boolean consent, boolean allowed, String rule) throws Exception {
        WhoMayAsk.Verdict verdict = WhoMayAsk.decide(requester, born, RECEIVED, incapacitated, consent);
        assertThat(verdict.allowed()).isEqualTo(allowed);
        assertThat(verdict.rule()).isEqualTo(WhoMayAsk.class.getField(rule).get(null));
    }

    /** Born on 29 February: 12 and 16 fall on a leap day; 18 is complete on 1 March of a year without one. */
    @ParameterizedTest(name = "born {0}, received {1}, {2} -> {3} ({4})")
    @CsvSource(delimiter = '|', textBlock = """
            2012-02-29 | 2024-02-28 | SELF                  | false | UNDER_12
            2012-02-29 | 2024-02-29 | SELF                  | true  | FROM_12_TO_16
            2008-02-29 | 2024-02-28 | PARENT_WITH_AUTHORITY | true  | FROM_12_TO_16
            2008-02-29 | 2024-02-29 | PARENT_WITH_AUTHORITY | false | FROM_16
            2008-02-29 | 2026-02-28 | PARENT_WITH_AUTHORITY | true  | INCAPACITATED_MINOR
            2008-02-29 | 2026-03-01 | LEGAL_REPRESENTATIVE  | true  | INCAPACITATED_ADULT
            """)
    void aLeapDayBirthCompletesTheYearOnTheLeapDayOrOnTheFirstOfMarch(LocalDate born, LocalDate received,
            Requester requester, boolean allowed, String rule) throws Exception {
        boolean incapacitated = rule.startsWith("INCAPACITATED");
        WhoMayAsk.Verdict verdict = WhoMayAsk.decide(requester, born, received, incapacitated, false);
        assertThat(verdict.allowed()).isEqualTo(allowed);
        assertThat(verdict.rule()).isEqualTo(WhoMayAsk.class.getField(rule).get(null));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"SELF", "PARENT_WITH_AUTHORITY", "GUARDIAN", "LEGAL_REPRESENTATIVE"})
    void withoutADateOfBirthNobodyIsAdmittedAndTheRuleSaysWhy(Requester requester) {
        WhoMayAsk.Verdict verdict = WhoMayAsk.decide(requester, null, RECEIVED, false, true);
        assertThat(verdict.allowed()).isFalse();
        assertThat(verdict.refusal()).contains("Leeftijd onbekend", "geboortedatum");
    }

    @Test
    void aRefusalNamesTheRuleInDutch() {
        assertThat(WhoMayAsk.decide(Requester.PARENT_WITH_AUTHORITY, LocalDate.of(2009, 1, 10), RECEIVED, false, false)
                .refusal()).isEqualTo("Dit verzoek kan niet worden aangenomen. Regel: 16 jaar of ouder: alleen de persoon "
                        + "zelf vraagt; een ouder met gezag of een voogd alleen met toestemming van de persoon.");
    }
}
