package nl.vangnet.accesslog.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import nl.vangnet.accesslog.AccessLogEntry;
import nl.vangnet.accesslog.AccessLogQuery;
import nl.vangnet.accesslog.AccessLogReview;
import nl.vangnet.accesslog.ChainVerification;
import nl.vangnet.platform.BusinessRuleException;
import nl.vangnet.platform.Checks;
import nl.vangnet.platform.DutchTime;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/access-log")
@Tag(name = "Toegangslog", description = "Het toegangslog (NEN 7513): lezen en de keten controleren")
class AccessLogApiController {

    static final ZoneId AMSTERDAM = DutchTime.ZONE;
    private final AccessLogReview review;

    AccessLogApiController(AccessLogReview review) {
        this.review = review;
    }

    @GetMapping
    @Operation(summary = "Regels van het toegangslog, nieuwste eerst",
            description = "Voor de FG; een teamleider alleen met een dossierId van een dossier van het eigen team. "
                    + "from en to zijn datums (inclusief, Nederlandse tijd). Het lezen wordt zelf gelogd.")
    AccessLogPage list(@RequestParam(required = false) UUID dossierId, @RequestParam(required = false) UUID personId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long beforeSeq,
            @RequestParam(defaultValue = "100") int limit) {
        Checks.plausible("from", from);
        Checks.plausible("to", to);
        if (limit < 1 || limit > 1000) {
            throw new BusinessRuleException("limit", "Geef een limit van 1 tot en met 1000.");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new BusinessRuleException("to", "De einddatum ligt voor de begindatum.");
        }
        List<AccessLogEntry> entries = review.read(new AccessLogQuery(dossierId, personId,
                from == null ? null : from.atStartOfDay(AMSTERDAM).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(AMSTERDAM).toInstant(), beforeSeq, limit));
        Long next = entries.size() == limit ? entries.getLast().seq() : null;
        return new AccessLogPage(entries, next);
    }

    @GetMapping("/verify")
    @Operation(summary = "Controleer de hele hashketen van het toegangslog (alleen FG)")
    ChainVerification verify() {
        return review.verifyNow();
    }

    record AccessLogPage(List<AccessLogEntry> entries, Long nextBeforeSeq) {
    }
}
