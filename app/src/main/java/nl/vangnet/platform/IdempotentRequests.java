package nl.vangnet.platform;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The Idempotency-Key of every creating POST of the API: the first answer (2xx or 3xx) to a caller's key is stored in
 * the request's own transaction, so it exists exactly when what the request did was committed. A retry with the same
 * key and the same request gets that answer again (marked {@code Idempotent-Replayed: true}) instead of a second act;
 * the same key with another request is refused (422). A concurrent retry waits for the first (the key's row is
 * locked by its insert) and then replays. Reports and advice requests keep their own keys (also used by the forms).
 */
@Component
class IdempotentRequests {

    static final Duration KEPT = Duration.ofHours(24);
    static final int MAX_BODY = 5 * 1024 * 1024;
    static final Set<String> OWN_KEYS = Set.of("/api/v1/reports", "/api/v1/advice-requests");

    record Stored(String requestHash, Integer status, String contentType, String location, byte[] body) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    IdempotentRequests(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Whether this request is one whose key is handled here (a POST of the API with a key, by a known caller). */
    static boolean applies(HttpServletRequest request, String path) {
        return "POST".equals(request.getMethod()) && path.startsWith("/api/v1/") && !OWN_KEYS.contains(path)
                && request.getHeader(IdempotencyKeys.HEADER) != null && !request.getHeader(IdempotencyKeys.HEADER).isBlank()
                && actor().isPresent();
    }

    static Optional<String> actor() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        return a == null || !a.isAuthenticated() || "anonymousUser".equals(a.getName()) ? Optional.empty()
                : Optional.of(a.getName());
    }

    /** Claims the key for this request; empty when claimed, else what an earlier request with it stored. */
    Optional<Stored> claim(String actor, String key, String requestHash) {
        jdbc.sql("DELETE FROM idempotent_request WHERE created_at < :before")
                .param("before", Timestamp.from(clock.instant().minus(KEPT))).update();
        int claimed = jdbc.sql("""
                INSERT INTO idempotent_request (actor, idempotency_key, request_hash, created_at)
                VALUES (:a, :k, :h, :now) ON CONFLICT DO NOTHING""")
                .param("a", actor).param("k", key).param("h", requestHash)
                .param("now", Timestamp.from(clock.instant())).update();
        if (claimed == 1) {
            return Optional.empty();
        }
        return jdbc.sql("""
                SELECT request_hash, status, content_type, location, body FROM idempotent_request
                WHERE actor = :a AND idempotency_key = :k""")
                .param("a", actor).param("k", key)
                .query((rs, n) -> new Stored(rs.getString(1), (Integer) rs.getObject(2), rs.getString(3),
                        rs.getString(4), rs.getBytes(5)))
                .optional();
    }

    void store(String actor, String key, int status, String contentType, String location, byte[] body) {
        jdbc.sql("""
                UPDATE idempotent_request SET status = :s, content_type = :c, location = :l, body = :b
                WHERE actor = :a AND idempotency_key = :k""")
                .param("s", status).param("c", contentType).param("l", location).param("b", body)
                .param("a", actor).param("k", key).update();
    }

    static String hash(String method, String path, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((method + " " + path + "\n").getBytes(StandardCharsets.UTF_8));
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The request with its body read once, so that it can be hashed and still be read by the controller. */
    static final class CachedBody extends HttpServletRequestWrapper {

        private final byte[] body;

        CachedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        byte[] body() {
            return body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }
            };
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(),
                    encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding)));
        }
    }
}
