package nl.vangnet.accesslog;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.vangnet.staff.RefusalLog;
import org.springframework.stereotype.Component;

/** The access-log entry for a request refused by a URL rule: the dossier in its path, when there is one. */
@Component
class UrlRefusals implements RefusalLog {

    private static final Pattern DOSSIER = Pattern.compile("/dossiers/([0-9a-fA-F-]{36})(/|$)");

    private final AccessLog accessLog;
    private final DossierTeams dossiers;

    UrlRefusals(AccessLog accessLog, DossierTeams dossiers) {
        this.accessLog = accessLog;
        this.dossiers = dossiers;
    }

    @Override
    public void refused(HttpServletRequest request) {
        Set<UUID> dossierIds = dossierIn(request, dossiers);
        AccessAction action = switch (request.getMethod()) {
            case "GET", "HEAD" -> AccessAction.READ;
            default -> request.getRequestURI().contains("noodtoegang") || request.getRequestURI().contains("emergency-access")
                    ? AccessAction.EMERGENCY_ACCESS : AccessAction.UPDATE;
        };
        accessLog.denied(action, dossierIds, Set.of(), "Geweigerd door de toegangsregel van dit adres");
    }

    /** The existing dossier named in the request's path, if any. */
    static Set<UUID> dossierIn(HttpServletRequest request, DossierTeams dossiers) {
        Matcher m = DOSSIER.matcher(request.getRequestURI());
        if (m.find()) {
            try {
                UUID id = UUID.fromString(m.group(1));
                return dossiers.teamOf(id).isPresent() ? Set.of(id) : Set.of();
            } catch (IllegalArgumentException e) {
                return Set.of();
            }
        }
        return Set.of();
    }
}
