package nl.vangnet.dossier;

import java.util.UUID;
import nl.vangnet.staff.Role;

/**
 * Why a staff member may open a dossier: the role under which the access happens, the basis (assigned, substitute,
 * teamleider, consulted, administrative, emergency) and, for emergency access, the grant and its reason, which every
 * access log entry then carries.
 */
public record DossierAccess(Role role, Basis basis, UUID emergencyGrantId, String reason) {

    public enum Basis { ASSIGNED, SUBSTITUTE, TEAM_LEADER, CONSULTED, ADMINISTRATIVE, EMERGENCY }

    /** Administrative access (secretariaat) sees no free-text content. */
    public boolean freeText() {
        return basis != Basis.ADMINISTRATIVE;
    }

    /** Who works on the dossier's follow-up: a case worker, crisis worker or teamleider with full (free-text) access. */
    public boolean worksOnFollowUp() {
        return freeText() && (role == Role.CASE_WORKER || role == Role.CRISIS_WORKER || role == Role.TEAM_LEADER);
    }

    /** What the access log records as the reason: the emergency grant, when that is the basis. */
    public String logReason() {
        return emergencyGrantId == null ? null : "Noodtoegang " + emergencyGrantId + ": " + reason;
    }
}
