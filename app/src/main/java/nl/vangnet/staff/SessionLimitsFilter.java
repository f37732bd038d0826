package nl.vangnet.staff;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session on the server when its user was disabled, had roles or second factor reset (the stamp moved), or
 * after the absolute limit of 12 hours; the 30-minute idle limit is the servlet session timeout. Sends a user who
 * must change their password to that page first.
 */
class SessionLimitsFilter extends OncePerRequestFilter {

    static final Duration ABSOLUTE_LIMIT = Duration.ofHours(12);
    static final String PASSWORD_PAGE = "/mijn/wachtwoord";

    private final StaffDirectory directory;
    private final Clock clock;

    SessionLimitsFilter(StaffDirectory directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<StaffPrincipal> principal = CurrentStaff.find();
        if (principal.isPresent()) {
            StaffPrincipal p = principal.get();
            SessionState state = directory.sessionState(p.id(), p.securityStamp());
            boolean expired = p.authenticatedAt().plus(ABSOLUTE_LIMIT).isBefore(clock.instant());
            if (state == SessionState.ENDED || expired) {
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                SecurityContextHolder.clearContext();
                response.sendRedirect(request.getContextPath() + "/login?verlopen");
                return;
            }
            String path = request.getRequestURI().substring(request.getContextPath().length());
            if (state == SessionState.PASSWORD_CHANGE_REQUIRED && !path.equals(PASSWORD_PAGE) && !path.equals("/logout")
                    && !path.startsWith("/css/") && !path.startsWith("/js/") && !path.startsWith("/webjars/")) {
                response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
