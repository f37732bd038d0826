package nl.vangnet.staff;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.function.Supplier;
import nl.vangnet.support.MutableClock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Test helpers for logging in as the demo users: principals, and fresh authenticator codes. */
public final class TestLogins {

    public static final String DEMO_PASSWORD = "vangnet-demo";
    public static final String DEMO_SECRET = "JBSWY3DPEHPK3PXP";

    private TestLogins() {
    }

    public static StaffPrincipal principal(StaffDirectory directory, MutableClock clock, String username) {
        return directory.principal(directory.findByUsername(username).orElseThrow().id(), clock.instant(), null);
    }

    public static Authentication authentication(StaffDirectory directory, MutableClock clock, String username) {
        StaffPrincipal p = principal(directory, clock, username);
        return UsernamePasswordAuthenticationToken.authenticated(p, null, p.authorities());
    }

    /** Runs {@code action} as the user, as a request of theirs would, and forgets them afterwards. */
    public static <T> T as(StaffDirectory directory, MutableClock clock, String username,
            Supplier<T> action) {
        SecurityContextHolder.getContext()
                .setAuthentication(authentication(directory, clock, username));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** A six-digit code that is not valid for the secret now (nor one step either side). */
    public static String wrongCode(SecondFactor secondFactor, String secret) {
        long step = secondFactor.currentStep();
        Set<String> valid = Set.of(secondFactor.codeAt(secret, step - 1),
                secondFactor.codeAt(secret, step), secondFactor.codeAt(secret, step + 1));
        for (int i = 0; ; i++) {
            String candidate = "%06d".formatted(i);
            if (!valid.contains(candidate)) {
                return candidate;
            }
        }
    }

    /**
     * Moves the clock into a new 30-second step and returns the code for it, so that no code is used twice (the
     * application refuses a replayed code).
     */
    public static String nextCode(SecondFactor secondFactor, MutableClock clock, String secret) {
        clock.advance(Duration.ofSeconds(SecondFactor.PERIOD_SECONDS));
        return secondFactor.codeAt(secret, secondFactor.currentStep());
    }

    /**
     * The test clock was turned back to {@code now}: codes of later time steps have not been used yet. Each user's
     * replay guard goes back to the step of {@code now} (so the next code, one step on, is accepted; a replay at the
     * new time is still refused).
     */
    public static void forgetCodesUsedAfter(JdbcClient jdbc, Instant now) {
        long step = now.getEpochSecond() / SecondFactor.PERIOD_SECONDS;
        jdbc.sql("UPDATE staff_user SET totp_last_step = :step WHERE totp_last_step > :step").param("step", step).update();
    }
}
