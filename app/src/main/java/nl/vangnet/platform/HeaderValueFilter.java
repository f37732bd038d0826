package nl.vangnet.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before anything reads them, header values that Tomcat lets through but that no client sends honestly: a
 * control character (C0, DEL or C1) in any header, and an {@code Idempotency-Key} that is not one
 * ({@link IdempotencyKeys}). The answer is a 400 naming the header (problem+json under
 * /api) with the strict headers; the value itself is never logged or echoed.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class HeaderValueFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(HeaderValueFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        for (String name : Collections.list(request.getHeaderNames())) {
            for (String value : Collections.list(request.getHeaders(name))) {
                boolean key = IdempotencyKeys.HEADER.equalsIgnoreCase(name);
                String reason = key ? IdempotencyKeys.problem(value)
                        : value.chars().anyMatch(HeaderValueFilter::isControl)
                                ? "Deze header bevat een niet-toegestaan (stuur)teken." : null;
                if (reason != null) {
                    refuse(request, response, key ? IdempotencyKeys.HEADER : name, reason);
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean isControl(int c) {
        return (c < 0x20 && c != '\t') || (c >= 0x7f && c <= 0x9f);
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, String header, String reason)
            throws IOException {
        // The header's name only: its value may hold anything, personal data included.
        log.info("Refused a request with an invalid value in header {}", header.length() > 60 ? "(long name)" : header);
        StrictHeaders.apply(response, request.isSecure());
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ApiProblems.write(response, ApiProblems.invalid(List.of(new ApiProblems.InvalidParam(header, reason))));
        } else {
            response.sendError(HttpStatus.BAD_REQUEST.value());
        }
    }
}
