package nl.vangnet.support;

import nl.vangnet.staff.TestLogins;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistrar;

@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock();
    }

    /** The virus scanner: a real clamd of this test JVM ({@link Clamd}), started before the application. */
    @Bean
    static DynamicPropertyRegistrar clamdForTheTests() {
        return registry -> {
            registry.add("vangnet.virus-scanner.host", () -> "127.0.0.1");
            registry.add("vangnet.virus-scanner.port", () -> Clamd.get().port());
        };
    }

    /** The mail server: a real SMTP server (GreenMail) of this test JVM ({@link Mailbox}), started before the application. */
    @Bean
    static DynamicPropertyRegistrar mailForTheTests() {
        return registry -> {
            registry.add("spring.mail.host", () -> "127.0.0.1");
            registry.add("spring.mail.port", () -> Mailbox.get().port());
        };
    }

    /**
     * When a test turns the clock back, the authenticator codes "used" after the new time have not been used yet:
     * the replay guard forgets them, so a demo user can log in at the earlier time (a replay at that time is still
     * refused).
     */
    @Bean
    Object replayGuardFollowsTheTestClock(MutableClock clock, JdbcClient jdbc) {
        clock.whenTurnedBack(now -> TestLogins.forgetCodesUsedAfter(jdbc, now));
        return new Object();
    }
}
