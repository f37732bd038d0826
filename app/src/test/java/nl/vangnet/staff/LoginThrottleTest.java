package nl.vangnet.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LoginThrottleTest {

    @ParameterizedTest(name = "after {0} failures the lock lasts {1} minutes")
    @CsvSource({"5, 1", "6, 2", "7, 4", "8, 8", "9, 16", "10, 32", "11, 60", "12, 60", "100, 60"})
    void theLockDoublesWithEachFailureUpToAnHour(int failures, long minutes) {
        assertThat(LoginThrottle.lockFor(failures)).isEqualTo(Duration.ofMinutes(minutes));
    }
}
