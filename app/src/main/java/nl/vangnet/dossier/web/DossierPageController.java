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
    private final java.util.List<nl.vangnet.dossier.DossierParts> parts;

    DossierPageController(Dossiers dossiers, java.util.List<nl.vangnet.dossier.DossierParts> parts) {
        this.dossiers = dossiers;
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
