package nl.vangnet.followup.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import nl.vangnet.dossier.DossierAccess;
import nl.vangnet.dossier.DossierView;
import nl.vangnet.dossier.Dossiers;
import nl.vangnet.followup.RestrainingOrders;
import nl.vangnet.platform.PageForm;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The temporary restraining order of a dossier: its orders with end and days left, the registration, the mayor's
 * extension decision and Veilig Thuis's part. The service checks need to know, logs, and refuses with Dutch messages.
 */
@Controller
class RestrainingOrderPageController {

    private final RestrainingOrders orders;
    private final Dossiers dossiers;
    private final MessageSource messages;

    RestrainingOrderPageController(RestrainingOrders orders, Dossiers dossiers, MessageSource messages) {
        this.orders = orders;
        this.dossiers = dossiers;
        this.messages = messages;
    }

    /**
     * An order as the page shows it: with its length in days from the start, the end before any extension, and
     * whether an extension can still be decided (before the end, and shorter than the maximum).
     */
    record OrderRow(RestrainingOrders.Order order, long totalDays, Instant initialEnd, boolean extendable) {

        static OrderRow of(RestrainingOrders.Order order) {
            long days = RestrainingOrders.daysBetween(order.startsAt(), order.endsAt());
            return new OrderRow(order, days, RestrainingOrders.endAfter(order.startsAt(), RestrainingOrders.INITIAL.toDays()),
                    !order.ended() && days < RestrainingOrders.MAXIMUM.toDays());
        }
    }

    @GetMapping("/dossiers/{id}/huisverbod")
    String page(@PathVariable UUID id, Model model) {
        DossierView dossier = dossiers.open(id);
        model.addAttribute("dossier", dossier);
        model.addAttribute("persons", FollowUpPages.persons(dossier));
        model.addAttribute("names", FollowUpPages.names(dossier));
        model.addAttribute("orders", orders.ofDossier(id).stream().map(OrderRow::of).toList());
        model.addAttribute("canAct", dossiers.access(id).map(DossierAccess::worksOnCase).orElse(false));
        if (!model.containsAttribute("registration")) {
            model.addAttribute("registration", new RestrainingOrderForm());
        }
        return "followup/restraining-orders";
    }

    @PostMapping("/dossiers/{id}/huisverbod")
    String register(@PathVariable UUID id, @ModelAttribute("registration") RestrainingOrderForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return PageForm.of(model, response).keep("failed", "register").keep("typed", Map.of())
                .errors(byField -> {
                    Map<String, String> errors = FollowUpPages.errors(byField, "");
                    FollowUpPages.dateTimeFormat(errors, "startsAt", form.getStartsAt(), dateTimeFormat());
                    FollowUpPages.dateTimeFormat(errors, "consultedAt", form.getConsultedAt(), dateTimeFormat());
                    return errors;
                })
                .submit(() -> {
                    orders.register(id, form.toNewOrder());
                    return PageForm.saved(redirect, "restrainingOrder.registered", "/dossiers/" + id + "/huisverbod");
                }, () -> page(id, model));
    }

    @PostMapping("/dossiers/{id}/huisverbod/{orderId}/verlenging")
    String extend(@PathVariable UUID id, @PathVariable UUID orderId, @RequestParam(defaultValue = "") String totalDays,
            @RequestParam(defaultValue = "") String decidedAt, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        String suffix = "-" + orderId;
        return PageForm.of(model, response).keep("failed", "extend" + suffix)
                .keep("typed", Map.of("totalDays", totalDays, "decidedAt", decidedAt)).rules("verlenging", 409)
                .errors(byField -> {
                    Map<String, String> errors = FollowUpPages.errors(byField, suffix);
                    FollowUpPages.dateTimeFormat(errors, "decidedAt" + suffix, decidedAt, dateTimeFormat());
                    return errors;
                })
                .submit(() -> {
                    orders.extend(id, orderId, days(totalDays), FollowUpPages.toOffset(decidedAt));
                    return PageForm.saved(redirect, "restrainingOrder.extended", "/dossiers/" + id + "/huisverbod");
                }, () -> page(id, model));
    }

    @PostMapping("/dossiers/{id}/huisverbod/{orderId}/veilig-thuis")
    String part(@PathVariable UUID id, @PathVariable UUID orderId, @RequestParam(defaultValue = "") String helpStarted,
            @RequestParam(defaultValue = "") String contacts, @RequestParam(defaultValue = "") String lastingDecisions,
            RedirectAttributes redirect) {
        orders.recordPart(id, orderId, helpStarted, contacts, lastingDecisions);
        return PageForm.saved(redirect, "restrainingOrder.partSaved", "/dossiers/" + id + "/huisverbod");
    }

    /** The total number of days as typed; what is no whole number the service refuses as missing. */
    private static Long days(String typed) {
        try {
            return Long.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private String dateTimeFormat() {
        return messages.getMessage("followup.dateTimeFormat", null, LocaleContextHolder.getLocale());
    }
}
