package nl.vangnet.exchange;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.vangnet.accesslog.AccessAction;
import nl.vangnet.accesslog.AccessLog;
import nl.vangnet.dossier.DossierAccess;
import nl.vangnet.dossier.DossierStatus;
import nl.vangnet.dossier.DossierSummary;
import nl.vangnet.dossier.DossierView;
import nl.vangnet.dossier.Dossiers;
import nl.vangnet.platform.DutchTime;
import nl.vangnet.platform.NotFoundException;
import nl.vangnet.region.Regions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the dossier's exchange page offers: its children for a VIR signal, the regions to transfer to, what was sent. */
@Service
public class ExchangeChoices {

    public record Choices(UUID dossierId, String reference, boolean open, List<DossierView.InvolvedPerson> children,
            List<VirSignals.Signal> signals, List<RegionTransfers.Transfer> transfers, Map<String, String> regions) {
    }

    private final Dossiers dossiers;
    private final Regions regions;
    private final VirSignals signals;
    private final RegionTransfers transfers;
    private final AccessLog accessLog;
    private final Clock clock;

    ExchangeChoices(Dossiers dossiers, Regions regions, VirSignals signals, RegionTransfers transfers, AccessLog accessLog,
            Clock clock) {
        this.dossiers = dossiers;
        this.regions = regions;
        this.signals = signals;
        this.transfers = transfers;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /** For who works on the case (logged): the children (under 18 today, with a BSN) and the other regions. */
    @Transactional
    public Choices of(UUID dossierId) {
        DossierAccess access = dossiers.requireAccess(dossierId, AccessAction.READ, DossierAccess::worksOnCase);
        DossierSummary summary = dossiers.summary(dossierId).orElseThrow(() -> new NotFoundException("Dit dossier bestaat niet."));
        List<DossierView.InvolvedPerson> persons = dossiers.personsOf(dossierId);
        LocalDate today = DutchTime.today(clock);
        List<DossierView.InvolvedPerson> children = persons.stream()
                .filter(p -> p.dateOfBirth() != null && VirSignals.isChild(p.dateOfBirth(), today) && p.bsn() != null).toList();
        Map<String, String> others = new LinkedHashMap<>(regions.regionNames());
        others.remove(regions.ownRegionCode());
        accessLog.allowed(AccessAction.READ, access.role(), Set.of(dossierId),
                persons.stream().map(DossierView.InvolvedPerson::personId).toList(), access.logReason());
        return new Choices(dossierId, summary.reference(), summary.status() == DossierStatus.OPEN, children,
                signals.ofDossier(dossierId), transfers.ofDossier(dossierId), others);
    }
}
