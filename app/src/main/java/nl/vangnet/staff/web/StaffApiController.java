package nl.vangnet.staff.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import nl.vangnet.staff.Role;
import nl.vangnet.staff.StaffChoices;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Medewerker")
class StaffApiController {

    private final StaffChoices choices;

    StaffApiController(StaffChoices choices) {
        this.choices = choices;
    }

    @GetMapping("/api/v1/staff")
    @Operation(summary = "De collega's met een rol die de aanroeper mag kiezen",
            description = "BEHAVIOURAL_SCIENTIST: wie een veiligheidsbeoordeling bevestigt (elke gedragswetenschapper; voor "
                    + "medewerker en crisisdienst). LEGAL_ADVISOR, CONFIDENTIAL_DOCTOR: wie te raadplegen is (collega's "
                    + "van de eigen teams; voor medewerker en crisisdienst). CASE_WORKER, CRISIS_WORKER: wie de teamleider "
                    + "toewijst of als vervanger benoemt (van de eigen teams). Andere rollen: 400; wie die rol niet kiest: 403.")
    List<StaffChoices.Choice> staff(@Parameter(description = "De rol waaruit gekozen wordt") @RequestParam Role role) {
        return choices.choices(role);
    }
}
