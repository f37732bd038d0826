package nl.vangnet.rights;

import java.time.LocalDate;
import java.util.Set;
import nl.vangnet.person.PersonRestrictions;
import org.springframework.stereotype.Component;

/** A granted restriction request restricts the processing of the person's data (AVG art. 18) until the FG lifts it. */
@Component
class RestrictionEffect implements RightEffect {

    private final PersonRestrictions restrictions;

    RestrictionEffect(PersonRestrictions restrictions) {
        this.restrictions = restrictions;
    }

    @Override
    public Set<RightKind> kinds() {
        return Set.of(RightKind.RESTRICTION);
    }

    @Override
    public void granted(RightsRequestView request, RightsRequestStatus outcome, String reasons, LocalDate decidedOn) {
        restrictions.restrict(request.personId(), request.id());
    }
}
