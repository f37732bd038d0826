package nl.vangnet.rights.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import nl.vangnet.document.Documents;
import nl.vangnet.dossier.OwnStatements;
import nl.vangnet.platform.PageForm;
import nl.vangnet.rights.IdentityCheck;
import nl.vangnet.rights.PersonalCopy;
import nl.vangnet.rights.Requester;
import nl.vangnet.rights.RightKind;
import nl.vangnet.rights.RightsInput;
import nl.vangnet.rights.RightsRequests;
import nl.vangnet.rights.RightsRestrictions;
import nl.vangnet.staff.CurrentStaff;
import nl.vangnet.staff.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of the rights requests: a worker takes a request in from the dossier (or a person of it); the FG's
 * "Werkvoorraad rechten" lists every request with its due date, and a request's page has the extension and decision
 * forms and the decision letter.
 */
@Controller
class RightsPageController {

    private final RightsRequests requests;
    private final PersonalCopy copies;
    private final RightsRestrictions restrictions;

    RightsPageController(RightsRequests requests, PersonalCopy copies, RightsRestrictions restrictions) {
        this.requests = requests;
        this.copies = copies;
        this.restrictions = restrictions;
    }

    /** The intake form's fields, as typed. */
    record IntakeForm(String kind, String personId, String requester, String requesterName, Boolean personConsented,
            Boolean personIncapacitated, String identityCheck, String idDocumentType, String receivedOn, String text,
            List<String> consentedPersonIds, String statement, String contests, String contestedId) {
    }

    /** The corrected fields of the FG's decision form (on a correction request), named as on the page. */
    record CorrectionForm(String correctedBsn, String correctedGivenNames, String correctedSurnamePrefix,
            String correctedSurname, String correctedDateOfBirth, String correctedPostcode, String correctedHouseNumber) {

        RightsInput.Correction correction() {
            return new RightsInput.Correction(correctedBsn, correctedGivenNames, correctedSurnamePrefix, correctedSurname,
                    correctedDateOfBirth, correctedPostcode, correctedHouseNumber);
        }

        /** A service field ({@code correction.givenNames}) as the page's id ({@code correctedGivenNames}). */
        static String pageId(String field) {
            if ("correction".equals(field)) {
                return "correctedBsn";
            }
            return field.startsWith("correction.") ? "corrected" + Character.toUpperCase(field.charAt(11))
                    + field.substring(12) : field;
        }
    }

    @GetMapping("/dossiers/{id}/rechtenverzoek")
    String intake(@PathVariable UUID id, @RequestParam(name = "persoon", required = false) UUID personId, Model model) {
        model.addAttribute("choices", requests.intakeChoices(id));
        model.addAttribute("kinds", Arrays.asList(RightKind.values()));
        model.addAttribute("requesters", Arrays.asList(Requester.values()));
        model.addAttribute("checks", Arrays.asList(IdentityCheck.values()));
        model.addAttribute("documentTypes", Arrays.asList(IdentityCheck.DocumentType.values()));
        model.addAttribute("contests", Arrays.asList(OwnStatements.Disputes.values()));
        if (!model.containsAttribute("typed")) {
            model.addAttribute("typed", new IntakeForm(null, personId == null ? null : personId.toString(), null, null,
                    false, false, null, null, null, null, List.of(), null, null, null));
        }
        return "rights/intake";
    }

    @PostMapping("/dossiers/{id}/rechtenverzoek")
    String takeIn(@PathVariable UUID id, @ModelAttribute IntakeForm form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return PageForm.of(model, response).keep("typed", form).submit(() -> {
            requests.takeIn(new RightsInput.NewRequest(form.kind(), form.personId(), id.toString(), form.requester(),
                    form.requesterName(), form.personConsented(), form.personIncapacitated(), form.identityCheck(),
                    form.idDocumentType(), form.receivedOn(), form.text(), form.consentedPersonIds(), form.statement(),
                    form.contests(), form.contestedId()));
            return PageForm.saved(redirect, "rights.takenIn", "/dossiers/" + id);
        }, () -> intake(id, null, model));
    }

    @GetMapping("/rechten")
    String workList(Model model) {
        model.addAttribute("rows", requests.workList());
        return "rights/work-list";
    }

    @GetMapping("/rechten/{id}")
    String request(@PathVariable UUID id, Model model) {
        model.addAttribute("request", requests.get(id));
        model.addAttribute("fg", CurrentStaff.get().has(Role.DATA_PROTECTION_OFFICER));
        model.addAttribute("toldHow", Arrays.asList(IdentityCheck.Told.values()));
        model.addAttribute("outcomes", List.of("GRANTED", "PARTLY_GRANTED", "REFUSED"));
        model.addAttribute("restriction", restrictions.of(id).orElse(null));
        return "rights/request";
    }

    @PostMapping("/rechten/{id}/beperking-opheffen")
    String liftRestriction(@PathVariable UUID id, @RequestParam(defaultValue = "") String liftReason, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return PageForm.of(model, response).keep("typedLiftReason", liftReason)
                .errors(byField -> PageForm.renamed(byField, field -> "reason".equals(field) ? "liftReason" : field))
                .rules("liftReason", 409).submit(() -> {
                    restrictions.lift(id, liftReason);
                    return PageForm.saved(redirect, "rights.restriction.liftedSaved", "/rechten/" + id);
                }, () -> request(id, model));
    }

    @PostMapping("/rechten/{id}/verlenging")
    String extend(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "") String requesterToldOn, @RequestParam(defaultValue = "") String requesterToldHow,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return PageForm.of(model, response).keep("typedReason", reason).keep("typedToldOn", requesterToldOn)
                .rules("reason", 409).submit(() -> {
                    requests.extend(id, new RightsInput.Extension(reason, requesterToldOn, requesterToldHow));
                    return PageForm.saved(redirect, "rights.extended", "/rechten/" + id);
                }, () -> request(id, model));
    }

    @PostMapping("/rechten/{id}/beslissing")
    String decide(@PathVariable UUID id, @RequestParam(defaultValue = "") String outcome,
            @RequestParam(defaultValue = "") String reasons, @ModelAttribute CorrectionForm corrected, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return PageForm.of(model, response).keep("typedReasons", reasons).keep("typedCorrection", corrected.correction())
                .errors(byField -> PageForm.renamed(byField, CorrectionForm::pageId)).rules("outcome", 409).submit(() -> {
            requests.decide(id, new RightsInput.Decision(outcome, reasons, corrected.correction()));
            return PageForm.saved(redirect, "rights.decided", "/rechten/" + id);
        }, () -> request(id, model));
    }

    @GetMapping("/rechten/{id}/afschrift.pdf")
    ResponseEntity<byte[]> copy(@PathVariable UUID id) {
        PersonalCopy.File file = copies.copy(id);
        return RightsApiController.download(new Documents.Download(file.fileName(), "application/pdf", file.content()));
    }

    @GetMapping("/rechten/{id}/inzage")
    String inspection(@PathVariable UUID id, Model model) {
        model.addAttribute("copy", copies.inspection(id));
        model.addAttribute("requestId", id);
        return "rights/inspection";
    }

    @GetMapping("/rechten/{id}/brief")
    ResponseEntity<byte[]> letter(@PathVariable UUID id) {
        return RightsApiController.download(requests.letter(id));
    }
}
