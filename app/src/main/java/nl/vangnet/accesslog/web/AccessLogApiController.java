package nl.vangnet.accesslog.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import nl.vangnet.accesslog.AccessAction;
import nl.vangnet.accesslog.AccessLogEntry;
import nl.vangnet.accesslog.AccessLogQuery;
import nl.vangnet.accesslog.AccessLogReview;
import nl.vangnet.accesslog.AccessLogRow;
import nl.vangnet.accesslog.AccessOutcome;
import nl.vangnet.accesslog.ChainVerification;
import nl.vangnet.platform.BusinessRuleException;
import nl.vangnet.platform.Checks;
import nl.vangnet.platform.DutchTime;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Toegangslog", description = "Het toegangslog (NEN 7513): lezen en de keten controleren")
class AccessLogApiController {

    static final ZoneId AMSTERDAM = DutchTime.ZONE;
    private final AccessLogReview review;

    AccessLogApiController(AccessLogReview review) {
        this.review = review;
    }

    @GetMapping("/api/v1/access-log")
    @Operation(summary = "Regels van het toegangslog, nieuwste eerst",
            description = "Voor de FG; een teamleider alleen met een dossierId van een dossier van het eigen team. "
                    + "from en to zijn datums (inclusief, Nederlandse tijd). Het lezen wordt zelf gelogd.")
    AccessLogPage list(@RequestParam(required = false) UUID dossierId, @RequestParam(required = false) UUID personId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long beforeSeq,
            @RequestParam(defaultValue = "100") int limit,
            @Parameter(description = "Wie handelde: de gebruikersnaam, of (een deel van) de naam")
            @RequestParam(required = false) @Size(max = Checks.MAX_SHORT_TEXT) String actor,
            @RequestParam(required = false) AccessAction action, @RequestParam(required = false) AccessOutcome outcome) {
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
                to == null ? null : to.plusDays(1).atStartOfDay(AMSTERDAM).toInstant(), beforeSeq, limit,
                actor == null || actor.isBlank() ? null : actor, action, outcome));
        Long next = entries.size() == limit ? entries.getLast().seq() : null;
        return new AccessLogPage(entries, next);
    }

    @GetMapping("/api/v1/access-log/verify")
    @Operation(summary = "Controleer de hele hashketen van het toegangslog (alleen FG)")
    ChainVerification verify() {
        return review.verifyNow();
    }

    @GetMapping("/api/v1/persons/{id}/access-overview")
    @Operation(summary = "Wie keek in het dossier van deze persoon (NEN 7513-cliëntoverzicht; alleen FG)",
            description = "Elke toegang tot de gegevens van de persoon in de periode, ook onder de kenmerken van samengevoegde "
                    + "dubbele registraties; noodtoegang gemarkeerd. from en to zijn datums (inclusief, Nederlandse tijd); "
                    + "zonder periode het laatste jaar. Het lezen wordt zelf gelogd.")
    ClientOverviewAnswer accessOverview(@PathVariable UUID id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        Period period = period(from, to, review.today());
        AccessLogReview.ClientOverview overview = review.clientOverview(id, period.fromInstant(), period.toInstant());
        return new ClientOverviewAnswer(id, overview.personName(), period.from(), period.to(), overview.accesses(),
                overview.truncated());
    }

    /** A period of whole Dutch days, [from, to] inclusive; the last year up to today when not given. */
    record Period(LocalDate from, LocalDate to) {
        Instant fromInstant() {
            return from.atStartOfDay(AMSTERDAM).toInstant();
        }

        Instant toInstant() {
            return to.plusDays(1).atStartOfDay(AMSTERDAM).toInstant();
        }
    }

    static Period period(LocalDate from, LocalDate to, LocalDate today) {
        Checks.plausible("from", from);
        Checks.plausible("to", to);
        LocalDate end = to != null ? to : today;
        LocalDate start = from != null ? from : end.minusYears(1);
        if (end.isBefore(start)) {
            throw new BusinessRuleException("to", "De einddatum ligt voor de begindatum.");
        }
        return new Period(start, end);
    }

    record AccessLogPage(List<AccessLogEntry> entries, Long nextBeforeSeq) {
    }

    record ClientOverviewAnswer(UUID personId, @Schema(description = "De naam van de persoon") String personName,
            LocalDate from, LocalDate to, List<AccessLogRow> accesses,
            @Schema(description = "true als er meer dan " + AccessLogReview.MAX_EXPORT + " regels zijn: kies een kortere periode")
            boolean truncated) {
    }
}
