package nl.vangnet.person.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import nl.vangnet.person.Radar;
import nl.vangnet.platform.Checks;
import nl.vangnet.platform.PageForm;
import nl.vangnet.platform.Text;
import nl.vangnet.staff.CurrentStaff;
import nl.vangnet.staff.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The radar on the search page (shared with the search by dossier reference). */
@Controller
class RadarPageController {

    private final Radar radar;

    RadarPageController(Radar radar) {
        this.radar = radar;
    }

    /** The radar from the UI; POSTed so that names and numbers never appear in a URL. */
    @PostMapping("/zoeken/personen")
    String radar(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String dateOfBirth,
            @RequestParam(defaultValue = "") String bsn, @RequestParam(defaultValue = "") String postcode,
            @RequestParam(defaultValue = "") String houseNumber, @RequestParam(defaultValue = "") String birthYear,
            @RequestParam(defaultValue = "") String ageFrom, @RequestParam(defaultValue = "") String ageTo, Model model,
            HttpServletResponse response) {
        model.addAttribute("name", name);
        model.addAttribute("dateOfBirth", dateOfBirth);
        model.addAttribute("bsn", bsn);
        model.addAttribute("postcode", postcode);
        model.addAttribute("houseNumber", houseNumber);
        model.addAttribute("birthYear", birthYear);
        model.addAttribute("ageFrom", ageFrom);
        model.addAttribute("ageTo", ageTo);
        // The FG opens no dossier: a hit leads to who looked at the person's file and to a dossier's access log.
        model.addAttribute("fg", CurrentStaff.get().has(Role.DATA_PROTECTION_OFFICER));
        model.addAttribute("teamLeader", CurrentStaff.get().has(Role.TEAM_LEADER));
        // A search, not an act: the hits (or the reasons) are shown on the same page, nothing is redirected.
        return PageForm.of(model, response).submit(() -> {
            Checks v = new Checks();
            LocalDate dob = v.anyDate("dateOfBirth", dateOfBirth, null, "Geef een geldige datum.");
            Integer year = whole(v, "birthYear", birthYear, "Geef het geboortejaar in vier cijfers, bijvoorbeeld 2014.");
            Integer from = whole(v, "ageFrom", ageFrom, "Geef de leeftijd in hele jaren.");
            Integer to = whole(v, "ageTo", ageTo, "Geef de leeftijd in hele jaren.");
            v.throwIfInvalid();
            model.addAttribute("hits", radar.search(new Radar.Query(Text.blankToNull(name), dob, Text.blankToNull(bsn),
                    Text.blankToNull(postcode), Text.blankToNull(houseNumber), year, from, to)));
            return "dossier/search";
        }, () -> "dossier/search");
    }

    /** A whole number as typed, or null when left empty. */
    private static Integer whole(Checks v, String field, String typed, String dutchReason) {
        if (typed.isBlank()) {
            return null;
        }
        if (!typed.strip().matches("^[0-9]{1,4}$")) {
            v.reject(field, dutchReason);
            return null;
        }
        return Integer.valueOf(typed.strip());
    }
}
