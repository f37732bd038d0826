package nl.vangnet.followup.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import nl.vangnet.followup.TrackView;
import nl.vangnet.followup.ConditionsAndMonitoring;
import nl.vangnet.followup.Investigations;
import nl.vangnet.followup.Tracks;
import nl.vangnet.platform.Checks;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The follow-up tracks of a dossier: each act is a call on the dossier; each answers with the track as it now is. */
@RestController
@RequestMapping("/api/v1/dossiers/{id}")
@Tag(name = "Vervolgtrajecten", description = "Onderzoek, voorwaarden en vervolg, overdracht, verzoek aan de Raad en monitoring van een dossier")
class TrackApiController {

    private final Tracks tracks;
    private final Investigations investigations;
    private final ConditionsAndMonitoring monitoring;

    TrackApiController(Tracks tracks, Investigations investigations, ConditionsAndMonitoring monitoring) {
        this.tracks = tracks;
        this.investigations = investigations;
        this.monitoring = monitoring;
    }

    @GetMapping("/tracks")
    @Operation(summary = "Alle vervolgtrajecten van het dossier met status, termijnen en inhoud")
    List<TrackView> list(@PathVariable UUID id) {
        return tracks.ofDossier(id);
    }

    @PostMapping("/investigation/conversations")
    @Operation(summary = "Onderzoek: een gesprek plannen met een betrokkene of een professional")
    TrackView planConversation(@PathVariable UUID id, @RequestBody @Valid Investigations.ConversationInput request) {
        return investigations.planConversation(id, request);
    }

    @PostMapping("/investigation/conversations/{conversationId}/held")
    @Operation(summary = "Onderzoek: een gepland gesprek is gevoerd (datum en samenvatting)")
    TrackView conversationHeld(@PathVariable UUID id, @PathVariable UUID conversationId, @RequestBody @Valid Investigations.ConversationHeld request) {
        return investigations.recordConversation(id, conversationId, request);
    }

    @PutMapping("/investigation/conversations/{conversationId}")
    @Operation(summary = "Onderzoek: een gepland gesprek wijzigen (met wie, rol, datum); niet als het gevoerd of geannuleerd is")
    TrackView changeConversation(@PathVariable UUID id, @PathVariable UUID conversationId,
            @RequestBody @Valid Investigations.ConversationInput request) {
        return investigations.changeConversation(id, conversationId, request);
    }

    @PostMapping("/investigation/conversations/{conversationId}/cancel")
    @Operation(summary = "Onderzoek: een gepland gesprek annuleren met de reden; het blijft als geannuleerd in het plan staan. "
            + "Een gevoerd gesprek kan niet worden geannuleerd (409)")
    TrackView cancelConversation(@PathVariable UUID id, @PathVariable UUID conversationId,
            @RequestBody @Valid CancelConversationRequest request) {
        return investigations.cancelConversation(id, conversationId, request.reason());
    }

    @PostMapping("/investigation/findings")
    @Operation(summary = "Onderzoek: de bevindingen vastleggen")
    TrackView findings(@PathVariable UUID id, @RequestBody @Valid FindingsRequest request) {
        return investigations.recordFindings(id, request.findings());
    }

    @PostMapping("/investigation/conclusion")
    @Operation(summary = "Onderzoek: conclusie per gemelde vorm van geweld (CONFIRMED, NOT_CONFIRMED, REFUTED)")
    TrackView conclude(@PathVariable UUID id, @RequestBody @Valid Investigations.ConclusionInput request) {
        return investigations.conclude(id, request);
    }

    @PostMapping("/investigation/stop")
    @Operation(summary = "Onderzoek: voortijdig stoppen, met reden")
    TrackView stop(@PathVariable UUID id, @RequestBody @Valid ReasonRequest request) {
        return investigations.stopEarly(id, request.reason());
    }

    @PostMapping("/investigation/next-step")
    @Operation(summary = "Onderzoek: de vervolgstap (HANDOVER, CONDITIONS_AND_FOLLOW_UP, RVDK_INVESTIGATION_REQUEST of CLOSE)")
    TrackView nextStep(@PathVariable UUID id, @RequestBody @Valid Investigations.NextStepInput request) {
        return investigations.decideNextStep(id, request);
    }

    @PostMapping("/investigation/reporter-feedback")
    @Operation(summary = "Onderzoek: terugkoppeling aan de melder (de uitkomst, nooit de inhoud), of waarom niet")
    TrackView reporterFeedback(@PathVariable UUID id, @RequestBody @Valid Investigations.ReporterFeedbackInput request) {
        return investigations.informReporter(id, request);
    }

    @PostMapping("/conditions")
    @Operation(summary = "Voorwaarden en vervolg: een veiligheidsvoorwaarde (wat, voor wie, met wie afgesproken, welke partner)")
    TrackView condition(@PathVariable UUID id, @RequestBody @Valid ConditionsAndMonitoring.ConditionInput request) {
        return monitoring.setCondition(id, request);
    }

    @PostMapping("/handover-meeting")
    @Operation(summary = "Voorwaarden en vervolg: het overdrachtsgesprek; de monitoringscontacten vallen 3 en 12 maanden later")
    TrackView handoverMeeting(@PathVariable UUID id, @RequestBody @Valid ConditionsAndMonitoring.MeetingInput request) {
        return monitoring.holdHandoverMeeting(id, request);
    }

    @PostMapping("/monitoring-contacts")
    @Operation(summary = "Monitoring: het eerstvolgende contact, met per voorwaarde nagekomen en veiligheid verbeterd")
    TrackView monitoringContact(@PathVariable UUID id, @RequestBody @Valid ConditionsAndMonitoring.ContactInput request) {
        return monitoring.recordMonitoringContact(id, request);
    }

    @PostMapping("/handover")
    @Operation(summary = "Overdracht zonder voorwaarden: aan wie, wanneer, wat, het overdrachtsgesprek")
    TrackView handover(@PathVariable UUID id, @RequestBody @Valid Tracks.HandoverInput request) {
        return tracks.handOver(id, request);
    }

    @PostMapping("/rvdk-request")
    @Operation(summary = "Het verzoek tot onderzoek aan de Raad voor de Kinderbescherming is gedaan")
    TrackView rvdkRequest(@PathVariable UUID id, @RequestBody @Valid Tracks.RvdkInput request) {
        return tracks.requestRvdkInvestigation(id, request);
    }

    record CancelConversationRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
            example = "De huisarts is met verlof; een collega neemt het gesprek over.") @Size(max = Checks.MAX_REMARK) String reason) {
    }

    record FindingsRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
            example = "Gesprekken met beide ouders en de leerkracht: de blauwe plekken zijn door vader toegebracht.")
            @Size(max = Checks.MAX_TEXT) String findings) {
    }

    record ReasonRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
            example = "Het gezin is verhuisd naar een andere regio; het onderzoek gaat over naar Veilig Thuis daar.")
            @Size(max = Checks.MAX_REMARK) String reason) {
    }
}
