package nl.vangnet.letter.web;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import nl.vangnet.document.Documents;
import nl.vangnet.letter.Letters;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The letters of a dossier: make one from a template, then open it (the PDF, logged as a download). */
@Controller
class LetterPageController {

    private final Letters letters;
    private final Documents documents;

    LetterPageController(Letters letters, Documents documents) {
        this.letters = letters;
        this.documents = documents;
    }

    @GetMapping("/dossiers/{id}/brieven")
    String page(@PathVariable UUID id, @RequestParam(name = "sjabloon", required = false) String template, Model model) {
        model.addAttribute("dossierId", id);
        model.addAttribute("choices", letters.choices(id));
        if (!model.containsAttribute("template")) {
            model.addAttribute("template", template);
        }
        return "letter/letters";
    }

    @PostMapping("/dossiers/{id}/brieven")
    String generate(@PathVariable UUID id, @RequestParam(defaultValue = "") String template,
            @RequestParam(defaultValue = "") String addresseePersonId, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return PageForm.of(model, response).keep("template", template).keep("addresseePersonId", addresseePersonId)
                .rules("template", 409)
                .submit(() -> {
                    Letters.Letter letter = letters.generate(id, new Letters.NewLetter(template, addresseePersonId, null));
                    redirect.addFlashAttribute("letter", letter.documentId());
                    return PageForm.saved(redirect, "letter.saved", "/dossiers/" + id + "/brieven");
                }, () -> page(id, null, model));
    }

    @GetMapping("/dossiers/{id}/brieven/{documentId}")
    ResponseEntity<byte[]> open(@PathVariable UUID id, @PathVariable UUID documentId) {
        Documents.Download file = documents.download(id, documentId);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(file.fileName(), StandardCharsets.UTF_8)
                        .build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .body(file.content());
    }
}
