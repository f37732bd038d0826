package nl.vangnet.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * One transaction per request on case data (pages and API, after authentication): what a request stores is committed
 * as a whole or not at all, and the answer is sent only after the commit. So a request answered with 4xx or 5xx has
 * stored nothing (the transaction is rolled back), an answer of 2xx or 3xx is never sent for something that was not
 * stored, and "Er is niets opgeslagen" is only said when that is true ({@link #outcome}). The access log collects the
 * request's entries in this transaction (one per dossier). Login, setup and static files run outside it: a failed
 * login must keep its throttling record.
 */
@Component
public class RequestTransactionFilter extends OncePerRequestFilter {

    /** Request attribute: {@link Outcome} of the request's transaction. */
    public static final String OUTCOME = RequestTransactionFilter.class.getName() + ".outcome";

    public enum Outcome {
        /** The request runs in its transaction; an error now rolls it back. */
        IN_TRANSACTION,
        /** The transaction was rolled back: nothing was stored. */
        ROLLED_BACK,
        /** The transaction committed. */
        COMMITTED
    }

    private static final List<String> OUTSIDE = List.of("/login", "/setup", "/logout", "/css/", "/js/", "/img/",
            "/favicon.ico", "/actuator/", "/v3/api-docs", "/api/v1/openapi.json", "/error");

    private final TransactionTemplate transactions;

    RequestTransactionFilter(PlatformTransactionManager transactionManager) {
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** What is known of the current request's transaction; empty outside one. */
    public static java.util.Optional<Outcome> outcome(HttpServletRequest request) {
        return java.util.Optional.ofNullable((Outcome) request.getAttribute(OUTCOME));
    }

    /** The Dutch sentence for an unexpected failure that says truthfully whether something was stored. */
    public static String failureSentence(HttpServletRequest request) {
        Outcome outcome = request == null ? null : (Outcome) request.getAttribute(OUTCOME);
        if (outcome == Outcome.IN_TRANSACTION || outcome == Outcome.ROLLED_BACK) {
            return "Er is niets opgeslagen.";
        }
        return "Het is niet zeker of er iets is opgeslagen: kijk dit na voordat u het opnieuw probeert "
                + "(een API-verzoek met dezelfde Idempotency-Key geeft het opgeslagen resultaat).";
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return OUTSIDE.stream().anyMatch(p -> p.endsWith("/") ? path.startsWith(p) : path.equals(p) || path.startsWith(p + "/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
        request.setAttribute(OUTCOME, Outcome.IN_TRANSACTION);
        try {
            transactions.executeWithoutResult(status -> {
                try {
                    chain.doFilter(request, buffered);
                } catch (IOException | ServletException e) {
                    throw new Checked(e);
                }
                if (buffered.getStatus() >= 400 || globallyRollbackOnly(status)) {
                    status.setRollbackOnly();
                }
            });
        } catch (Checked e) {
            request.setAttribute(OUTCOME, Outcome.ROLLED_BACK);
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw (ServletException) e.getCause();
        } catch (RuntimeException | Error e) {
            request.setAttribute(OUTCOME, Outcome.ROLLED_BACK);
            throw e;
        }
        request.setAttribute(OUTCOME, buffered.getStatus() >= 400 ? Outcome.ROLLED_BACK : Outcome.COMMITTED);
        buffered.copyBodyToResponse();
    }

    /** A part of the request failed (and was caught, for example to show a form again): store none of it. */
    private static boolean globallyRollbackOnly(TransactionStatus status) {
        return status instanceof DefaultTransactionStatus d && d.isGlobalRollbackOnly();
    }

    private static final class Checked extends RuntimeException {
        Checked(Exception cause) {
            super(cause);
        }
    }
}
