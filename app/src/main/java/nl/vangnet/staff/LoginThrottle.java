package nl.vangnet.staff;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down guessing: after {@value #FREE_ATTEMPTS} failed attempts for a username within
 * {@link #WINDOW} every further attempt is refused until a lock passes that doubles with each failure (1 minute up to
 * an hour). Unknown usernames are throttled exactly like known ones, so the answer tells nothing about which exist.
 * <p>
 * The same holds per client address, with {@value #ADDRESS_FREE_ATTEMPTS} free failed passwords (an office behind one
 * address shares them), so that trying one password on many usernames from one address (password spraying) is slowed
 * down too. IPv6 addresses count per /64 network, since one client usually holds a whole /64.
 */
@Component
class LoginThrottle {

    static final int FREE_ATTEMPTS = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final int ADDRESS_FREE_ATTEMPTS = 20;
    static final Duration MAX_LOCK = Duration.ofHours(1);

    private final JdbcClient jdbc;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** When the username may be tried again, if it is locked now. */
    Optional<Instant> lockedUntil(String username) {
        return lockedUntilKey(key(username));
    }

    /** When a password may be tried again from the client address, if it is locked now. */
    Optional<Instant> addressLockedUntil(String clientAddress) {
        return lockedUntilKey(addressKey(clientAddress));
    }

    private Optional<Instant> lockedUntilKey(String key) {
        Instant now = clock.instant();
        return jdbc.sql("SELECT locked_until FROM login_throttle WHERE key_hash = :k")
                .param("k", key)
                .query((rs, n) -> rs.getTimestamp("locked_until"))
                .optional()
                .filter(t -> t != null && t.toInstant().isAfter(now))
                .map(Timestamp::toInstant);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void recordFailure(String username) {
        recordFailure(key(username), FREE_ATTEMPTS);
    }

    /** A wrong password: counts against the username and against the client address. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void recordFailure(String username, String clientAddress) {
        recordFailure(key(username), FREE_ATTEMPTS);
        recordFailure(addressKey(clientAddress), ADDRESS_FREE_ATTEMPTS);
    }

    private void recordFailure(String key, int freeAttempts) {
        Instant now = clock.instant();
        jdbc.sql("""
                INSERT INTO login_throttle (key_hash, failures, window_start) VALUES (:k, 0, :now)
                ON CONFLICT (key_hash) DO NOTHING""").param("k", key).param("now", Timestamp.from(now)).update();
        var row = jdbc.sql("SELECT failures, window_start, locked_until FROM login_throttle WHERE key_hash = :k FOR UPDATE")
                .param("k", key)
                .query((rs, n) -> new Object[] {rs.getInt(1), rs.getTimestamp(2).toInstant(),
                        rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant()}).single();
        int failures = (int) row[0];
        Instant windowStart = (Instant) row[1];
        Instant lastLock = (Instant) row[2];
        Instant quietSince = lastLock != null && lastLock.isAfter(windowStart) ? lastLock : windowStart;
        if (quietSince.plus(WINDOW).isBefore(now)) {
            failures = 0;
            windowStart = now;
        }
        failures++;
        Timestamp lockedUntil = null;
        if (failures >= freeAttempts) {
            lockedUntil = Timestamp.from(now.plus(lockFor(failures, freeAttempts)));
        }
        jdbc.sql("UPDATE login_throttle SET failures = :f, window_start = :w, locked_until = :l WHERE key_hash = :k")
                .param("f", failures).param("w", Timestamp.from(windowStart)).param("l", lockedUntil).param("k", key)
                .update();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void recordSuccess(String username) {
        jdbc.sql("DELETE FROM login_throttle WHERE key_hash = :k").param("k", key(username)).update();
    }

    static Duration lockFor(int failures) {
        return lockFor(failures, FREE_ATTEMPTS);
    }

    static Duration lockFor(int failures, int freeAttempts) {
        int doublings = Math.min(failures - freeAttempts, 6);
        Duration lock = Duration.ofMinutes(1L << doublings);
        return lock.compareTo(MAX_LOCK) > 0 ? MAX_LOCK : lock;
    }

    private static String key(String username) {
        return sha256(StaffDirectory.normalise(username));
    }

    /** Its own key space: a username's key is 64 hex digits, an address's key has a prefix. */
    static String addressKey(String clientAddress) {
        return "address:" + sha256(network(clientAddress));
    }

    /** The address as counted: an IPv4 address as is, an IPv6 address by its /64 network. */
    static String network(String clientAddress) {
        String address = clientAddress == null ? "" : clientAddress.strip();
        if (!address.contains(":")) {
            return address;
        }
        try {
            // An address with a colon is parsed as an IPv6 literal, never looked up by name.
            InetAddress parsed = InetAddress.getByName(address);
            byte[] bytes = parsed.getAddress();
            return bytes.length == 16 ? HexFormat.of().formatHex(bytes, 0, 8) + "::/64" : parsed.getHostAddress();
        } catch (UnknownHostException e) {
            return address;
        }
    }

    private static String sha256(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
