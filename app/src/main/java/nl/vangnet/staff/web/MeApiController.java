package nl.vangnet.staff.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.vangnet.staff.CurrentStaff;
import nl.vangnet.staff.Role;
import nl.vangnet.staff.StaffDirectory;
import nl.vangnet.staff.StaffPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Medewerker", description = "Wie de aanroeper is en welke collega's hij mag kiezen")
class MeApiController {

    private final StaffDirectory directory;

    MeApiController(StaffDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/api/v1/me")
    @Operation(summary = "Wie de aanroeper is: id, gebruikersnaam, naam, rollen en teams")
    Me me() {
        StaffPrincipal me = CurrentStaff.get();
        Map<UUID, String> teamNames = directory.teamNames();
        return new Me(me.id(), me.username(), me.displayName(), me.kind().name(), me.sortedRoles(),
                me.teamIds().stream().map(id -> new TeamRef(id, teamNames.get(id))).sorted(
                        Comparator.comparing(TeamRef::name)).toList());
    }

    record Me(UUID id, String username, String displayName, String kind, List<Role> roles, List<TeamRef> teams) {
    }

    record TeamRef(UUID id, String name) {
    }
}
