package nl.vangnet.accesslog.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.vangnet.accesslog.AccessAction;
import nl.vangnet.accesslog.AccessLogQuery;
import nl.vangnet.accesslog.AccessLogReview;
import nl.vangnet.accesslog.AccessOutcome;
import nl.vangnet.platform.BusinessRuleException;
import nl.vangnet.platform.DutchTime;
import nl.vangnet.platform.Text;
import nl.vangnet.staff.CurrentStaff;
import nl.vangnet.staff.Role;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The access log for the FG and teamleiders: filtered (dossier by reference, person, period, user, action, outcome),
 * paged, exported to CSV; the chain check and integrity alerts; and, for the FG, who looked at a person's file.
 */
@Controller
class AccessLogPageController {

    static final int PAGE_SIZE = 50;

    private final AccessLogReview review;
    private final MessageSource messages;

    AccessLogPageController(AccessLogReview review, MessageSource messages) {
        this.review = review;
        this.messages = messages;
    }

    /** The filters as typed (the page shows them again and carries them into the next page and the export). */
    record Filters(String dossier, String personId, LocalDate from, LocalDate to, String actor, String action,
            String outcome) {
    }

    @GetMapping("/toegangslog")
    String page(@RequestParam(required = false) String dossier, @RequestParam(required = false) String personId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String actor, @RequestParam(required = false) String action,
            @RequestParam(required = false) String outcome, @RequestParam(required = false) Long before,
            Model model) {
        Filters filters = new Filters(Text.blankToNull(dossier), Text.blankToNull(personId), from, to,
                Text.blankToNull(actor), Text.blankToNull(action), Text.blankToNull(outcome));
        model.addAttribute("filters", filters);
        model.addAttribute("actions", AccessAction.values());
        model.addAttribute("outcomes", AccessOutcome.values());
        boolean fg = CurrentStaff.get().has(Role.DATA_PROTECTION_OFFICER);
        model.addAttribute("fg", fg);
        boolean searched = Arrays.asList(dossier, personId, actor, action, outcome).stream().anyMatch(v -> v != null && !v.isBlank())
                || from != null || to != null;
        if (fg || searched) {
            Map<String, String> errors = new LinkedHashMap<>();
            try {
                AccessLogQuery query = query(filters, before, PAGE_SIZE, errors);
                if (errors.isEmpty()) {
                    AccessLogReview.Page page = review.readRows(query);
                    model.addAttribute("rows", page.rows());
                    model.addAttribute("next", page.nextBeforeSeq());
                }
            } catch (BusinessRuleException e) {
                errors.put(e.field() == null || e.field().equals("dossierId") ? "dossier" : e.field(), e.getMessage());
            } catch (AccessDeniedException e) {
                // A teamleider asked for a dossier of another team (or none that exists): the refusal is logged.
                errors.put("dossier", "U bekijkt het toegangslog alleen van dossiers van uw eigen team.");
            }
            model.addAttribute("errors", errors);
        }
        return "accesslog/access-log";
    }

    /** The same filters as a CSV file (Dutch Excel: semicolons, UTF-8 with BOM); the export is logged. */
    @GetMapping("/toegangslog/export")
    void export(@RequestParam(required = false) String dossier, @RequestParam(required = false) String personId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String actor, @RequestParam(required = false) String action,
            @RequestParam(required = false) String outcome, HttpServletResponse response) throws IOException {
        Map<String, String> errors = new LinkedHashMap<>();
        AccessLogQuery query = query(new Filters(Text.blankToNull(dossier), Text.blankToNull(personId), from, to,
                Text.blankToNull(actor), Text.blankToNull(action), Text.blankToNull(outcome)), null, PAGE_SIZE, errors);
        if (!errors.isEmpty()) {
            throw new BusinessRuleException(errors.keySet().iterator().next(), errors.values().iterator().next());
        }
        String csv = AccessLogCsv.of(review.export(query), this::label);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"toegangslog.csv\"");
        response.getOutputStream().write(csv.getBytes(StandardCharsets.UTF_8));
    }

    /** Who looked at this person's file (NEN 7513 client overview), for the FG; the last year unless a period is given. */
    @GetMapping("/toegangslog/personen/{personId}")
    String clientOverview(@PathVariable UUID personId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
        AccessLogApiController.Period period = AccessLogApiController.period(from, to, review.today());
        model.addAttribute("from", period.from());
        model.addAttribute("to", period.to());
        model.addAttribute("overview", review.clientOverview(personId, period.fromInstant(), period.toInstant()));
        return "accesslog/client-overview";
    }

    @PostMapping("/toegangslog/controle")
    String verify(RedirectAttributes redirect) {
        redirect.addFlashAttribute("verification", review.verifyNow());
        return "redirect:/toegangslog";
    }

    @PostMapping("/toegangslog/meldingen/{id}/afgehandeld")
    String resolve(@PathVariable UUID id) {
        review.resolveAlert(id);
        return "redirect:/toegangslog";
    }

    private AccessLogQuery query(Filters f, Long before, int limit, Map<String, String> errors) {
        UUID dossierId = null;
        if (f.dossier() != null) {
            dossierId = parseUuid(f.dossier());
            if (dossierId == null) {
                dossierId = review.dossierWithReference(f.dossier()).orElse(null);
                if (dossierId == null) {
                    errors.put("dossier", CurrentStaff.get().has(Role.DATA_PROTECTION_OFFICER)
                            ? "Er is geen dossier met dit kenmerk (bijvoorbeeld VT-2026-000123)."
                            : "U bekijkt het toegangslog alleen van dossiers van uw eigen team.");
                }
            }
        }
        UUID person = null;
        if (f.personId() != null) {
            person = parseUuid(f.personId());
            if (person == null) {
                errors.put("personId", "Dit is geen geldig kenmerk van een persoon.");
            }
        }
        if (f.from() != null && f.to() != null && f.to().isBefore(f.from())) {
            errors.put("to", "De einddatum ligt voor de begindatum.");
        }
        AccessAction action = parseEnum(AccessAction.class, f.action(), "action", errors);
        AccessOutcome outcome = parseEnum(AccessOutcome.class, f.outcome(), "outcome", errors);
        Instant fromInstant = f.from() == null ? null : f.from().atStartOfDay(DutchTime.ZONE).toInstant();
        Instant toInstant = f.to() == null ? null : f.to().plusDays(1).atStartOfDay(DutchTime.ZONE).toInstant();
        return new AccessLogQuery(dossierId, person, fromInstant, toInstant, before, limit, f.actor(), action, outcome);
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String value, String field, Map<String, String> errors) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.put(field, "Kies een waarde uit de lijst.");
            return null;
        }
    }

    private static UUID parseUuid(String value) {
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private String label(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
