package nl.vangnet.inforequest.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import nl.vangnet.inforequest.InformationRequestView;
import nl.vangnet.inforequest.InformationRequests;
import nl.vangnet.inforequest.NewInformationRequest;
import nl.vangnet.platform.Checks;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Informatieverzoeken", description = "Verzoeken om informatie aan professionals (Wmo 2015 art. 5.2.6): de "
        + "professional krijgt een link per e-mail en een code per telefoon (accessCode), schrijft of controleert de tekst, "
        + "wijst passages aan die de betrokkenen niet mogen zien en accordeert; elk verzoek staat in het register van verstrekkingen")
class InformationRequestApiController {

    private final InformationRequests requests;

    InformationRequestApiController(InformationRequests requests) {
        this.requests = requests;
    }

    @PostMapping("/api/v1/dossiers/{id}/information-requests")
    @Operation(summary = "Vraag een professional om informatie over personen van het dossier; de link gaat per e-mail, "
            + "de code (accessCode) geeft u telefonisch")
    @ApiResponse(responseCode = "201", description = "Het verzoek is vastgelegd en als verstrekking geregistreerd; Location "
            + "noemt het. status MAIL_FAILED: de e-mail is niet verstuurd (vraag een nieuwe link)")
    ResponseEntity<InformationRequestView> create(@PathVariable UUID id, @RequestBody @Valid InformationRequestBody body) {
        InformationRequestView view = requests.create(id, body.toInput());
        return ResponseEntity.created(URI.create("/api/v1/dossiers/" + id + "/information-requests/" + view.id())).body(view);
    }

    @GetMapping("/api/v1/dossiers/{id}/information-requests")
    @Operation(summary = "De informatieverzoeken van een dossier, nieuwste eerst")
    List<InformationRequestView> list(@PathVariable UUID id) {
        return requests.ofDossier(id);
    }

    @GetMapping("/api/v1/dossiers/{id}/information-requests/{requestId}")
    @Operation(summary = "Een informatieverzoek met zijn versies, de geaccordeerde tekst en de passages die de betrokkenen "
            + "niet mogen zien; accessCode zolang de link bruikbaar is")
    InformationRequestView get(@PathVariable UUID id, @PathVariable UUID requestId) {
        return requests.get(id, requestId);
    }

    @PostMapping("/api/v1/dossiers/{id}/information-requests/{requestId}/answer")
    @Operation(summary = "Leg vast wat de professional telefonisch vertelde; de tekst gaat met een nieuwe link en code naar "
            + "de professional om te controleren en te accorderen")
    InformationRequestView answer(@PathVariable UUID id, @PathVariable UUID requestId, @RequestBody @Valid AnswerBody body) {
        return requests.answer(id, requestId, body.text());
    }

    @PostMapping("/api/v1/dossiers/{id}/information-requests/{requestId}/new-link")
    @Operation(summary = "Stuur een nieuwe link en code (na een mislukte e-mail, een geblokkeerde of verlopen link); de oude werken niet meer")
    InformationRequestView newLink(@PathVariable UUID id, @PathVariable UUID requestId) {
        return requests.newLink(id, requestId);
    }

    @PostMapping("/api/v1/dossiers/{id}/information-requests/{requestId}/passages/{passageId}/share-decision")
    @Operation(summary = "Besluit een passage die de professional afschermde toch te delen met de betrokkenen, met reden")
    InformationRequestView share(@PathVariable UUID id, @PathVariable UUID requestId, @PathVariable UUID passageId,
            @RequestBody @Valid ShareBody body) {
        return requests.sharePassage(id, requestId, passageId, body.reason());
    }

    record InformationRequestBody(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "J. de Vries")
            @Size(max = Checks.MAX_SHORT_TEXT) String professionalName,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Huisartsenpraktijk Overvecht")
            @Size(max = Checks.MAX_SHORT_TEXT) String professionalOrganisation,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"GP", "TEACHER",
                    "NEIGHBOURHOOD_POLICE_OFFICER", "YOUTH_CARE", "CHILDCARE", "MENTAL_HEALTH_CARE", "MEDICAL_SPECIALIST",
                    "SOCIAL_WORK", "OTHER_PROFESSIONAL"}, example = "GP") String profession,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "email", example = "j.devries@huisarts.example")
            @Size(max = 254) String professionalEmail,
            @Schema(description = "Telefoonnummer", example = "030-1234567") @Size(max = 40) String professionalPhone,
            @ArraySchema(arraySchema = @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "Over welke personen van het dossier (een of meer)"),
                    schema = @Schema(format = "uuid", maxLength = 36, example = "3f2b8c1e-6d4a-4b9e-9c1f-2a7d5e8b0c41"))
            List<String> personIds,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Waarom de informatie nodig is, zodat de "
                    + "professional kan beoordelen wat relevant is",
                    example = "Er is een zorg gemeld over de veiligheid van het kind thuis; wij willen weten of u signalen heeft gezien.")
            @Size(max = 4000) String purpose,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"ALL_CONSENTED", "PARTLY_CONSENTED",
                    "NOT_ASKED", "REFUSED"}, example = "NOT_ASKED") String consent,
            @Schema(description = "Verplicht zonder toestemming van alle betrokkenen: waarom delen nodig is om het geweld te "
                    + "stoppen of te onderzoeken", example = "Onderzoek naar de veiligheid van het kind loopt; toestemming "
                    + "vragen brengt het kind in gevaar.") @Size(max = 4000) String withoutConsentReason,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Of de betrokkenen van het verzoek weten",
                    example = "true") Boolean personsKnow,
            @Schema(description = "Hoe de betrokkenen reageerden", example = "Moeder vond het goed; vader was boos.")
            @Size(max = 4000) String personsReaction,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"PHONE", "WRITING"}, example = "WRITING")
            String channel,
            @Schema(format = "date", description = "Uiterste datum (na vandaag); leeg: 10 werkdagen", example = "2026-05-29")
            @Size(max = 10) String dueOn) {

        NewInformationRequest toInput() {
            return new NewInformationRequest(professionalName, professionalOrganisation, profession, professionalEmail,
                    professionalPhone, personIds, purpose, consent, withoutConsentReason, personsKnow, personsReaction,
                    channel, dueOn);
        }
    }

    record AnswerBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Wat de professional vertelde",
            example = "Het kind komt de laatste weken vaak te laat en heeft twee keer blauwe plekken op de arm gehad.")
            @Size(max = Checks.MAX_TEXT) String text) {
    }

    record ShareBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Waarom de passage nu gedeeld kan worden",
            example = "De professional is verhuisd; het gevaar voor de professional is voorbij.")
            @Size(max = 4000) String reason) {
    }
}
