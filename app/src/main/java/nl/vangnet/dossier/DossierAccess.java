package nl.vangnet.dossier;

import java.util.Set;
import java.util.UUID;
import nl.vangnet.accesslog.AccessAction;
import nl.vangnet.platform.Redaction;
import nl.vangnet.staff.Role;

/**
 * Why a staff member may open a dossier: the role under which the access happens, the basis (assigned, substitute,
 * teamleider, consulted, administrative, emergency; or, for one report only, its registrar) and, for emergency access,
 * the grant and its reason, which every access log entry then carries. What each basis may do is decided here.
 */
public record DossierAccess(Role role, Basis basis, UUID emergencyGrantId, String reason) {

    public enum Basis {
        ASSIGNED, SUBSTITUTE, TEAM_LEADER, CONSULTED, ADMINISTRATIVE, EMERGENCY,
        /** The worker who registered a report that joined a dossier they have no access to: that report only. */
        REGISTRAR,
        /**
         * The FG handling a rights request about a person of the dossier: its reference, its persons and the decision
         * letter, never its content (no free text, no case work, no documents but the decision letter).
         */
        DATA_PROTECTION,
        /**
         * An external party (researcher, accountant, inspectorate, ombudsman) reading a dossier the FG selected for
         * them, within the selection's and the account's time box: read-only, logged with the selection's purpose.
         * Free text: the accountant's sample is a financial check of what was done and needs none; a researcher, an
         * inspectorate or the ombudsman studying the handling of a case reads it (their output holds no personal data).
         */
        EXTERNAL_SELECTION
    }

    /** The actions a read-only access may do: reading, listing, searching, printing and exporting what it may read. */
    public static final Set<AccessAction> READ_ACTIONS = Set.of(AccessAction.READ, AccessAction.LIST, AccessAction.SEARCH,
            AccessAction.PRINT, AccessAction.EXPORT);

    /** Administrative access (secretariaat, on any basis) sees no free-text content. */
    public boolean freeText() {
        return basis != Basis.ADMINISTRATIVE && basis != Basis.DATA_PROTECTION && role != Role.SECRETARIAT
                && role != Role.ACCOUNTANT;
    }

    /** An external party's access: it reads, it never writes (every write refused, logged, in {@code Dossiers}). */
    public boolean readOnly() {
        return basis == Basis.EXTERNAL_SELECTION;
    }

    /**
     * Who acts on the case (verification, informing, assessment, follow-up, closing): a case worker, crisis worker or
     * teamleider with full access to the dossier. Never the secretariaat, a consultant, or a report's registrar.
     */
    public boolean worksOnCase() {
        return freeText() && basis != Basis.REGISTRAR && basis != Basis.CONSULTED
                && (role == Role.CASE_WORKER || role == Role.CRISIS_WORKER || role == Role.TEAM_LEADER);
    }

    /** The view as this access may see it: without its free text for administrative access (one rule, one place). */
    public <T> T present(T view) {
        return freeText() ? view : Redaction.withoutFreeText(view);
    }

    /** What the access log records as the reason: the emergency grant, or the registrar's own report. */
    public String logReason() {
        if (basis == Basis.REGISTRAR) {
            return "Eigen registratie van de melding";
        }
        if (basis == Basis.DATA_PROTECTION) {
            return "Behandeling van een verzoek van een betrokkene (FG)";
        }
        if (basis == Basis.EXTERNAL_SELECTION) {
            return "Externe selectie (" + role.name() + "): " + reason;
        }
        return emergencyGrantId == null ? null : "Noodtoegang " + emergencyGrantId + ": " + reason;
    }
}
