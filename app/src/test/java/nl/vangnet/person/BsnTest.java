package nl.vangnet.person;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BsnTest {

    @ParameterizedTest(name = "{0} passes the elfproef: {1}")
    @CsvSource(value = {"111222333, true", "123456782, true", "999999990, true", "111222334, false", "123456789, false",
            "000000000, false", "12345678, false", "1234567890, false", "12345678a, false", "NULL, false"}, nullValues = "NULL")
    void aBsnIsNineDigitsThatPassTheElfproef(String bsn, boolean valid) {
        assertThat(Bsn.isValid(bsn)).isEqualTo(valid);
    }

    @ParameterizedTest
    @CsvSource({"'111 222 333', 111222333", "'1112.22.333', 111222333"})
    void spacesAndDotsTypedInABsnAreIgnored(String typed, String bsn) {
        assertThat(Bsn.normalise(typed)).isEqualTo(bsn);
        assertThat(Bsn.isValid(Bsn.normalise(typed))).isTrue();
    }
}
