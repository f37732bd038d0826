package nl.vangnet.rights;

import java.time.LocalDate;
import java.util.Set;

/**
 * What a granted (or partly granted) rights request of some kinds sets in motion (a restriction that blocks
 * processing, an objection that excludes the person from research, a destruction to execute...), done in the
 * decision's transaction: if it fails, the decision is not taken. One class per kind, in this module.
 */
interface RightEffect {

    /** The kinds of request this effect follows. */
    Set<RightKind> kinds();

    /** The request was granted or partly granted on {@code decidedOn}, with these reasons (may be empty). */
    void granted(RightsRequestView request, RightsRequestStatus outcome, String reasons, LocalDate decidedOn);
}
