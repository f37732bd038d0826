package nl.vangnet.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LoginThrottleTest {

    @ParameterizedTest(name = "after {0} failures the lock lasts {1} minutes")
    @CsvSource({"5, 1", "6, 2", "7, 4", "8, 8", "9, 16", "10, 32", "11, 60", "12, 60", "100, 60"})
    void theLockDoublesWithEachFailureUpToAnHour(int failures, long minutes) {
        assertThat(LoginThrottle.lockFor(failures)).isEqualTo(Duration.ofMinutes(minutes));
    }

    @Test
    void anIpv6ClientCountsByItsSlash64NetworkAndAnIpv4ClientByItsAddress() {
        assertThat(LoginThrottle.addressKey("2001:db8:1:2:aaaa::1")).isEqualTo(LoginThrottle.addressKey("2001:db8:1:2::ffff"))
                .isNotEqualTo(LoginThrottle.addressKey("2001:db8:1:3::1"));
        assertThat(LoginThrottle.addressKey("192.0.2.1")).isNotEqualTo(LoginThrottle.addressKey("192.0.2.2"));
    }

    @Test
    void anAddressIsLockedOnlyAfterMoreFreeAttemptsThanAUsername() {
        assertThat(LoginThrottle.lockFor(LoginThrottle.ADDRESS_FREE_ATTEMPTS, LoginThrottle.ADDRESS_FREE_ATTEMPTS))
                .isEqualTo(Duration.ofMinutes(1));
        assertThat(LoginThrottle.ADDRESS_FREE_ATTEMPTS).isGreaterThan(LoginThrottle.FREE_ATTEMPTS);
    }
}
