package nl.vangnet.inforequest.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import nl.vangnet.dossier.DossierAccess;
import nl.vangnet.dossier.Dossiers;
import nl.vangnet.inforequest.Consent;
import nl.vangnet.inforequest.InformationRequestView;
import nl.vangnet.inforequest.InformationRequests;
import nl.vangnet.inforequest.Profession;
import nl.vangnet.inforequest.RequestChannel;
import nl.vangnet.inforequest.RequestStatus;
import nl.vangnet.platform.NotFoundException;
import nl.vangnet.platform.PageForm;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The dossier's information requests as pages: the list with the form to ask a professional, and a page per request
 * with its state, the code to give by phone, the versions and the approved text with the marked passages visibly
 * marked; the phone record, a new link and the decision to share a passage.
 */
@Controller
class InformationRequestPageController {

    private final InformationRequests requests;
    private final Dossiers dossiers;

    InformationRequestPageController(InformationRequests requests, Dossiers dossiers) {
        this.requests = requests;
        this.dossiers = dossiers;
    }

    @GetMapping("/dossiers/{id}/informatieverzoeken")
    String list(@PathVariable UUID id, Model model) {
        model.addAttribute("requests", requests.ofDossier(id));
        model.addAttribute("dossier", dossiers.summary(id).orElseThrow(() -> new NotFoundException("Dit dossier bestaat niet.")));
        boolean canAct = dossiers.access(id).map(DossierAccess::worksOnCase).orElse(false);
        model.addAttribute("canAct", canAct);
        if (canAct) {
            model.addAttribute("persons", dossiers.personsOf(id));
        }
        model.addAttribute("professions", Profession.values());
        model.addAttribute("consents", Consent.values());
        model.addAttribute("channels", RequestChannel.values());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new RequestForm());
        }
        return "inforequest/requests";
    }

    @PostMapping("/dossiers/{id}/informatieverzoeken")
    String create(@PathVariable UUID id, @ModelAttribute("form") RequestForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return PageForm.of(model, response)
                .errors(byField -> PageForm.renamed(byField, f -> f.startsWith("personIds") ? "personIds" : f))
                .rules("form", 409)
                .submit(() -> {
                    InformationRequestView made = requests.create(id, form.toInput());
                    return PageForm.saved(redirect, made.status() == RequestStatus.MAIL_FAILED ? "inforequest.savedMailFailed"
                            : "inforequest.saved", "/dossiers/" + id + "/informatieverzoeken/" + made.id());
                }, () -> list(id, model));
    }

    @GetMapping("/dossiers/{id}/informatieverzoeken/{requestId}")
    String request(@PathVariable UUID id, @PathVariable UUID requestId, Model model) {
        model.addAttribute("request", requests.get(id, requestId));
        model.addAttribute("canAct", dossiers.access(id).map(DossierAccess::worksOnCase).orElse(false));
        return "inforequest/request";
    }

    @PostMapping("/dossiers/{id}/informatieverzoeken/{requestId}/antwoord")
    String answer(@PathVariable UUID id, @PathVariable UUID requestId, @RequestParam(defaultValue = "") String text,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return PageForm.of(model, response).keep("typedText", text).rules("text", 409).submit(() -> {
            boolean sent = requests.answer(id, requestId, text).status() != RequestStatus.MAIL_FAILED;
            return PageForm.saved(redirect, sent ? "inforequest.answered" : "inforequest.mailFailed", "/dossiers/" + id + "/informatieverzoeken/" + requestId);
        }, () -> request(id, requestId, model));
    }

    @PostMapping("/dossiers/{id}/informatieverzoeken/{requestId}/nieuwe-link")
    String newLink(@PathVariable UUID id, @PathVariable UUID requestId, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return PageForm.of(model, response).rules("newLink", 409).submit(() -> {
            boolean sent = requests.newLink(id, requestId).status() != RequestStatus.MAIL_FAILED;
            return PageForm.saved(redirect, sent ? "inforequest.newLink" : "inforequest.mailFailed", "/dossiers/" + id + "/informatieverzoeken/" + requestId);
        }, () -> request(id, requestId, model));
    }

    @PostMapping("/dossiers/{id}/informatieverzoeken/{requestId}/passages/{passageId}/delen")
    String share(@PathVariable UUID id, @PathVariable UUID requestId, @PathVariable UUID passageId,
            @RequestParam(defaultValue = "") String reason, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return PageForm.of(model, response).keep("sharing", passageId)
                .errors(byField -> PageForm.renamed(byField, f -> "reason-" + passageId))
                .rules("reason-" + passageId, 409)
                .submit(() -> {
                    requests.sharePassage(id, requestId, passageId, reason);
                    return PageForm.saved(redirect, "inforequest.shared", "/dossiers/" + id + "/informatieverzoeken/" + requestId);
                }, () -> request(id, requestId, model));
    }
}
