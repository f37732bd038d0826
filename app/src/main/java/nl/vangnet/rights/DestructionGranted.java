package nl.vangnet.rights;

import java.time.LocalDate;
import java.util.Set;
import nl.vangnet.retention.DestructionLists;
import org.springframework.stereotype.Component;

/**
 * A granted request to destroy (Wmo 2015 art. 5.3.2-5.3.5): the whole dossier the request was taken in on (its content
 * and the data of its persons; a person also in another dossier keeps what belongs there) goes on a destruction list
 * of its own, due three calendar months after the request's receipt, which the FG approves and executes from the
 * retention list. A partly granted request destroys nothing by itself: what part goes is for the FG to carry out.
 */
@Component
class DestructionGranted implements RightEffect {

    private final DestructionLists lists;

    DestructionGranted(DestructionLists lists) {
        this.lists = lists;
    }

    @Override
    public Set<RightKind> kinds() {
        return Set.of(RightKind.DESTRUCTION);
    }

    @Override
    public void granted(RightsRequestView request, RightsRequestStatus outcome, String reasons, LocalDate decidedOn) {
        if (outcome == RightsRequestStatus.GRANTED) {
            lists.requested(request.dossierId(), request.id(), request.receivedOn());
        }
    }
}
