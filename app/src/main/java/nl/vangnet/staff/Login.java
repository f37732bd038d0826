package nl.vangnet.staff;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The two steps of a staff login: password, then the second factor (or its enrolment at the first login). Only the
 * completion of both yields a {@link StaffPrincipal}. Every failure answers the same, whether the user exists or not.
 */
@Service
public class Login {

    private final StaffDirectory directory;
    private final LoginThrottle throttle;
    private final SecondFactor secondFactor;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final String dummyHash;

    Login(StaffDirectory directory, LoginThrottle throttle, SecondFactor secondFactor, PasswordEncoder passwordEncoder,
            Clock clock) {
        this.directory = directory;
        this.throttle = throttle;
        this.secondFactor = secondFactor;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        // Checked against when the username is unknown, so that both cases take the same time.
        this.dummyHash = passwordEncoder.encode("no-such-user-" + UUID.randomUUID());
    }

    public sealed interface PasswordOutcome {
    }

    /** Too many failures: try again after the instant. */
    public record Throttled(Instant until) implements PasswordOutcome, CodeOutcome {
    }

    public record Refused() implements PasswordOutcome, CodeOutcome {
    }

    /** Password right: the user continues with the second factor, or enrols one first. */
    public record PasswordAccepted(UUID userId, String username, boolean mustEnrol) implements PasswordOutcome {
    }

    public sealed interface CodeOutcome {
    }

    public record Authenticated(StaffPrincipal principal) implements CodeOutcome {
    }

    @Transactional
    public PasswordOutcome checkPassword(String username, String password) {
        String name = StaffDirectory.normalise(username);
        Optional<Instant> locked = throttle.lockedUntil(name);
        if (locked.isPresent()) {
            return new Throttled(locked.get());
        }
        var record = directory.loginRecord(name);
        String hash = record.map(StaffDirectory.LoginRecord::passwordHash).orElse(dummyHash);
        boolean matches = password != null && password.length() <= StaffDirectory.MAX_PASSWORD_LENGTH
                && passwordEncoder.matches(password, hash == null ? dummyHash : hash);
        if (!matches || record.isEmpty() || !record.get().enabled()) {
            throttle.recordFailure(name);
            return new Refused();
        }
        return new PasswordAccepted(record.get().id(), name, record.get().totpSecret() == null);
    }

    /** Second step for an enrolled user: the current code of the authenticator app, usable once. */
    @Transactional
    public CodeOutcome checkCode(UUID userId, String username, String code) {
        Optional<Instant> locked = throttle.lockedUntil(username);
        if (locked.isPresent()) {
            return new Throttled(locked.get());
        }
        var record = directory.loginRecord(userId).filter(StaffDirectory.LoginRecord::enabled);
        OptionalLong step = record.map(r -> secondFactor.matchingStep(r.totpSecret(), code)).orElse(OptionalLong.empty());
        if (step.isEmpty() || !directory.useTimeStep(userId, step.getAsLong())) {
            throttle.recordFailure(username);
            return new Refused();
        }
        throttle.recordSuccess(username);
        return new Authenticated(directory.principal(userId, clock.instant(), null));
    }

    /**
     * Asks a logged-in staff member to prove their second factor again (before emergency access): the current code,
     * usable once, throttled like a login.
     */
    @Transactional
    public boolean confirmSecondFactor(UUID userId, String username, String code) {
        return checkCode(userId, username, code) instanceof Authenticated;
    }

    public String newSecret() {
        return secondFactor.newSecret();
    }

    public String qrCode(String username, String secret) {
        return secondFactor.qrCodeDataUri(username, secret);
    }

    /** First login: the user proves the new secret works by entering a code from it; then it is theirs. */
    @Transactional
    public CodeOutcome completeEnrolment(UUID userId, String username, String secret, String code) {
        Optional<Instant> locked = throttle.lockedUntil(username);
        if (locked.isPresent()) {
            return new Throttled(locked.get());
        }
        OptionalLong step = secondFactor.matchingStep(secret, code);
        var record = directory.loginRecord(userId).filter(StaffDirectory.LoginRecord::enabled);
        if (step.isEmpty() || record.isEmpty() || record.get().totpSecret() != null) {
            throttle.recordFailure(username);
            return new Refused();
        }
        directory.enrolSecondFactor(userId, secret, step.getAsLong());
        throttle.recordSuccess(username);
        return new Authenticated(directory.principal(userId, clock.instant(), null));
    }
}
