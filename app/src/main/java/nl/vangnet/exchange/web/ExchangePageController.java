package nl.vangnet.exchange.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import nl.vangnet.exchange.BillingCsv;
import nl.vangnet.exchange.BillingExports;
import nl.vangnet.exchange.ExchangeChoices;
import nl.vangnet.exchange.RegionTransfers;
import nl.vangnet.exchange.VirSignals;
import nl.vangnet.platform.PageForm;
import nl.vangnet.region.Regions;
import nl.vangnet.staff.CurrentStaff;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The dossier's exchanges (a VIR signal for a child, the transfer to another region) and the billing export's page
 * (a form for the secretariaat and the teamleider whose answer is the CSV file).
 */
@Controller
class ExchangePageController {

    private final ExchangeChoices choices;
    private final VirSignals signals;
    private final RegionTransfers transfers;
    private final BillingExports billing;
    private final Regions regions;

    ExchangePageController(ExchangeChoices choices, VirSignals signals, RegionTransfers transfers, BillingExports billing,
            Regions regions) {
        this.choices = choices;
        this.signals = signals;
        this.transfers = transfers;
        this.billing = billing;
        this.regions = regions;
    }

    @GetMapping("/dossiers/{id}/uitwisseling")
    String page(@PathVariable UUID id, Model model) {
        model.addAttribute("choices", choices.of(id));
        return "exchange/exchanges";
    }

    @PostMapping("/dossiers/{id}/uitwisseling/vir")
    String signal(@PathVariable UUID id, @RequestParam(defaultValue = "") String personId, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return PageForm.of(model, response).keep("personId", personId).rules("personId", 409)
                .submit(() -> {
                    signals.send(id, new VirSignals.NewSignal(personId));
                    return PageForm.saved(redirect, "exchange.vir.saved", "/dossiers/" + id + "/uitwisseling");
                }, () -> page(id, model));
    }

    @PostMapping("/dossiers/{id}/uitwisseling/overdracht")
    String transfer(@PathVariable UUID id, @RequestParam(defaultValue = "") String regionCode, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return PageForm.of(model, response).keep("regionCode", regionCode).rules("regionCode", 409)
                .submit(() -> {
                    transfers.transfer(id, new RegionTransfers.NewTransfer(regionCode));
                    return PageForm.saved(redirect, "exchange.transfer.saved", "/dossiers/" + id + "/uitwisseling");
                }, () -> page(id, model));
    }

    @GetMapping("/facturatie")
    String billingPage(Model model) {
        if (!BillingExports.mayExport(CurrentStaff.get())) {
            throw new AccessDeniedException("billing export");
        }
        model.addAttribute("municipalities", regions.municipalitiesIn(regions.ownRegionCode()));
        return "exchange/billing";
    }

    /** The export as a download; a refused form is the page again with the reasons at the fields. */
    @PostMapping("/facturatie")
    String billingExport(@RequestParam(defaultValue = "") String municipalityCode, @RequestParam(defaultValue = "") String from,
            @RequestParam(defaultValue = "") String to, Model model, HttpServletResponse response) {
        return PageForm.of(model, response).keep("municipalityCode", municipalityCode).keep("from", from).keep("to", to)
                .submit(() -> {
                    BillingExports.Export export = billing.export(municipalityCode, from, to);
                    response.setContentType("text/csv;charset=UTF-8");
                    response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                            .filename("facturatie-" + export.municipalityCode() + "-" + export.from() + "-" + export.to() + ".csv")
                            .build().toString());
                    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
                    try {
                        response.getOutputStream().write(BillingCsv.of(export).getBytes(StandardCharsets.UTF_8));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    return null;
                }, () -> billingPage(model));
    }
}
