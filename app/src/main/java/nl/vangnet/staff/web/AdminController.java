package nl.vangnet.staff.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.vangnet.platform.BusinessRuleException;
import nl.vangnet.platform.NotFoundException;
import nl.vangnet.platform.PageForm;
import nl.vangnet.staff.ApiTokens;
import nl.vangnet.staff.CurrentStaff;
import nl.vangnet.staff.Role;
import nl.vangnet.staff.StaffDirectory;
import nl.vangnet.staff.StaffKind;
import nl.vangnet.staff.StaffUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Beheer, for applicatiebeheer only (enforced by the security chain): users, service accounts, teams. */
@Controller
class AdminController {

    /** The roles beheer assigns here; an external role comes with its account on /beheer/extern (VOG, time box). */
    static final List<Role> INTERNAL_ROLES = Arrays.stream(Role.values()).filter(r -> !r.external()).toList();

    private final StaffDirectory directory;
    private final ApiTokens tokens;

    AdminController(StaffDirectory directory, ApiTokens tokens) {
        this.directory = directory;
        this.tokens = tokens;
    }

    @GetMapping("/beheer")
    String overview(Model model) {
        model.addAttribute("users", directory.all());
        model.addAttribute("teams", directory.teams());
        model.addAttribute("teamNames", directory.teamNames());
        return "staff/admin";
    }

    @GetMapping("/beheer/gebruikers/nieuw")
    String newUser(Model model) {
        model.addAttribute("allRoles", INTERNAL_ROLES);
        model.addAttribute("teams", directory.teams());
        model.addAttribute("kind", "PERSON");
        model.addAttribute("selectedRoles", Set.of());
        model.addAttribute("selectedTeams", Set.of());
        return "staff/admin-new-user";
    }

    @PostMapping("/beheer/gebruikers")
    String createUser(@RequestParam(defaultValue = "PERSON") String kind, @RequestParam(defaultValue = "") String username,
            @RequestParam(defaultValue = "") String displayName, @RequestParam(defaultValue = "") String initialPassword,
            @RequestParam(required = false) List<String> roles, @RequestParam(required = false) List<UUID> teams,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Set<Role> roleSet = roles(roles);
        Set<UUID> teamSet = teams == null ? Set.of() : new HashSet<>(teams);
        return refusedWith200(model, response).keep("kind", kind).keep("username", username).keep("displayName", displayName)
                .keep("selectedRoles", roleSet).keep("selectedTeams", teamSet).submit(() -> {
                    StaffUser user = "SERVICE_ACCOUNT".equals(kind)
                            ? directory.createServiceAccount(username, displayName, roleSet)
                            : directory.createPerson(new StaffDirectory.NewStaffMember(username, displayName, initialPassword,
                                    roleSet, teamSet, true));
                    return PageForm.saved(redirect, true, "/beheer/gebruikers/" + user.id());
                }, () -> {
                    model.addAttribute("allRoles", INTERNAL_ROLES);
                    model.addAttribute("teams", directory.teams());
                    return "staff/admin-new-user";
                });
    }

    @GetMapping("/beheer/gebruikers/{id}")
    String user(@PathVariable UUID id, Model model) {
        StaffUser user = directory.findById(id).orElseThrow(() -> new NotFoundException("Deze gebruiker bestaat niet."));
        model.addAttribute("user", user);
        model.addAttribute("allRoles", INTERNAL_ROLES);
        model.addAttribute("teams", directory.teams());
        model.addAttribute("tokens", user.kind() == StaffKind.SERVICE_ACCOUNT ? tokens.tokensOf(id) : List.of());
        model.addAttribute("maxDays", ApiTokens.MAX_SERVICE_ACCOUNT_DAYS);
        if (!model.containsAttribute("selectedRoles")) {
            model.addAttribute("selectedRoles", user.roles());
            model.addAttribute("selectedTeams", user.teamIds());
        }
        return "staff/admin-user";
    }

    @PostMapping("/beheer/gebruikers/{id}/rollen")
    String changeRoles(@PathVariable UUID id, @RequestParam(required = false) List<String> roles,
            @RequestParam(required = false) List<UUID> teams, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Set<Role> roleSet = roles(roles);
        Set<UUID> teamSet = teams == null ? Set.of() : new HashSet<>(teams);
        return refusedWith200(model, response).keep("selectedRoles", roleSet).keep("selectedTeams", teamSet).submit(() -> {
            directory.changeRolesAndTeams(id, roleSet, teamSet);
            return PageForm.saved(redirect, true, "/beheer/gebruikers/" + id);
        }, () -> user(id, model));
    }

    @PostMapping("/beheer/gebruikers/{id}/blokkeren")
    String disable(@PathVariable UUID id, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return refusedWith200(model, response).submit(() -> {
            directory.disable(id, CurrentStaff.get().id());
            return PageForm.saved(redirect, true, "/beheer/gebruikers/" + id);
        }, () -> user(id, model));
    }

    @PostMapping("/beheer/gebruikers/{id}/deblokkeren")
    String enable(@PathVariable UUID id, RedirectAttributes redirect) {
        directory.enable(id);
        return PageForm.saved(redirect, true, "/beheer/gebruikers/" + id);
    }

    @PostMapping("/beheer/gebruikers/{id}/tweede-factor-herstellen")
    String resetSecondFactor(@PathVariable UUID id, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return refusedWith200(model, response).submit(() -> {
            directory.resetSecondFactor(id);
            return PageForm.saved(redirect, true, "/beheer/gebruikers/" + id);
        }, () -> user(id, model));
    }

    @PostMapping("/beheer/gebruikers/{id}/tokens")
    String issueToken(@PathVariable UUID id, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "90") String days, @RequestParam(defaultValue = "") String currentPassword,
            @RequestParam(defaultValue = "") String code, Model model, HttpServletResponse response) {
        // The token is shown once, on this answer; it is never put in a flash or a URL.
        return refusedWith200(model, response).submit(() -> {
            model.addAttribute("issued", tokens.issueConfirmed(id, name, MyAccountController.parseDays(days),
                    CurrentStaff.get(), currentPassword, code));
            return user(id, model);
        }, () -> user(id, model));
    }

    @PostMapping("/beheer/gebruikers/{id}/tokens/{tokenId}/intrekken")
    String revokeToken(@PathVariable UUID id, @PathVariable UUID tokenId, RedirectAttributes redirect) {
        tokens.revoke(id, tokenId);
        return PageForm.saved(redirect, true, "/beheer/gebruikers/" + id);
    }

    @PostMapping("/beheer/teams")
    String createTeam(@RequestParam(defaultValue = "") String name, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return refusedWith200(model, response).keep("teamName", name).submit(() -> {
            directory.createTeam(name);
            return PageForm.saved(redirect, true, "/beheer");
        }, () -> overview(model));
    }

    /** The beheer pages answer a refused form with 200, the page again with the message at its field. */
    static PageForm refusedWith200(Model model, HttpServletResponse response) {
        return PageForm.of(model, response).rules("form", 200);
    }

    private static Set<Role> roles(List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (names != null) {
            for (String name : names) {
                try {
                    roles.add(Role.valueOf(name));
                } catch (IllegalArgumentException e) {
                    throw new BusinessRuleException("roles", "Onbekende rol.");
                }
            }
        }
        return roles;
    }
}
