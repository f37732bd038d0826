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

    /** What the access log records as the reason: the emergency grant, when that is the basis. */
    public String logReason() {
        return emergencyGrantId == null ? null : "Noodtoegang " + emergencyGrantId + ": " + reason;
    }
}
