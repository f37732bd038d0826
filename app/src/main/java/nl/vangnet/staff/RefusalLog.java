package nl.vangnet.staff;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Records a request that a URL rule refused (403) before any service saw it, so that every refusal about a dossier
 * is in the access log. Implemented by the access log module, which depends on this one.
 */
public interface RefusalLog {

    void refused(HttpServletRequest request);
}
