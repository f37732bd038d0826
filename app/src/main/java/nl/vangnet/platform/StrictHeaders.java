package nl.vangnet.platform;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The strict security headers of every answer. The security chains set them through Spring Security
 * ({@code SecurityConfiguration.strictHeaders}, from the same values); answers given before those chains run (a
 * request Tomcat itself refuses, a refused header) set them here.
 */
public final class StrictHeaders {

    public static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; "
            + "object-src 'none'";
    public static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=()";

    private StrictHeaders() {
    }

    public static void apply(HttpServletResponse response, boolean secure) {
        response.setHeader("Content-Security-Policy", CSP);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
        response.setHeader("Pragma", "no-cache");
        response.setHeader("Expires", "0");
        response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
        if (secure) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains");
        }
    }
}
