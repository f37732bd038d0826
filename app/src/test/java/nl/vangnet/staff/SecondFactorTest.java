package nl.vangnet.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SecondFactorTest {

    /** base32 of the RFC 6238 SHA-1 test key "12345678901234567890". */
    static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    static SecondFactor at(long epochSecond) {
        return new SecondFactor(Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC));
    }

    /** RFC 6238 appendix B vectors, truncated to the 6 digits authenticator apps show. */
    @ParameterizedTest
    @CsvSource({"59, 287082", "1111111109, 081804", "1111111111, 050471", "1234567890, 005924", "2000000000, 279037"})
    void codesFollowRfc6238(long time, String code) {
        assertThat(at(time).matchingStep(RFC_SECRET, code)).hasValue(time / 30);
    }

    @Test
    void aCodeIsAcceptedOneStepEitherSideForClockDriftButNotTwo() {
        SecondFactor factor = at(1111111109);
        long step = 1111111109 / 30;
        assertThat(factor.matchingStep(RFC_SECRET, factor.codeAt(RFC_SECRET, step - 1))).hasValue(step - 1);
        assertThat(factor.matchingStep(RFC_SECRET, factor.codeAt(RFC_SECRET, step + 1))).hasValue(step + 1);
        assertThat(factor.matchingStep(RFC_SECRET, factor.codeAt(RFC_SECRET, step - 2))).isEmpty();
        assertThat(factor.matchingStep(RFC_SECRET, factor.codeAt(RFC_SECRET, step + 2))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(value = {"''", "12345", "1234567", "abcdef", "08 18 04x", "NULL"}, nullValues = "NULL")
    void malformedCodesAreRefused(String code) {
        assertThat(at(1111111109).matchingStep(RFC_SECRET, code)).isEmpty();
    }

    @Test
    void spacesInACodeAreIgnored() {
        assertThat(at(1111111109).matchingStep(RFC_SECRET, "081 804")).isPresent();
    }

    @Test
    void newSecretsAreRandomBase32Of160Bits() {
        SecondFactor factor = at(0);
        String a = factor.newSecret();
        assertThat(a).matches("[A-Z2-7]{32}").isNotEqualTo(factor.newSecret());
    }

    @Test
    void theEnrolmentQrCodeIsAPngDataUri() {
        assertThat(at(0).qrCodeDataUri("medewerker", RFC_SECRET)).startsWith("data:image/png;base64,");
    }
}
