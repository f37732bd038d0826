package nl.vangnet.rights;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.vangnet.accesslog.AccessAction;
import nl.vangnet.accesslog.AccessLog;
import nl.vangnet.dossier.DossierAccess;
import nl.vangnet.dossier.Dossiers;
import nl.vangnet.person.PersonRestrictions;
import nl.vangnet.platform.BusinessRuleException;
import nl.vangnet.platform.Checks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Restriction of processing (AVG art. 18): a granted RESTRICTION request restricts the processing of the person's
 * data while its correctness is disputed ({@link PersonRestrictions}: edits refused, nothing sent or exported, reads
 * allowed, marked wherever the person is shown); the FG lifts it by a decision with reasons (who, when, why kept).
 */
@Service
public class RightsRestrictions {

    private final RightsRequests requests;
    private final PersonRestrictions restrictions;
    private final Dossiers dossiers;
    private final AccessLog accessLog;

    RightsRestrictions(RightsRequests requests, PersonRestrictions restrictions,
            Dossiers dossiers, AccessLog accessLog) {
        this.requests = requests;
        this.restrictions = restrictions;
        this.dossiers = dossiers;
        this.accessLog = accessLog;
    }

    /** The restriction a request set, if one (the caller has read the request). */
    public Optional<PersonRestrictions.Restriction> of(UUID requestId) {
        return restrictions.ofRequest(requestId);
    }

    /**
     * The FG lifts the restriction this request set, with the reasons (refused at {@code reason} without them; 409
     * when there is none or it was lifted already); one UPDATE access-log entry.
     */
    @Transactional
    public PersonRestrictions.Restriction lift(UUID requestId, String reason) {
        requests.requireDataProtectionOfficer(AccessAction.UPDATE);
        RightsRequestView r = requests.stored(requestId);
        DossierAccess access = dossiers.requireDataProtection(r.dossierId(), AccessAction.UPDATE);
        if (r.kind() != RightKind.RESTRICTION || restrictions.ofRequest(requestId).isEmpty()) {
            throw new BusinessRuleException("Dit verzoek heeft geen beperking van de verwerking ingesteld; er is "
                    + "niets op te heffen.");
        }
        Checks v = new Checks();
        String why = v.required("reason", reason, "Geef de reden waarom de beperking wordt opgeheven.");
        v.max("reason", why, Checks.MAX_REMARK);
        v.throwIfInvalid();
        PersonRestrictions.Restriction lifted = restrictions.lift(requestId, why);
        accessLog.allowed(AccessAction.UPDATE, access.role(), Set.of(r.dossierId()), Set.of(r.personId()), access.logReason());
        return lifted;
    }
}
