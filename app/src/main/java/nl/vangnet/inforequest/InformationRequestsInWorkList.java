package nl.vangnet.inforequest;

import java.time.Clock;
import java.util.List;
import nl.vangnet.platform.DutchTime;
import nl.vangnet.worklist.WorkListSources;
import org.springframework.stereotype.Component;

/**
 * Open information requests in the work list of the dossier's workers: waiting for the professional, or from its
 * reminder date a reminder; a link that needs a new one (mail failed, locked, expired) says so.
 */
@Component
class InformationRequestsInWorkList implements WorkListSources {

    private final InformationRequests requests;
    private final Clock clock;

    InformationRequestsInWorkList(InformationRequests requests, Clock clock) {
        this.requests = requests;
        this.clock = clock;
    }

    @Override
    public List<DueItem> dueItems(boolean team) {
        return requests.open(team).stream().map(r -> new DueItem(kind(r), r.dossierReference(), r.dueOn(), r.overdue(),
                "/dossiers/" + r.dossierId() + "/informatieverzoeken/" + r.id())).toList();
    }

    private String kind(InformationRequests.OpenRequest r) {
        if (r.status() != RequestStatus.AWAITING_PROFESSIONAL) {
            return "inforequest.work.link";
        }
        return DutchTime.today(clock).isBefore(r.reminderOn()) ? "inforequest.work.open" : "inforequest.work.reminder";
    }
}
