package nl.vangnet.dossier;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.vangnet.accesslog.AccessAction;
import nl.vangnet.accesslog.AccessLog;
import nl.vangnet.staff.CurrentStaff;
import nl.vangnet.staff.Role;
import nl.vangnet.staff.StaffChoices;
import nl.vangnet.staff.StaffPrincipal;
import nl.vangnet.staff.StaffUser;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The teamleider's view of the work of their teams: how many open dossiers each medewerker and crisisdienst carries,
 * and the open dossiers nobody is assigned to (to assign them, {@link NeedToKnow#assign}). Only for the teamleider,
 * whose basis is their own teams' dossiers; the dossiers named are logged.
 */
@Service
public class Caseload {

    /** A worker of the team and the number of open dossiers of the team assigned to them. */
    public record WorkerLoad(UUID workerId, String name, int openDossiers) {
    }

    /** An open dossier of the team without an assigned worker, oldest first. */
    public record UnassignedDossier(UUID dossierId, String reference, LocalDate openedOn, String teamName,
            DossierCards.Card card) {
    }

    public record TeamCaseload(List<WorkerLoad> workers, List<UnassignedDossier> unassigned) {
    }

    private final JdbcClient jdbc;
    private final StaffChoices staffChoices;
    private final DossierCards cards;
    private final AccessLog accessLog;

    Caseload(JdbcClient jdbc, StaffChoices staffChoices, DossierCards cards, AccessLog accessLog) {
        this.jdbc = jdbc;
        this.staffChoices = staffChoices;
        this.cards = cards;
        this.accessLog = accessLog;
    }

    @Transactional
    public TeamCaseload ofMyTeams() {
        StaffPrincipal me = CurrentStaff.get();
        if (!me.has(Role.TEAM_LEADER)) {
            accessLog.denied(AccessAction.LIST, Set.of(), Set.of(), null);
            throw new AccessDeniedException("team caseload");
        }
        Map<UUID, Integer> counts = new HashMap<>();
        jdbc.sql("""
                SELECT a.user_id, count(DISTINCT d.id) FROM dossier_assignment a JOIN dossier d ON d.id = a.dossier_id
                WHERE d.status = 'OPEN' AND d.team_id IN (:teams) GROUP BY a.user_id""")
                .param("teams", me.teamIdsOrNone())
                .query((RowCallbackHandler) rs -> counts.put(rs.getObject(1, UUID.class), rs.getInt(2)));
        List<WorkerLoad> workers = staffChoices.teamWorkers(me).stream()
                .map(u -> new WorkerLoad(u.id(), u.displayName(), counts.getOrDefault(u.id(), 0)))
                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList();
        List<UnassignedDossier> unassigned = jdbc.sql("""
                SELECT d.id, d.reference, d.opened_on, t.name FROM dossier d JOIN team_name t ON t.id = d.team_id
                WHERE d.status = 'OPEN' AND d.team_id IN (:teams)
                  AND NOT EXISTS (SELECT 1 FROM dossier_assignment a WHERE a.dossier_id = d.id)
                ORDER BY d.opened_on, d.reference LIMIT 500""")
                .param("teams", me.teamIdsOrNone())
                .query((rs, n) -> new UnassignedDossier(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getObject(3, LocalDate.class), rs.getString(4), null))
                .list();
        // The cards (names of the household) in a few queries for the whole list; they log the listing.
        Map<UUID, DossierCards.Card> byId = cards.of(unassigned.stream().map(UnassignedDossier::dossierId).toList());
        return new TeamCaseload(workers, unassigned.stream()
                .map(u -> new UnassignedDossier(u.dossierId(), u.reference(), u.openedOn(), u.teamName(), byId.get(u.dossierId())))
                .toList());
    }

    /** The workers a teamleider may assign (medewerkers and crisisdienst of their teams). */
    public List<StaffUser> assignable() {
        return staffChoices.teamWorkers(CurrentStaff.get());
    }
}
