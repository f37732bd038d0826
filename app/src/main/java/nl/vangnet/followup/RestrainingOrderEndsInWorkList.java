package nl.vangnet.followup;

import java.util.List;
import nl.vangnet.dossier.DossierSummary;
import nl.vangnet.dossier.Dossiers;
import nl.vangnet.worklist.WorkListSources;
import org.springframework.stereotype.Component;

/** The end of a running restraining order is a deadline in the work list. */
@Component
class RestrainingOrderEndsInWorkList implements WorkListSources {

    private final RestrainingOrders orders;
    private final Dossiers dossiers;

    RestrainingOrderEndsInWorkList(RestrainingOrders orders, Dossiers dossiers) {
        this.orders = orders;
        this.dossiers = dossiers;
    }

    @Override
    public List<DueItem> dueItems(boolean team) {
        return orders.running(team).stream().map(o -> new DueItem("restrainingOrder.ends",
                dossiers.summary(o.dossierId()).map(DossierSummary::reference).orElse(""),
                RestrainingOrders.period(o).due().on(), false, "/dossiers/" + o.dossierId() + "/huisverbod")).toList();
    }
}
