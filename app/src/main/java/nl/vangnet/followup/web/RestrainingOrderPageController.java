package nl.vangnet.followup.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import nl.vangnet.dossier.DossierAccess;
import nl.vangnet.dossier.DossierView;
import nl.vangnet.dossier.Dossiers;
import nl.vangnet.followup.RestrainingOrders;
import nl.vangnet.platform.BusinessRuleException;
import nl.vangnet.platform.InvalidInputException;
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
        try {
            orders.register(id, form.toNewOrder());
        } catch (InvalidInputException e) {
            Map<String, String> errors = FollowUpPages.errors(e.byField(), "");
            FollowUpPages.dateTimeFormat(errors, "startsAt", form.getStartsAt(), dateTimeFormat());
            FollowUpPages.dateTimeFormat(errors, "consultedAt", form.getConsultedAt(), dateTimeFormat());
            return refused(id, "register", errors, Map.of(), 400, model, response);
        }
        redirect.addFlashAttribute("saved", "restrainingOrder.registered");
        return "redirect:/dossiers/" + id + "/huisverbod";
    }

    @PostMapping("/dossiers/{id}/huisverbod/{orderId}/verlenging")
    String extend(@PathVariable UUID id, @PathVariable UUID orderId, @RequestParam(defaultValue = "") String totalDays,
            @RequestParam(defaultValue = "") String decidedAt, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        String suffix = "-" + orderId;
        Map<String, String> typed = Map.of("totalDays", totalDays, "decidedAt", decidedAt);
        try {
            orders.extend(id, orderId, days(totalDays), FollowUpPages.toOffset(decidedAt));
        } catch (InvalidInputException e) {
            Map<String, String> errors = FollowUpPages.errors(e.byField(), suffix);
            FollowUpPages.dateTimeFormat(errors, "decidedAt" + suffix, decidedAt, dateTimeFormat());
            return refused(id, "extend" + suffix, errors, typed, 400, model, response);
        } catch (BusinessRuleException e) {
            return refused(id, "extend" + suffix, Map.of((e.field() == null ? "verlenging" : e.field()) + suffix, e.getMessage()),
                    typed, 409, model, response);
        }
        redirect.addFlashAttribute("saved", "restrainingOrder.extended");
        return "redirect:/dossiers/" + id + "/huisverbod";
    }

    @PostMapping("/dossiers/{id}/huisverbod/{orderId}/veilig-thuis")
    String part(@PathVariable UUID id, @PathVariable UUID orderId, @RequestParam(defaultValue = "") String helpStarted,
            @RequestParam(defaultValue = "") String contacts, @RequestParam(defaultValue = "") String lastingDecisions,
            RedirectAttributes redirect) {
        orders.recordPart(id, orderId, helpStarted, contacts, lastingDecisions);
        redirect.addFlashAttribute("saved", "restrainingOrder.partSaved");
        return "redirect:/dossiers/" + id + "/huisverbod";
    }

    /** The page again with the refused form's messages at its fields and what was typed in it. */
    private String refused(UUID id, String form, Map<String, String> errors, Map<String, String> typed, int status,
            Model model, HttpServletResponse response) {
        response.setStatus(status);
        model.addAttribute("failed", form);
        model.addAttribute("errors", errors);
        model.addAttribute("typed", typed);
        return page(id, model);
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
