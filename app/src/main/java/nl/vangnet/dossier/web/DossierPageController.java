package nl.vangnet.dossier.web;

import java.util.Optional;
import java.util.UUID;
import nl.vangnet.dossier.Dossiers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class DossierPageController {

    private final Dossiers dossiers;
    private final nl.vangnet.dossier.Radar radar;
    private final java.util.List<nl.vangnet.dossier.DossierParts> parts;

    DossierPageController(Dossiers dossiers, nl.vangnet.dossier.Radar radar,
            java.util.List<nl.vangnet.dossier.DossierParts> parts) {
        this.dossiers = dossiers;
        this.radar = radar;
        this.parts = parts;
    }

    @GetMapping("/dossiers")
    String list(Model model) {
        model.addAttribute("dossiers", dossiers.accessible());
        return "dossier/dossiers";
    }

    @GetMapping("/dossiers/{id}")
    String show(@PathVariable UUID id, Model model) {
        model.addAttribute("dossier", dossiers.open(id));
        model.addAttribute("parts", parts.stream().flatMap(p -> p.partsOf(id).stream())
                .sorted(java.util.Comparator.comparing(nl.vangnet.dossier.DossierParts.Part::at)).toList());
        return "dossier/dossier";
    }

    @GetMapping("/zoeken")
    String searchPage() {
        return "dossier/search";
    }

    /** The radar from the UI; POSTed so that names and numbers never appear in a URL. */
    @PostMapping("/zoeken/personen")
    String radar(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String dateOfBirth,
            @RequestParam(defaultValue = "") String bsn, @RequestParam(defaultValue = "") String postcode,
            @RequestParam(defaultValue = "") String houseNumber, Model model,
            jakarta.servlet.http.HttpServletResponse response) {
        model.addAttribute("name", name);
        model.addAttribute("dateOfBirth", dateOfBirth);
        model.addAttribute("bsn", bsn);
        model.addAttribute("postcode", postcode);
        model.addAttribute("houseNumber", houseNumber);
        try {
            java.time.LocalDate dob = null;
            if (!dateOfBirth.isBlank()) {
                try {
                    dob = java.time.LocalDate.parse(dateOfBirth);
                } catch (java.time.format.DateTimeParseException e) {
                    throw new nl.vangnet.platform.InvalidInputException(java.util.List.of(
                            new nl.vangnet.platform.ApiProblems.InvalidParam("dateOfBirth", "Geef een geldige datum.")));
                }
            }
            model.addAttribute("hits", radar.search(new nl.vangnet.dossier.Radar.Query(blank(name), dob, blank(bsn),
                    blank(postcode), blank(houseNumber))));
        } catch (nl.vangnet.platform.InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("errors", e.byField());
        }
        return "dossier/search";
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** Searched by POST so that what was typed never appears in a URL or an access log of the web server. */
    @PostMapping("/zoeken")
    String search(@RequestParam(defaultValue = "") String reference, Model model) {
        if (reference.isBlank()) {
            model.addAttribute("error", "search.reference.required");
            return "dossier/search";
        }
        Optional<UUID> id = dossiers.findByReference(reference);
        if (id.isPresent()) {
            return "redirect:/dossiers/" + id.get();
        }
        model.addAttribute("reference", reference);
        model.addAttribute("error", "search.reference.notFound");
        return "dossier/search";
    }
}
