package nl.vangnet.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
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

    private static final List<String> OUTSIDE = List.of("/login", "/setup", "/logout", "/css/", "/js/", "/img/", "/webjars/",
            "/favicon.ico", "/actuator/", "/v3/api-docs", "/api/v1/openapi.json", "/error");

    private final TransactionTemplate transactions;
    private final IdempotentRequests idempotent;
    private final ObjectProvider<ReplayLog> replays;

    RequestTransactionFilter(PlatformTransactionManager transactionManager, IdempotentRequests idempotent,
            ObjectProvider<ReplayLog> replays) {
        this.transactions = new TransactionTemplate(transactionManager);
        this.idempotent = idempotent;
        this.replays = replays;
    }

    /** What is known of the current request's transaction; empty outside one. */
    public static Optional<Outcome> outcome(HttpServletRequest request) {
        return Optional.ofNullable((Outcome) request.getAttribute(OUTCOME));
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
    protected void doFilterInternal(HttpServletRequest original, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = original.getRequestURI().substring(original.getContextPath().length());
        HttpServletRequest request = original;
        String key = null;
        if (IdempotentRequests.applies(original, path)) {
            // HeaderValueFilter has refused a key that is not one (IdempotencyKeys).
            key = original.getHeader(IdempotencyKeys.HEADER).strip();
            byte[] body = original.getInputStream().readNBytes(IdempotentRequests.MAX_BODY + 1);
            if (body.length > IdempotentRequests.MAX_BODY) {
                response.setStatus(413);
                ApiProblems.write(response, ApiProblems.problem(HttpStatus.CONTENT_TOO_LARGE,
                        "Verzoek te groot", "Een verzoek is ten hoogste 5 MB."));
                return;
            }
            request = new IdempotentRequests.CachedBody(original, body);
        }
        HttpServletRequest inner = request;
        String idempotencyKey = key;
        ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
        request.setAttribute(OUTCOME, Outcome.IN_TRANSACTION);
        boolean[] rolledBack = {false};
        try {
            transactions.executeWithoutResult(status -> {
                boolean answered;
                try {
                    answered = idempotencyKey != null && answeredBefore(inner, path, idempotencyKey, buffered);
                    if (!answered) {
                        chain.doFilter(inner, buffered);
                    }
                } catch (IOException | ServletException e) {
                    throw new Checked(e);
                }
                if (buffered.getStatus() >= 400 || globallyRollbackOnly(status)) {
                    status.setRollbackOnly();
                    rolledBack[0] = true;
                } else if (idempotencyKey != null && !answered) {
                    idempotent.store(IdempotentRequests.actor().orElseThrow(), idempotencyKey, buffered.getStatus(),
                            buffered.getContentType(), buffered.getHeader("Location"), buffered.getContentAsByteArray());
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
        request.setAttribute(OUTCOME, rolledBack[0] ? Outcome.ROLLED_BACK : Outcome.COMMITTED);
        buffered.copyBodyToResponse();
    }

    /**
     * Claims the request's key, or answers as the first request with it did (or refuses a different request with the
     * same key). True when the answer is written and the request must not run again.
     */
    private boolean answeredBefore(HttpServletRequest request, String path, String key,
            ContentCachingResponseWrapper response) throws IOException {
        String actor = IdempotentRequests.actor().orElseThrow();
        String hash = IdempotentRequests.hash(request.getMethod(), path,
                ((IdempotentRequests.CachedBody) request).body());
        var stored = idempotent.claim(actor, key, hash);
        if (stored.isEmpty()) {
            return false;
        }
        if (!stored.get().requestHash().equals(hash) || stored.get().status() == null) {
            response.setStatus(422);
            ApiProblems.write(response, ApiProblems.problem(HttpStatus.UNPROCESSABLE_CONTENT,
                    "Idempotency-Key al gebruikt", "Deze Idempotency-Key is al gebruikt voor een ander verzoek. "
                            + "Gebruik een nieuwe sleutel voor een nieuw verzoek."));
            return true;
        }
        response.setStatus(stored.get().status());
        if (stored.get().contentType() != null) {
            response.setContentType(stored.get().contentType());
        }
        if (stored.get().location() != null) {
            response.setHeader("Location", stored.get().location());
        }
        response.setHeader("Idempotent-Replayed", "true");
        if (stored.get().body() != null) {
            response.getOutputStream().write(stored.get().body());
        }
        replays.ifAvailable(r -> r.replayed(request));
        return true;
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
