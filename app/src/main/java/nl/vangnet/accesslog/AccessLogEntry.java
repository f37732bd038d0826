package nl.vangnet.accesslog;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * One entry of the access log: who (actor, on whose behalf, role used), what (action, dossiers, persons, reason),
 * when (UTC), from where (client IP), the outcome and the request id; chained to its predecessor by hash.
 */
public record AccessLogEntry(long seq, Instant occurredAt, UUID actorId, String actorName, String actorKind,
        String onBehalfOf, String roleUsed, AccessAction action, List<UUID> dossierIds, List<UUID> personIds,
        String reason, String clientIp, AccessOutcome outcome, String requestId, String prevHash, String hash) {

    public static final String GENESIS_HASH = "0".repeat(64);

    /**
     * The entry's fields in a fixed order, each length-prefixed so that no two different entries share a form.
     * Changing this breaks every existing chain: add a new version instead.
     */
    String canonicalForm() {
        StringBuilder sb = new StringBuilder("v1");
        field(sb, Long.toString(seq));
        field(sb, DateTimeFormatter.ISO_INSTANT.format(occurredAt));
        field(sb, actorId == null ? null : actorId.toString());
        field(sb, actorName);
        field(sb, actorKind);
        field(sb, onBehalfOf);
        field(sb, roleUsed);
        field(sb, action.name());
        field(sb, String.join(",", dossierIds.stream().map(UUID::toString).toList()));
        field(sb, String.join(",", personIds.stream().map(UUID::toString).toList()));
        field(sb, reason);
        field(sb, clientIp);
        field(sb, outcome.name());
        field(sb, requestId);
        return sb.toString();
    }

    /** SHA-256 over the previous entry's hash and this entry's canonical form, in lower-case hex. */
    String computeHash() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(prevHash.getBytes(StandardCharsets.US_ASCII));
            sha.update(canonicalForm().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    AccessLogEntry chainedTo(long newSeq, String previousHash) {
        AccessLogEntry unhashed = new AccessLogEntry(newSeq, occurredAt, actorId, actorName, actorKind, onBehalfOf,
                roleUsed, action, dossierIds, personIds, reason, clientIp, outcome, requestId, previousHash, null);
        return new AccessLogEntry(newSeq, occurredAt, actorId, actorName, actorKind, onBehalfOf, roleUsed, action,
                dossierIds, personIds, reason, clientIp, outcome, requestId, previousHash, unhashed.computeHash());
    }

    private static void field(StringBuilder sb, String value) {
        if (value == null) {
            sb.append("|-");
        } else {
            sb.append('|').append(value.length()).append(':').append(value);
        }
    }
}
