package nl.vangnet.platform;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Records that a stored answer was given again for a retried request with the same Idempotency-Key: it is a read of
 * what the first request wrote. Implemented by the access log module.
 */
public interface ReplayLog {

    void replayed(HttpServletRequest request);
}
