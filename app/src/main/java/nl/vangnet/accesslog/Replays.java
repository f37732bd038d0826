package nl.vangnet.accesslog;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import nl.vangnet.platform.ReplayLog;
import org.springframework.stereotype.Component;

/** A stored answer given again for a retried Idempotency-Key is a read of what the first request wrote: logged. */
@Component
class Replays implements ReplayLog {

    private final AccessLog accessLog;
    private final DossierTeams dossiers;

    Replays(AccessLog accessLog, DossierTeams dossiers) {
        this.accessLog = accessLog;
        this.dossiers = dossiers;
    }

    @Override
    public void replayed(HttpServletRequest request) {
        accessLog.allowed(AccessAction.READ, null, UrlRefusals.dossierIn(request, dossiers), Set.of(),
                "Herhaald verzoek met dezelfde Idempotency-Key: het opgeslagen antwoord");
    }
}
