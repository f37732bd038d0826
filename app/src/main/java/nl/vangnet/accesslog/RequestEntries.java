package nl.vangnet.accesslog;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.vangnet.platform.ReplayLog;
import nl.vangnet.staff.RefusalLog;
import org.springframework.stereotype.Component;

/**
 * The access-log entries for what happens to a request before any module sees it, about the dossier named in its
 * path (if any): a refusal by a URL rule, and a stored answer given again for a retried Idempotency-Key (a read of
 * what the first request wrote).
 */
@Component
class RequestEntries implements RefusalLog, ReplayLog {

    private static final Pattern DOSSIER = Pattern.compile("/dossiers/([0-9a-fA-F-]{36})(/|$)");

    private final AccessLog accessLog;
    private final DossierTeams dossiers;

    RequestEntries(AccessLog accessLog, DossierTeams dossiers) {
        this.accessLog = accessLog;
        this.dossiers = dossiers;
    }

    @Override
    public void refused(HttpServletRequest request) {
        AccessAction action = switch (request.getMethod()) {
            case "GET", "HEAD" -> AccessAction.READ;
            default -> request.getRequestURI().contains("noodtoegang") || request.getRequestURI().contains("emergency-access")
                    ? AccessAction.EMERGENCY_ACCESS : AccessAction.UPDATE;
        };
        accessLog.denied(action, dossierIn(request), Set.of(), "Geweigerd door de toegangsregel van dit adres");
    }

    @Override
    public void replayed(HttpServletRequest request) {
        accessLog.allowed(AccessAction.READ, null, dossierIn(request), Set.of(),
                "Herhaald verzoek met dezelfde Idempotency-Key: het opgeslagen antwoord");
    }

    /** The existing dossier named in the request's path, if any. */
    private Set<UUID> dossierIn(HttpServletRequest request) {
        Matcher m = DOSSIER.matcher(request.getRequestURI());
        if (!m.find()) {
            return Set.of();
        }
        try {
            UUID id = UUID.fromString(m.group(1));
            return dossiers.teamOf(id).isPresent() ? Set.of(id) : Set.of();
        } catch (IllegalArgumentException e) {
            return Set.of();
        }
    }
}
