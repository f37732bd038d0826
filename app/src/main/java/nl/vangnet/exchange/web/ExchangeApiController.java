package nl.vangnet.exchange.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import nl.vangnet.exchange.BillingCsv;
import nl.vangnet.exchange.BillingExports;
import nl.vangnet.exchange.RegionTransfers;
import nl.vangnet.exchange.VirSignals;
import nl.vangnet.platform.Checks;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Uitwisseling", description = "Uitwisselingen met een vaste vorm: het signaal in de verwijsindex (VIR, in "
        + "Flevoland ESAR), de facturatie-export aan een gemeente en de overdracht aan een andere Veilig Thuis-regio; elk "
        + "vastgelegd als verstrekking met zijn wettelijke grondslag")
class ExchangeApiController {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final VirSignals signals;
    private final BillingExports billing;
    private final RegionTransfers transfers;

    ExchangeApiController(VirSignals signals, BillingExports billing, RegionTransfers transfers) {
        this.signals = signals;
        this.billing = billing;
        this.transfers = transfers;
    }

    @PostMapping("/api/v1/dossiers/{id}/vir-signals")
    @Operation(summary = "Geef een signaal af in de verwijsindex risicojongeren (VIR; ESAR in Flevoland) voor een kind van "
            + "het dossier: alleen het BSN van het kind, naam en contactgegevens van Veilig Thuis en de datum, nooit een "
            + "reden of inhoud; vastgelegd als verstrekking (grondslag VIR_SIGNAL)")
    @ApiResponse(responseCode = "201", description = "Het signaal is vastgelegd; Location noemt het bericht voor de verwijsindex")
    ResponseEntity<VirSignals.Signal> signal(@PathVariable UUID id, @RequestBody @Valid VirSignals.NewSignal request) {
        VirSignals.Signal signal = signals.send(id, request);
        return ResponseEntity.created(URI.create("/api/v1/dossiers/" + id + "/vir-signals/" + signal.id())).body(signal);
    }

    @GetMapping("/api/v1/dossiers/{id}/vir-signals/{signalId}")
    @Operation(summary = "Het bericht voor de verwijsindex, zoals het wordt verzonden: BSN, naam en contactgegevens van "
            + "Veilig Thuis, datum")
    VirSignals.Payload signalPayload(@PathVariable UUID id, @PathVariable UUID signalId) {
        return signals.payload(id, signalId);
    }

    @GetMapping("/api/v1/billing-exports")
    @Operation(summary = "Facturatie-export aan een gemeente (CSV): per persoon alleen naam, adres (huisnummer en "
            + "postcode), woonplaats, BSN en geleverde diensten in de periode; voor het secretariaat en de teamleider. "
            + "Elke persoon wordt vastgelegd als verstrekking (grondslag BILLING_CONTROL)",
            description = "Wie erin staat: de personen van dossiers waarvan het huishouden in de gemeente woont (behalve "
                    + "de rol 'overig'), als het dossier in de periode ten minste een dienst had. Een periode beslaat ten "
                    + "hoogste een jaar.")
    @ApiResponse(responseCode = "200", description = "De export: een kopregel en een regel per persoon, vijf kolommen",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    ResponseEntity<byte[]> billingExport(
            @Parameter(description = "De CBS-code van de gemeente", schema = @Schema(type = "string", maxLength = Checks.MAX_CODE,
                    example = "GM0344")) @RequestParam(required = false) String municipalityCode,
            @Parameter(description = "De eerste dag van de periode (jjjj-mm-dd)", schema = @Schema(type = "string",
                    format = "date", example = "2026-01-01")) @RequestParam(required = false) String from,
            @Parameter(description = "De laatste dag van de periode (jjjj-mm-dd); ten hoogste een jaar na from",
                    schema = @Schema(type = "string", format = "date", example = "2026-06-30"))
            @RequestParam(required = false) String to) {
        BillingExports.Export export = billing.export(municipalityCode, from, to);
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("facturatie-" + export.municipalityCode() + "-" + export.from() + "-" + export.to() + ".csv")
                        .build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(BillingCsv.of(export).getBytes(StandardCharsets.UTF_8));
    }

    @PostMapping("/api/v1/dossiers/{id}/region-transfers")
    @Operation(summary = "Draag het dossier over aan een andere Veilig Thuis-regio (het huishouden woont daar): de "
            + "meldingen en betrokkenen gaan als pakket mee, vastgelegd als verstrekking (grondslag "
            + "CHILD_PROTECTION_OTHER_VEILIG_THUIS), en het dossier sluit hier; geweigerd (409) zolang iets het dossier "
            + "openhoudt")
    @ApiResponse(responseCode = "201", description = "Overgedragen; Location noemt het pakket")
    ResponseEntity<RegionTransfers.Transfer> transfer(@PathVariable UUID id, @RequestBody @Valid RegionTransfers.NewTransfer request) {
        RegionTransfers.Transfer transfer = transfers.transfer(id, request);
        return ResponseEntity.created(URI.create("/api/v1/dossiers/" + id + "/region-transfers/" + transfer.id())).body(transfer);
    }

    @GetMapping("/api/v1/dossiers/{id}/region-transfers/{transferId}")
    @Operation(summary = "Het pakket van een overdracht aan een andere regio, zoals het is verzonden")
    RegionTransfers.TransferPackage transferPackage(@PathVariable UUID id, @PathVariable UUID transferId) {
        return transfers.transferPackage(id, transferId);
    }
}
