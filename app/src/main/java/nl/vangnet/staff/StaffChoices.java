package nl.vangnet.staff;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.vangnet.platform.BusinessRuleException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Whom a worker may pick from a list, one rule for the pages and the API: the gedragswetenschapper who confirms an
 * assessment (any enabled one, of any team), a jurist or vertrouwensarts to consult (enabled colleagues of the
 * caller's teams), and for the teamleider the medewerkers and crisisdienst of their teams (to assign or to name a
 * substitute). Only the roles that pick may ask.
 */
@Service
public class StaffChoices {

    private static final Set<Role> CASE_ROLES = Set.of(Role.CASE_WORKER, Role.CRISIS_WORKER);

    /** The roles one may pick, each with the roles that pick it. */
    public static final Map<Role, Set<Role>> PICKED_BY = Map.of(
            Role.BEHAVIOURAL_SCIENTIST, CASE_ROLES,
            Role.LEGAL_ADVISOR, CASE_ROLES,
            Role.CONFIDENTIAL_DOCTOR, CASE_ROLES,
            Role.CASE_WORKER, Set.of(Role.TEAM_LEADER),
            Role.CRISIS_WORKER, Set.of(Role.TEAM_LEADER));

    /** A staff member as a list to pick from shows them. */
    public record Choice(UUID id, String displayName) {
    }

    private final StaffDirectory directory;

    StaffChoices(StaffDirectory directory) {
        this.directory = directory;
    }

    /** The confirmers of an assessment: every enabled gedragswetenschapper (four eyes; not the caller's own team only). */
    public List<StaffUser> confirmers() {
        return directory.all().stream().filter(u -> u.enabled() && u.roles().contains(Role.BEHAVIOURAL_SCIENTIST)).toList();
    }

    /** The medewerkers and crisisdienst of my teams: whom a teamleider assigns or names as a substitute. */
    public List<StaffUser> teamWorkers(StaffPrincipal me) {
        return directory.all().stream().filter(u -> u.enabled() && sharesTeam(u, me)
                && u.roles().stream().anyMatch(CASE_ROLES::contains)).toList();
    }

    /** Enabled colleagues of my teams (persons, not service accounts): whom a worker consults. */
    public List<StaffUser> colleagues(StaffPrincipal me) {
        return directory.all().stream().filter(u -> u.enabled() && u.kind() == StaffKind.PERSON && sharesTeam(u, me)).toList();
    }

    /**
     * The staff with {@code role} the caller may pick, by name; a role nobody picks is bad input, a caller who does
     * not pick that role is refused.
     */
    public List<Choice> choices(Role role) {
        if (role == null || !PICKED_BY.containsKey(role)) {
            throw new BusinessRuleException("role", "Kies een rol waaruit te kiezen valt: "
                    + PICKED_BY.keySet().stream().map(Role::name).sorted().toList() + ".");
        }
        StaffPrincipal me = CurrentStaff.get();
        if (PICKED_BY.get(role).stream().noneMatch(me::has)) {
            throw new AccessDeniedException("staff choices");
        }
        List<StaffUser> candidates = switch (role) {
            case BEHAVIOURAL_SCIENTIST -> confirmers();
            case CASE_WORKER, CRISIS_WORKER -> teamWorkers(me);
            default -> colleagues(me);
        };
        return candidates.stream().filter(u -> u.roles().contains(role)).map(u -> new Choice(u.id(), u.displayName()))
                .sorted(Comparator.comparing(Choice::displayName).thenComparing(c -> c.id().toString())).toList();
    }

    private static boolean sharesTeam(StaffUser user, StaffPrincipal me) {
        return user.teamIds().stream().anyMatch(me.teamIds()::contains);
    }
}
