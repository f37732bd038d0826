package nl.vangnet.staff;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.vangnet.platform.BusinessRuleException;
import nl.vangnet.platform.DutchTime;
import nl.vangnet.platform.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bearer tokens for the API. The token itself is shown once at creation; only its SHA-256 hash is stored (a token
 * has 256 random bits, so a fast hash suffices). A token acts with its owner's current roles and stops working when
 * it expires, is revoked, or its owner is disabled.
 */
@Service
public class ApiTokens {

    public static final int MAX_PERSONAL_DAYS = 90;
    public static final int MAX_SERVICE_ACCOUNT_DAYS = 365;
    private static final String PREFIX = "vn_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final StaffDirectory directory;
    private final Clock clock;
    private final Login login;

    ApiTokens(JdbcClient jdbc, StaffDirectory directory, Clock clock, Login login) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.clock = clock;
        this.login = login;
    }

    /**
     * Creates a token on a staff member's request (their own, or beheer's for a service account): the form is checked
     * first, then the creator proves it is them with their password and a fresh second-factor code. A refusal of either
     * stores nothing (the used code is recorded only with the token).
     */
    @Transactional
    public IssuedToken issueConfirmed(UUID ownerId, String name, int days, StaffPrincipal creator, String password,
            String code) {
        validate(ownerId, name, days);
        login.reauthenticate(creator.id(), creator.username(), password, code);
        return issue(ownerId, name, days, creator.id());
    }

    /**
     * Creates a token for the owner; the returned value is the only time the token is visible. Without
     * confirmation: for tests and seeding; requests from staff go through {@link #issueConfirmed}.
     */
    @Transactional
    public IssuedToken issue(UUID ownerId, String name, int days, UUID createdBy) {
        String trimmed = validate(ownerId, name, days);
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        Instant expires = now.plus(Duration.ofDays(days));
        UUID id = store(ownerId, trimmed, token, now, expires, createdBy);
        return new IssuedToken(id, token, expires);
    }

    private String validate(UUID ownerId, String name, int days) {
        StaffUser owner = directory.findById(ownerId).orElseThrow(() -> new NotFoundException("Deze gebruiker bestaat niet."));
        int max = owner.kind() == StaffKind.SERVICE_ACCOUNT ? MAX_SERVICE_ACCOUNT_DAYS : MAX_PERSONAL_DAYS;
        if (days < 1 || days > max) {
            throw new BusinessRuleException("days", "Een token is 1 tot " + max + " dagen geldig.");
        }
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > 100) {
            throw new BusinessRuleException("name", "Geef het token een omschrijving van ten hoogste 100 tekens.");
        }
        if (!owner.enabled()) {
            throw new BusinessRuleException("Een geblokkeerde gebruiker kan geen token krijgen.");
        }
        return trimmed;
    }

    /** Stores a token whose value is already known (the demo's fixed tokens). */
    @Transactional
    public UUID store(UUID ownerId, String name, String token, Instant createdAt, Instant expiresAt, UUID createdBy) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO api_token (id, user_id, name, token_hash, created_at, created_by, expires_at)
                VALUES (:id, :user, :name, :hash, :created, :by, :expires)""")
                .param("id", id).param("user", ownerId).param("name", name).param("hash", hash(token))
                .param("created", Timestamp.from(createdAt)).param("by", createdBy)
                .param("expires", Timestamp.from(expiresAt)).update();
        return id;
    }

    public List<TokenInfo> tokensOf(UUID ownerId) {
        return jdbc.sql("""
                SELECT id, name, created_at, expires_at, revoked_at, last_used_at FROM api_token
                WHERE user_id = :u ORDER BY created_at DESC""")
                .param("u", ownerId)
                .query((rs, n) -> new TokenInfo(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("expires_at").toInstant(),
                        instant(rs.getTimestamp("revoked_at")), instant(rs.getTimestamp("last_used_at")),
                        clock.instant()))
                .list();
    }

    /** Revokes a token of the owner; revoking one that is not the owner's is refused as not found. */
    @Transactional
    public void revoke(UUID ownerId, UUID tokenId) {
        int updated = jdbc.sql("UPDATE api_token SET revoked_at = :now WHERE id = :id AND user_id = :u AND revoked_at IS NULL")
                .param("now", Timestamp.from(clock.instant())).param("id", tokenId).param("u", ownerId).update();
        if (updated == 0) {
            throw new NotFoundException("Dit token bestaat niet of is al ingetrokken.");
        }
    }

    /** The principal a presented bearer token acts as, if the token is valid now. */
    @Transactional
    Optional<StaffPrincipal> authenticate(String token) {
        if (token == null || token.length() > 200) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<UUID[]> match = jdbc.sql("""
                SELECT t.id, t.user_id FROM api_token t JOIN staff_user u ON u.id = t.user_id
                WHERE t.token_hash = :hash AND t.revoked_at IS NULL AND t.expires_at > :now AND u.enabled
                  AND """ + " " + ExternalAccounts.WITHIN_TIME_BOX)
                .param("hash", hash(token)).param("now", Timestamp.from(now)).param("today", DutchTime.today(clock))
                .query((rs, n) -> new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)})
                .optional();
        match.ifPresent(ids -> jdbc.sql("""
                UPDATE api_token SET last_used_at = :now
                WHERE id = :id AND (last_used_at IS NULL OR last_used_at < :threshold)""")
                .param("now", Timestamp.from(now)).param("threshold", Timestamp.from(now.minusSeconds(60)))
                .param("id", ids[0]).update());
        return match.map(ids -> directory.principal(ids[1], now, ids[0]));
    }

    static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    /** Removes the owner's tokens of this name (the demo installs its known tokens anew at every start). */
    @Transactional
    public void removeNamed(UUID ownerId, String name) {
        jdbc.sql("DELETE FROM api_token WHERE user_id = :u AND name = :n").param("u", ownerId).param("n", name).update();
    }

    public record IssuedToken(UUID id, String token, Instant expiresAt) {
        @Override
        public String toString() {
            return "IssuedToken[" + id + "]";
        }
    }

    public record TokenInfo(UUID id, String name, Instant createdAt, Instant expiresAt, Instant revokedAt,
            Instant lastUsedAt, Instant now) {
        public boolean active() {
            return revokedAt == null && expiresAt.isAfter(now);
        }
    }
}
