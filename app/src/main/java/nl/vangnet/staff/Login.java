package nl.vangnet.staff;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import nl.vangnet.platform.BusinessRuleException;
import nl.vangnet.platform.DutchTime;
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

    /**
     * First step: the password, throttled per username and per client address (so that one password tried on many
     * usernames from one address is slowed down too).
     */
    @Transactional
    public PasswordOutcome checkPassword(String username, String password, String clientAddress) {
        String name = StaffDirectory.normalise(username);
        Optional<Instant> locked = throttle.lockedUntil(name).or(() -> throttle.addressLockedUntil(clientAddress));
        if (locked.isPresent()) {
            return new Throttled(locked.get());
        }
        var record = directory.loginRecord(name);
        String hash = record.map(StaffDirectory.LoginRecord::passwordHash).orElse(dummyHash);
        boolean matches = password != null && password.length() <= StaffDirectory.MAX_PASSWORD_LENGTH
                && passwordEncoder.matches(password, hash == null ? dummyHash : hash);
        if (!matches || record.isEmpty() || !record.get().enabled()) {
            throttle.recordFailure(name, clientAddress);
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

    /**
     * A logged-in staff member proves it is them again before a sensitive change of their account: the current
     * password, throttled like a login. Refused with a Dutch message at the field {@code currentPassword}.
     */
    @Transactional
    public void confirmPassword(UUID userId, String username, String password) {
        refuseWhileThrottled(username, "currentPassword");
        var record = directory.loginRecord(userId).filter(StaffDirectory.LoginRecord::enabled);
        String hash = record.map(StaffDirectory.LoginRecord::passwordHash).orElse(dummyHash);
        boolean matches = password != null && password.length() <= StaffDirectory.MAX_PASSWORD_LENGTH
                && passwordEncoder.matches(password, hash == null ? dummyHash : hash);
        if (!matches || record.isEmpty()) {
            throttle.recordFailure(username);
            throw new BusinessRuleException("currentPassword", "Het huidige wachtwoord is onjuist.");
        }
    }

    /**
     * Password and a fresh second-factor code (never one used before), as before creating an API token. Refused with
     * a Dutch message at {@code currentPassword} or {@code code}; a refused code is throttled like a login.
     */
    @Transactional
    public void reauthenticate(UUID userId, String username, String password, String code) {
        confirmPassword(userId, username, password);
        refuseWhileThrottled(username, "code");
        if (!(checkCode(userId, username, code) instanceof Authenticated)) {
            throw new BusinessRuleException("code", "De code is onjuist of al gebruikt. Vul de code in die de app nu toont.");
        }
    }

    /** A staff member's own password change: only with the current password; a refusal changes nothing. */
    @Transactional
    public void changeOwnPassword(UUID userId, String username, String currentPassword, String newPassword) {
        confirmPassword(userId, username, currentPassword);
        directory.changePassword(userId, newPassword);
    }

    private void refuseWhileThrottled(String username, String field) {
        Optional<Instant> locked = throttle.lockedUntil(username);
        if (locked.isPresent()) {
            throw new BusinessRuleException(field, "Te veel mislukte pogingen. U kunt het om "
                    + DateTimeFormatter.ofPattern("HH:mm").withZone(DutchTime.ZONE).format(locked.get()) + " opnieuw proberen.");
        }
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
