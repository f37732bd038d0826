package nl.vangnet.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The API takes JSON only: a body sent as anything else (multipart/form-data, a wildcard such as {@code * / *}, text,
 * a malformed type) gets 415 problem+json before the servlet would try to parse it (multipart parsing and wildcard
 * types failed with a 500). Runs after the security chain, so a caller without a token still gets 401. The one
 * exception is a document's upload, which is multipart/form-data ({@link #MULTIPART_PATH}).
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 10)
class ApiContentTypeFilter extends OncePerRequestFilter {

    /** The API addresses that take a file as multipart/form-data (POST only). */
    static final String MULTIPART_PATH = "^" + OpenApiConfiguration.BASE + "/dossiers/[^/]+/documents$";
    /** spring.servlet.multipart.max-request-size: a larger upload is refused before a byte of it is read. */
    static final long MAX_UPLOAD_REQUEST = 26L * 1024 * 1024;

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(OpenApiConfiguration.BASE + "/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        boolean upload = type != null && multipart(type) && "POST".equals(request.getMethod())
                && request.getRequestURI().matches(MULTIPART_PATH);
        if (upload && request.getContentLengthLong() > MAX_UPLOAD_REQUEST) {
            // Spring's own refusal of a too-large multipart comes before any handler, outside the problem answers.
            ApiProblems.write(response, ApiProblems.problem(HttpStatus.CONTENT_TOO_LARGE, "Bestand te groot",
                    "Een bestand is ten hoogste 25 MB."));
            return;
        }
        if (type != null && !type.isBlank() && !json(type) && !upload) {
            ApiProblems.write(response, ApiProblems.problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Niet-ondersteund formaat",
                    "Stuur de inhoud als application/json."));
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean multipart(String contentType) {
        try {
            return MediaType.MULTIPART_FORM_DATA.equalsTypeAndSubtype(MediaType.parseMediaType(contentType));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static boolean json(String contentType) {
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            type.getCharset();
            return !type.isWildcardType() && !type.isWildcardSubtype()
                    && (MediaType.APPLICATION_JSON.isCompatibleWith(type) || type.getSubtype().endsWith("+json"))
                    && type.getType().equals("application");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
