package nl.vangnet.rights;

import java.time.LocalDate;
import java.util.Set;
import nl.vangnet.research.ResearchObjections;
import org.springframework.stereotype.Component;

/**
 * A granted (or partly granted) objection (bezwaar) is, in this application, an objection to research use of the
 * person's data: the person is recorded as objecting and is left out of every research selection and export.
 */
@Component
class ObjectionToResearch implements RightEffect {

    private final ResearchObjections objections;

    ObjectionToResearch(ResearchObjections objections) {
        this.objections = objections;
    }

    @Override
    public Set<RightKind> kinds() {
        return Set.of(RightKind.OBJECTION);
    }

    @Override
    public void granted(RightsRequestView request, RightsRequestStatus outcome, String reasons, LocalDate decidedOn) {
        objections.record(request.personId(), request.id(), decidedOn);
    }
}
