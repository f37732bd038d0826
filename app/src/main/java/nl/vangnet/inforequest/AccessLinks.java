package nl.vangnet.inforequest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;

/**
 * The professional's one-time link and code: the token is 32 random bytes (base64url, in the link only; stored as its
 * SHA-256 hash), the code 8 random digits given by phone. A link is usable {@link #VALID} long, until
 * {@value #MAX_WRONG_CODES} wrong codes lock it, and until the text is approved.
 */
final class AccessLinks {

    static final Duration VALID = Duration.ofDays(14);
    static final int MAX_WRONG_CODES = 5;
    /** How long a correct code keeps the page open in the browser's session. */
    static final Duration SESSION = Duration.ofMinutes(30);

    private static final SecureRandom RANDOM = new SecureRandom();

    private AccessLinks() {
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String newCode() {
        return String.format("%08d", RANDOM.nextInt(100_000_000));
    }

    /** The stored form of a token; also of text that is no token, so every lookup takes the same path. */
    static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest((token == null ? "" : token).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Compares a typed code with the issued one in constant time. */
    static boolean codeMatches(String issued, String typed) {
        if (issued == null || typed == null) {
            return false;
        }
        return MessageDigest.isEqual(issued.getBytes(StandardCharsets.UTF_8),
                typed.replaceAll("\\s", "").getBytes(StandardCharsets.UTF_8));
    }
}
