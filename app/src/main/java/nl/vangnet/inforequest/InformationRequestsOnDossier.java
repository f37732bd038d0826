package nl.vangnet.inforequest;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import nl.vangnet.dossier.DossierParts;
import org.springframework.stereotype.Component;

/** Each information request as a line on the dossier page ("In dit dossier"), with its state. */
@Component
class InformationRequestsOnDossier implements DossierParts {

    private final RequestStore store;
    private final Clock clock;

    InformationRequestsOnDossier(RequestStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public List<Part> partsOf(UUID dossierId) {
        return store.ofDossier(dossierId).stream().map(r -> new Part("inforequest.part", r.professionalOrganisation(),
                "inforequest.status." + r.status(clock.instant()), "inforequest.profession." + r.profession(),
                "/dossiers/" + dossierId + "/informatieverzoeken/" + r.id(), r.requestedAt())).toList();
    }
}
