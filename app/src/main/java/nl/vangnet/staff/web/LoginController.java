package nl.vangnet.staff.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import nl.vangnet.platform.DutchTime;
import nl.vangnet.staff.CurrentStaff;
import nl.vangnet.staff.Login;
import nl.vangnet.staff.StaffPrincipal;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The staff login: password first, then the authenticator code (or, at the first login, enrolment of the
 * authenticator by QR code). Between the steps the session holds only a short-lived pending login, never an
 * authentication: a password alone reaches no page with personal data.
 */
@Controller
class LoginController {

    static final String PENDING = LoginController.class.getName() + ".pending";
    static final Duration PENDING_LIMIT = Duration.ofMinutes(5);
    private static final ZoneId AMSTERDAM = DutchTime.ZONE;

    private final Login login;
    private final SecurityContextRepository contextRepository;
    private final Clock clock;

    LoginController(Login login, SecurityContextRepository contextRepository, Clock clock) {
        this.login = login;
        this.contextRepository = contextRepository;
        this.clock = clock;
    }

    record PendingLogin(UUID userId, String username, Instant passwordAt, boolean mustEnrol, String newSecret)
            implements Serializable {
        @Override
        public String toString() {
            return "PendingLogin[" + userId + "]";
        }
    }

    @GetMapping("/")
    String home() {
        return "redirect:/werkvoorraad";
    }

    @GetMapping("/login")
    String loginPage() {
        if (CurrentStaff.find().isPresent()) {
            return "redirect:/werkvoorraad";
        }
        return "staff/login";
    }

    @PostMapping("/login")
    String password(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String password,
            HttpServletRequest request, Model model) {
        Login.PasswordOutcome outcome = login.checkPassword(username, password, request.getRemoteAddr());
        switch (outcome) {
            case Login.PasswordAccepted accepted -> {
                HttpSession session = request.getSession(true);
                request.changeSessionId();
                session.setAttribute(PENDING, new PendingLogin(accepted.userId(), accepted.username(), clock.instant(),
                        accepted.mustEnrol(), accepted.mustEnrol() ? login.newSecret() : null));
                return accepted.mustEnrol() ? "redirect:/login/koppelen" : "redirect:/login/code";
            }
            case Login.Throttled throttled -> model.addAttribute("throttledUntil", time(throttled.until()));
            case Login.Refused refused -> model.addAttribute("refused", true);
        }
        model.addAttribute("username", username);
        return "staff/login";
    }

    @GetMapping("/login/code")
    String codePage(HttpSession session) {
        PendingLogin pending = pending(session);
        if (pending == null || pending.mustEnrol()) {
            return "redirect:/login";
        }
        return "staff/login-code";
    }

    @PostMapping("/login/code")
    String code(@RequestParam(defaultValue = "") String code, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        PendingLogin pending = pending(request.getSession(false));
        if (pending == null || pending.mustEnrol()) {
            return "redirect:/login";
        }
        return finish(login.checkCode(pending.userId(), pending.username(), code), "staff/login-code", request,
                response, model);
    }

    @GetMapping("/login/koppelen")
    String enrolPage(HttpSession session, Model model) {
        PendingLogin pending = pending(session);
        if (pending == null || !pending.mustEnrol()) {
            return "redirect:/login";
        }
        addEnrolment(pending, model);
        return "staff/login-enrol";
    }

    @PostMapping("/login/koppelen")
    String enrol(@RequestParam(defaultValue = "") String code, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        PendingLogin pending = pending(request.getSession(false));
        if (pending == null || !pending.mustEnrol()) {
            return "redirect:/login";
        }
        addEnrolment(pending, model);
        return finish(login.completeEnrolment(pending.userId(), pending.username(), pending.newSecret(), code),
                "staff/login-enrol", request, response, model);
    }

    private String finish(Login.CodeOutcome outcome, String retryView, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        switch (outcome) {
            case Login.Authenticated authenticated -> {
                authenticate(authenticated.principal(), request, response);
                return "redirect:/werkvoorraad";
            }
            case Login.Throttled throttled -> {
                request.getSession().removeAttribute(PENDING);
                model.addAttribute("throttledUntil", time(throttled.until()));
                return "staff/login";
            }
            case Login.Refused refused -> {
                model.addAttribute("codeRefused", true);
                return retryView;
            }
        }
    }

    private void authenticate(StaffPrincipal principal, HttpServletRequest request, HttpServletResponse response) {
        HttpSession session = request.getSession();
        session.removeAttribute(PENDING);
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.authorities()));
        SecurityContextHolder.setContext(context);
        contextRepository.saveContext(context, request, response);
    }

    private void addEnrolment(PendingLogin pending, Model model) {
        model.addAttribute("qrCode", login.qrCode(pending.username(), pending.newSecret()));
        model.addAttribute("secret", pending.newSecret().replaceAll("(.{4})", "$1 ").strip());
    }

    private PendingLogin pending(HttpSession session) {
        if (session == null || !(session.getAttribute(PENDING) instanceof PendingLogin pending)) {
            return null;
        }
        if (pending.passwordAt().plus(PENDING_LIMIT).isBefore(clock.instant())) {
            session.removeAttribute(PENDING);
            return null;
        }
        return pending;
    }

    private static String time(Instant instant) {
        return DateTimeFormatter.ofPattern("HH:mm").withZone(AMSTERDAM).format(instant);
    }
}
