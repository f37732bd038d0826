package nl.vangnet.document.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.vangnet.document.Documents;
import nl.vangnet.document.UploadRefused;
import nl.vangnet.dossier.DossierAccess;
import nl.vangnet.dossier.DossierView;
import nl.vangnet.dossier.Dossiers;
import nl.vangnet.dossier.OwnStatements;
import nl.vangnet.platform.Checks;
import nl.vangnet.platform.NotFoundException;
import nl.vangnet.platform.PageForm;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The dossier's documents as a page: the list, each file to download, and the upload form (multipart); a refused file
 * (a virus, no scanner, too large, the wrong kind) is named at the file field, and nothing is stored.
 */
@Controller
class DocumentPageController {

    private final Documents documents;
    private final Dossiers dossiers;
    private final OwnStatements ownStatements;

    DocumentPageController(Documents documents, Dossiers dossiers, OwnStatements ownStatements) {
        this.documents = documents;
        this.dossiers = dossiers;
        this.ownStatements = ownStatements;
    }

    @GetMapping("/dossiers/{id}/documenten")
    String page(@PathVariable UUID id, Model model) {
        // The service checks need to know and logs the read; the rest adds the dossier's number and persons' names.
        List<Documents.Document> list = documents.ofDossier(id);
        model.addAttribute("documents", list);
        // Own statements shown with what they dispute (the service read above checked the access and logged it).
        model.addAttribute("statements", dossiers.access(id).filter(DossierAccess::freeText)
                .map(a -> ownStatements.byDisputedItem(id)).orElse(Map.of()));
        model.addAttribute("dossier", dossiers.summary(id).orElseThrow(() -> new NotFoundException("Dit dossier bestaat niet.")));
        List<DossierView.InvolvedPerson> persons = dossiers.personsOf(id);
        model.addAttribute("persons", persons);
        Map<UUID, String> about = new LinkedHashMap<>();
        list.forEach(d -> about.put(d.id(), DossierView.InvolvedPerson.namesOf(persons, d.personIds())));
        model.addAttribute("about", about);
        var access = dossiers.access(id);
        model.addAttribute("canAdd", access.map(Documents::mayAdd).orElse(false));
        model.addAttribute("canOpen", access.map(Documents::mayOpen).orElse(false));
        if (!model.containsAttribute("typedPersonIds")) {
            model.addAttribute("typedPersonIds", List.of());
            model.addAttribute("typedHousehold", false);
        }
        return "document/documents";
    }

    @PostMapping("/dossiers/{id}/documenten")
    String upload(@PathVariable UUID id, @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "personIds", required = false) List<String> personIds,
            @RequestParam(name = "household", defaultValue = "false") boolean household, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return PageForm.of(model, response)
                .keep("typedPersonIds", personIds == null ? List.of() : personIds).keep("typedHousehold", household)
                .errors(byField -> {
                    Map<String, String> errors = new LinkedHashMap<>();
                    byField.forEach((field, message) -> errors.putIfAbsent(field.startsWith("personIds") ? "personIds" : field, message));
                    return errors;
                })
                .submit(() -> {
                    try {
                        boolean none = file == null || file.isEmpty();
                        documents.upload(id, none ? null : file.getOriginalFilename(), none ? null : file.getBytes(),
                                household ? List.of() : personIds, household);
                    } catch (UploadRefused e) {
                        throw Checks.refusal("file", e.getMessage());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    return PageForm.saved(redirect, "document.saved", "/dossiers/" + id + "/documenten");
                }, () -> page(id, model));
    }

    @GetMapping("/dossiers/{id}/documenten/{documentId}")
    ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID documentId) {
        Documents.Download file = documents.download(id, documentId);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8)
                        .build().toString())
                .header("X-Content-Type-Options", "nosniff").header(HttpHeaders.CACHE_CONTROL, "no-store")
                .contentType(MediaType.parseMediaType(file.mediaType())).body(file.content());
    }
}
