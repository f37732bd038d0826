package nl.vangnet.followup;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.vangnet.accesslog.AccessAction;
import nl.vangnet.accesslog.AccessLog;
import nl.vangnet.calendar.Deadline;
import nl.vangnet.dossier.DossierAccess;
import nl.vangnet.dossier.Dossiers;
import nl.vangnet.platform.BusinessRuleException;
import nl.vangnet.platform.Checks;
import nl.vangnet.platform.DutchTime;
import nl.vangnet.platform.FreeText;
import nl.vangnet.platform.NotFoundException;
import nl.vangnet.platform.Text;
import nl.vangnet.staff.CurrentStaff;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;


/**
 * The temporary restraining order (tijdelijk huisverbod): registered when the mayor imposes it; it lasts 10 days and
 * an extension decision can lengthen it to at most 28 days from the start. Veilig Thuis records its part: the
 * consultation before the order (mandatory when child abuse is the reason), the help started, the contacts, and what
 * is decided to stop the violence for good.
 */
@Service
public class RestrainingOrders {

    public static final Duration INITIAL = Duration.ofDays(10);
    public static final Duration MAXIMUM = Duration.ofDays(28);
    /** The order's end as a statutory period: the mayor may extend it; it cannot be suspended. */
    public static final Deadline.Kind END = new Deadline.Kind("RESTRAINING_ORDER_END",
            "Wet tijdelijk huisverbod art. 2 en 9: 10 dagen, door de burgemeester te verlengen tot ten hoogste 28 dagen", false);
    /** The mayor's extension decision; its reasons are in the decision, which Veilig Thuis does not record. */
    static final String EXTENSION_REASON = "Verlengingsbesluit van de burgemeester";

    private static final String UNREADABLE_MOMENT = "Geef datum en tijd met tijdzone, bijvoorbeeld 2026-11-23T21:30:00+01:00.";

    private final JdbcClient jdbc;
    private final Dossiers dossiers;
    private final AccessLog accessLog;
    private final Clock clock;

    RestrainingOrders(JdbcClient jdbc, Dossiers dossiers, AccessLog accessLog, Clock clock) {
        this.jdbc = jdbc;
        this.dossiers = dossiers;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    public record Order(UUID id, UUID dossierId, Instant startsAt, Instant endsAt, UUID orderedOut, List<UUID> protectedPersons,
            boolean childAbuseReason, Instant consultedAt, @FreeText String consultationSummary, @FreeText String helpStarted, @FreeText String contacts,
            @FreeText String lastingDecisions, int extensions, long daysLeft, boolean ended) {

        /** Where the order stands. */
        public RestrainingOrderState state() {
            return RestrainingOrderState.of(ended);
        }
    }

    public record NewOrder(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "date-time", description = Checks.MOMENT_RANGE + " Niet in de toekomst.",
                    example = "2026-05-09T18:00:00+02:00") String startsAt,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "uuid", description = "De uit huis geplaatste volwassene, een betrokkene van dit dossier",
                    example = "7a9c1e3f-5b7d-4f1a-8c3e-5a7c9e1b3d5f") String orderedOutPersonId,
            @ArraySchema(arraySchema = @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Ten minste één andere betrokkene van dit dossier"),
                    schema = @Schema(format = "uuid", example = "2f4e6a8c-0b1d-4e3f-a5b7-c9d1e3f5a7b9"))
            List<String> protectedPersonIds,
            @Schema(example = "true") Boolean childAbuseReason,
            @Schema(format = "date-time", description = Checks.MOMENT_RANGE + " Nodig als childAbuseReason true is.",
                    example = "2026-05-09T16:30:00+02:00") String consultedAt,
            @Schema(example = "De politie overlegde over de kinderen; Veilig Thuis adviseerde het huisverbod.")
            @Size(max = Checks.MAX_TEXT) String consultationSummary) {
    }

    /**
     * The end of an order that lasts the given number of days from its start, counted as calendar days in Dutch
     * local time (DOMAIN.md: an order imposed at 18:00 ends at 18:00, also across a change of summer or winter time);
     * more than 28 is refused.
     */
    public static Instant endAfter(Instant start, long totalDays) {
        if (totalDays < 1 || Duration.ofDays(totalDays).compareTo(MAXIMUM) > 0) {
            throw Checks.refusal("totalDays", "Een tijdelijk huisverbod duurt ten hoogste 28 dagen vanaf de start.");
        }
        return start.atZone(DutchTime.ZONE).plusDays(totalDays).toInstant();
    }

    /** How many calendar days (Dutch local time) an order runs from its start to its end. */
    public static long daysBetween(Instant start, Instant end) {
        return ChronoUnit.DAYS.between(start.atZone(DutchTime.ZONE),
                end.atZone(DutchTime.ZONE));
    }

    @Transactional
    public Order register(UUID dossierId, NewOrder in) {
        DossierAccess access = require(dossierId);
        Checks v = new Checks();
        Instant start = v.moment("startsAt", in.startsAt(), "Vul datum en tijd in.", UNREADABLE_MOMENT);
        if (start != null && start.isAfter(clock.instant().plusSeconds(60))) {
            v.reject("startsAt", "Het huisverbod kan niet in de toekomst ingaan.");
        }
        Set<UUID> members = Set.copyOf(dossiers.personsOf(dossierId).stream()
                .map(p -> p.personId()).toList());
        UUID out = person(v, "orderedOutPersonId", in.orderedOutPersonId());
        if (out != null && !members.contains(out)) {
            v.reject("orderedOutPersonId", "Kies de uit huis geplaatste volwassene uit de betrokkenen van dit dossier.");
        }
        List<UUID> protectedIds = new ArrayList<>();
        for (String p : in.protectedPersonIds() == null ? List.<String>of() : in.protectedPersonIds()) {
            UUID id = person(v, "protectedPersonIds", p);
            if (id != null && (!members.contains(id) || id.equals(out))) {
                v.reject("protectedPersonIds", "Beschermd zijn andere betrokkenen van dit dossier dan de uit huis geplaatste.");
            } else if (id != null) {
                protectedIds.add(id);
            }
        }
        if (protectedIds.isEmpty() && v.ok("protectedPersonIds")) {
            v.reject("protectedPersonIds", "Kies de gezinsleden die het huisverbod beschermt.");
        }
        boolean childAbuse = Boolean.TRUE.equals(in.childAbuseReason());
        Instant consulted = v.moment("consultedAt", in.consultedAt(), null, UNREADABLE_MOMENT);
        if (childAbuse && consulted == null && v.ok("consultedAt")) {
            v.reject("consultedAt",
                    "Bij kindermishandeling als reden is het consult van Veilig Thuis vóór het huisverbod verplicht: leg vast wanneer het was.");
        }
        v.throwIfInvalid();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO restraining_order (id, dossier_id, starts_at, ends_at, ordered_out_person_id, protected_person_ids,
                    child_abuse_reason, consulted_at, consultation_summary, registered_by, registered_at)
                VALUES (:id, :d, :s, :e, :out, CAST(:prot AS uuid[]), :child, :cons, :summary, :by, :now)""")
                .param("id", id).param("d", dossierId).param("s", Timestamp.from(start))
                .param("e", Timestamp.from(endAfter(start, INITIAL.toDays()))).param("out", out)
                .param("prot", "{" + String.join(",", protectedIds.stream().map(UUID::toString).toList()) + "}")
                .param("child", childAbuse).param("cons", consulted == null ? null : Timestamp.from(consulted))
                .param("summary", Text.blankToNull(in.consultationSummary())).param("by", CurrentStaff.get().id())
                .param("now", Timestamp.from(clock.instant())).update();
        List<UUID> persons = new ArrayList<>(protectedIds);
        persons.add(out);
        accessLog.allowed(AccessAction.CREATE, access.role(), Set.of(dossierId), persons, access.logReason());
        return find(id);
    }

    /** The mayor's extension decision: the order then lasts {@code totalDays} from its start, at most 28. */
    @Transactional
    public Order extend(UUID dossierId, UUID orderId, Long totalDays, String decidedAt) {
        // Lock the order before reading its end: a concurrent extension waits and then sees this one's result.
        jdbc.sql("SELECT id FROM restraining_order WHERE id = :id FOR UPDATE").param("id", orderId).query(UUID.class).list();
        Order order = find(dossierId, orderId);
        DossierAccess access = require(order.dossierId());
        if (totalDays == null) {
            throw Checks.refusal("totalDays", "Geef de totale duur in dagen vanaf de start.");
        }
        Instant newEnd = endAfter(order.startsAt(), totalDays);
        if (!newEnd.isAfter(order.endsAt())) {
            throw new BusinessRuleException("totalDays", "Een verlenging maakt het huisverbod langer dan het nu duurt.");
        }
        order.state().extend();
        Checks v = new Checks();
        Instant decided = v.moment("decidedAt", decidedAt, null, UNREADABLE_MOMENT);
        // The mayor decides an extension while the order runs: not before its start, not after its end, not later than now.
        if (decided != null && (decided.isBefore(order.startsAt()) || !decided.isBefore(order.endsAt())
                || decided.isAfter(clock.instant().plusSeconds(60)))) {
            v.reject("decidedAt",
                    "Een verlenging wordt besloten terwijl het huisverbod loopt: na de start, vóór het einde, en niet in de toekomst.");
        }
        v.throwIfInvalid();
        Deadline.Extension extension = period(order).extend(Deadline.Due.at(newEnd), EXTENSION_REASON, CurrentStaff.get().id(),
                decided == null ? clock.instant() : decided).extensions().getLast();
        jdbc.sql("UPDATE restraining_order SET ends_at = :e WHERE id = :id").param("e", Timestamp.from(newEnd)).param("id", orderId).update();
        jdbc.sql("""
                INSERT INTO restraining_order_extension (id, order_id, decided_at, old_ends_at, new_ends_at, registered_by, registered_at)
                VALUES (:id, :o, :d, :old, :new, :by, :now)""")
                .param("id", UUID.randomUUID()).param("o", orderId)
                .param("d", Timestamp.from(extension.decidedAt()))
                .param("old", Timestamp.from(extension.from().at())).param("new", Timestamp.from(extension.to().at()))
                .param("by", extension.decidedBy()).param("now", Timestamp.from(clock.instant())).update();
        accessLog.allowed(AccessAction.UPDATE, access.role(), Set.of(order.dossierId()), List.of(), access.logReason());
        return find(orderId);
    }

    /** Veilig Thuis's part during the order: the help started, the contacts, and the lasting decisions. */
    @Transactional
    public Order recordPart(UUID dossierId, UUID orderId, String helpStarted, String contacts, String lastingDecisions) {
        Order order = find(dossierId, orderId);
        DossierAccess access = require(order.dossierId());
        order.state().recordPart();
        jdbc.sql("UPDATE restraining_order SET help_started = :h, contacts = :c, lasting_decisions = :l WHERE id = :id")
                .param("h", Text.blankToNull(helpStarted)).param("c", Text.blankToNull(contacts)).param("l", Text.blankToNull(lastingDecisions))
                .param("id", orderId).update();
        accessLog.allowed(AccessAction.UPDATE, access.role(), Set.of(order.dossierId()), List.of(), access.logReason());
        return find(orderId);
    }

    @Transactional
    public List<Order> ofDossier(UUID dossierId) {
        DossierAccess access = dossiers.requireAccess(dossierId, AccessAction.READ);
        List<Order> orders = jdbc.sql("SELECT id FROM restraining_order WHERE dossier_id = :d ORDER BY starts_at")
                .param("d", dossierId).query(UUID.class).list().stream().map(this::find).toList();
        accessLog.allowed(AccessAction.READ, access.role(), Set.of(dossierId), List.of(), access.logReason());
        return access.present(orders);
    }


    /** Orders that have not ended, in dossiers the caller works on or leads, for the work list (end first). */
    List<Order> running(boolean team) {
        var me = CurrentStaff.get();
        return jdbc.sql("""
                SELECT o.id FROM restraining_order o JOIN dossier_ref d ON d.id = o.dossier_id WHERE o.ends_at > :now AND %s
                ORDER BY o.ends_at""".formatted(team ? "d.team_id IN (:teams)"
                        : "EXISTS (SELECT 1 FROM dossier_worker a WHERE a.dossier_id = d.id AND a.user_id = :me)"))
                .param("now", Timestamp.from(clock.instant()))
                .param("teams", me.teamIdsOrNone()).param("me", me.id())
                .query(UUID.class).list().stream().map(this::find).toList();
    }

    /** The order's end as a statutory period: from its start, ending at its (extended) end. */
    static Deadline period(Order order) {
        return Deadline.of(END, LocalDate.ofInstant(order.startsAt(), DutchTime.ZONE), Deadline.Due.at(order.endsAt()));
    }

    /** The order, if it belongs to the dossier named in the request. */
    Order find(UUID dossierId, UUID id) {
        Order order = find(id);
        if (!order.dossierId().equals(dossierId)) {
            throw new NotFoundException("Dit huisverbod bestaat niet in dit dossier.");
        }
        return order;
    }

    Order find(UUID id) {
        Instant now = clock.instant();
        return jdbc.sql("""
                SELECT o.*, (SELECT count(*) FROM restraining_order_extension e WHERE e.order_id = o.id) AS extensions
                FROM restraining_order o WHERE o.id = :id""")
                .param("id", id)
                .query((rs, n) -> {
                    Instant end = rs.getTimestamp("ends_at").toInstant();
                    Deadline period = Deadline.of(END, LocalDate.ofInstant(rs.getTimestamp("starts_at").toInstant(), DutchTime.ZONE),
                            Deadline.Due.at(end));
                    return new Order(id, rs.getObject("dossier_id", UUID.class), rs.getTimestamp("starts_at").toInstant(), end,
                            rs.getObject("ordered_out_person_id", UUID.class),
                            Arrays.stream((Object[]) rs.getArray("protected_person_ids").getArray()).map(UUID.class::cast).toList(),
                            rs.getBoolean("child_abuse_reason"),
                            rs.getTimestamp("consulted_at") == null ? null : rs.getTimestamp("consulted_at").toInstant(),
                            rs.getString("consultation_summary"), rs.getString("help_started"), rs.getString("contacts"),
                            rs.getString("lasting_decisions"), rs.getInt("extensions"),
                            Math.max(0, (long) Math.ceil(Duration.between(now, end).toHours() / 24.0)), period.reached(clock));
                })
                .optional().orElseThrow(() -> new NotFoundException("Dit huisverbod bestaat niet."));
    }


    private DossierAccess require(UUID dossierId) {
        return dossiers.requireAccess(dossierId, AccessAction.UPDATE, DossierAccess::worksOnCase);
    }

    private static UUID person(Checks v, String field, String value) {
        return v.id(field, value, "Kies een betrokkene.", "Dit is geen geldig kenmerk van een betrokkene.");
    }

}
