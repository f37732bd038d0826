package nl.vangnet.retention;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.vangnet.accesslog.AccessAction;
import nl.vangnet.accesslog.AccessLog;
import nl.vangnet.calendar.WorkingDays;
import nl.vangnet.dossier.DossierDestruction;
import nl.vangnet.platform.BusinessRuleException;
import nl.vangnet.platform.Checks;
import nl.vangnet.platform.DutchTime;
import nl.vangnet.platform.NotFoundException;
import nl.vangnet.platform.Traces;
import nl.vangnet.staff.CurrentStaff;
import nl.vangnet.staff.Role;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Destruction lists: drawn up monthly from the closed dossiers past their retention end that are not under a legal
 * hold, or for one dossier when a request to destroy it is granted (due three calendar months after the request's
 * receipt, Atw end rule); approved by the FG or a mandated teamleider and then executed in the same transaction, one
 * destruction record per dossier; or rejected with a reason; or a dossier taken off with a reason.
 */
@Service
public class DestructionLists {

    private final JdbcClient jdbc;
    private final DossierDestruction destruction;
    private final RetentionAuthority authority;
    private final AccessLog accessLog;
    private final Traces traces;
    private final WorkingDays calendar;
    private final Clock clock;

    DestructionLists(JdbcClient jdbc, DossierDestruction destruction, RetentionAuthority authority, AccessLog accessLog,
            Traces traces, WorkingDays calendar, Clock clock) {
        this.jdbc = jdbc;
        this.destruction = destruction;
        this.authority = authority;
        this.accessLog = accessLog;
        this.traces = traces;
        this.calendar = calendar;
        this.clock = clock;
    }

    /**
     * The monthly job (the first of the month, at night): a list of the closed dossiers past their retention end, not
     * under a legal hold and not on an open list already. Empty when there are none; "now" is the injected clock.
     */
    @Scheduled(cron = "${vangnet.retention.cron:0 30 2 1 * *}", zone = "Europe/Amsterdam")
    @Transactional
    public Optional<UUID> drawUpMonthlyList() {
        LocalDate today = DutchTime.today(clock);
        Set<UUID> held = new HashSet<>(jdbc.sql("SELECT dossier_id FROM legal_hold").query(UUID.class).list());
        Set<UUID> listed = new HashSet<>(jdbc.sql("""
                SELECT i.dossier_id FROM destruction_list_item i JOIN destruction_list l ON l.id = i.list_id
                WHERE l.status = 'OPEN' AND i.taken_off_reason IS NULL""").query(UUID.class).list());
        List<DossierDestruction.PastRetention> due = destruction.pastRetention(today).stream()
                .filter(d -> !held.contains(d.dossierId()) && !listed.contains(d.dossierId())).toList();
        if (due.isEmpty()) {
            return Optional.empty();
        }
        UUID id = newList(LegalBasis.RETENTION_EXPIRED, today);
        for (DossierDestruction.PastRetention d : due) {
            addItem(id, d.dossierId(), d.reference(), d.retentionUntil(), today, null);
        }
        return Optional.of(id);
    }

    /**
     * A granted request to destroy the dossier: a list of this one dossier, due three calendar months after the
     * request was received. Called in the decision's transaction (rights.DestructionGranted).
     */
    @Transactional
    public UUID requested(UUID dossierId, UUID rightsRequestId, LocalDate receivedOn) {
        String reference = destruction.referenceOf(dossierId).orElseThrow(() -> new NotFoundException("Dit dossier bestaat niet."));
        UUID id = newList(LegalBasis.REQUEST, DutchTime.today(clock));
        addItem(id, dossierId, reference, null, calendar.afterMonths(receivedOn, 3), rightsRequestId);
        return id;
    }

    /** The open lists and the destructions done, for the FG or a mandated teamleider; one LIST entry in the log. */
    @Transactional
    public RetentionViews.Due due() {
        Role role = authority.requireApprover(AccessAction.LIST, Set.of());
        List<RetentionViews.DestructionList> lists = lists("l.status = 'OPEN'", null);
        List<RetentionViews.Record> records = jdbc.sql("""
                SELECT r.dossier_reference, r.destroyed_on, r.legal_basis, s.display_name, r.approved_at,
                       r.persons_destroyed, r.persons_kept
                FROM destruction_record r LEFT JOIN staff_name s ON s.id = r.approved_by
                ORDER BY r.approved_at DESC, r.dossier_reference LIMIT 500""")
                .query((rs, n) -> {
                    LegalBasis basis = LegalBasis.valueOf(rs.getString("legal_basis"));
                    return new RetentionViews.Record(rs.getString("dossier_reference"),
                            rs.getObject("destroyed_on", LocalDate.class), basis, basis.text(), rs.getString("display_name"),
                            rs.getTimestamp("approved_at").toInstant(), rs.getInt("persons_destroyed"), rs.getInt("persons_kept"));
                }).list();
        Set<UUID> listed = lists.stream().flatMap(l -> l.items().stream()).map(RetentionViews.Item::dossierId)
                .collect(Collectors.toSet());
        accessLog.allowed(AccessAction.LIST, role, listed, List.of(), null);
        return new RetentionViews.Due(lists, records);
    }

    /**
     * Approves a list and executes it at once (each dossier destroyed in this transaction, with its record), or
     * rejects it with a reason. A dossier under a legal hold refuses the approval (409): take it off first. A dossier
     * changed since the list was drawn up (no longer past its retention end) is taken off, not destroyed.
     */
    @Transactional
    public RetentionViews.DestructionList decide(UUID listId, RetentionInput.Approval in) {
        Role role = authority.requireApprover(AccessAction.DESTROY, onList(listId));
        Checks v = new Checks();
        Decision decision = v.enumValue("decision", in.decision(), Decision.class,
                "Kies of u de lijst goedkeurt of afwijst.", true);
        String reason = v.text("reason", in.reason(), RetentionInput.MAX_REASON);
        if (decision == Decision.REJECTED && reason == null) {
            v.reject("reason", "Vul in waarom u de lijst afwijst.");
        }
        v.throwIfInvalid();
        ListRow list = lockOpen(listId);
        List<ItemRow> items = items(listId).stream().filter(i -> i.takenOffReason() == null && i.destroyedOn() == null).toList();
        Set<UUID> ids = items.stream().map(ItemRow::dossierId).collect(Collectors.toSet());
        Instant now = clock.instant();
        UUID me = CurrentStaff.get().id();
        if (decision == Decision.REJECTED) {
            jdbc.sql("UPDATE destruction_list SET status = 'REJECTED', decided_by = :me, decided_at = :now, rejection_reason = :r WHERE id = :id")
                    .param("me", me).param("now", Timestamp.from(now)).param("r", reason).param("id", listId).update();
            accessLog.allowed(AccessAction.UPDATE, role, ids, List.of(), null);
            return lists("l.id = :id", listId).getFirst();
        }
        Set<UUID> held = new HashSet<>(jdbc.sql("SELECT dossier_id FROM legal_hold").query(UUID.class).list());
        for (ItemRow item : items) {
            if (held.contains(item.dossierId())) {
                throw new BusinessRuleException("Dossier " + item.reference() + " staat onder een juridische bewaarplicht "
                        + "(legal hold) en mag niet worden vernietigd: haal het eerst van de lijst.");
            }
        }
        LocalDate today = DutchTime.today(clock);
        Map<UUID, LocalDate> stillPast = destruction.pastRetention(today).stream()
                .collect(Collectors.toMap(DossierDestruction.PastRetention::dossierId, DossierDestruction.PastRetention::retentionUntil));
        for (ItemRow item : items) {
            Optional<String> found = destruction.referenceOf(item.dossierId());
            if (found.isEmpty()) {
                takeOffItem(listId, item.dossierId(), "Het dossier was al vernietigd.", me);
                continue;
            }
            if (list.basis() == LegalBasis.RETENTION_EXPIRED && !stillPast.containsKey(item.dossierId())) {
                takeOffItem(listId, item.dossierId(), "Niet meer over de bewaartermijn: het dossier is na het opstellen "
                        + "van de lijst gewijzigd of heropend.", me);
                continue;
            }
            Set<UUID> persons = destruction.personsOf(item.dossierId());
            String reference = found.get();
            DossierDestruction.Destroyed done;
            try {
                done = destruction.destroy(item.dossierId());
            } catch (DataIntegrityViolationException e) {
                // Something outside the dossier still names one of its persons: nothing of the list is destroyed.
                throw new BusinessRuleException("Dossier " + reference + " kan niet worden vernietigd: gegevens buiten het dossier verwijzen nog naar een van zijn "
                        + "personen. Er is niets vernietigd; neem het dossier van de lijst en meld het aan applicatiebeheer.");
            }
            Set<UUID> traced = new HashSet<>(persons);
            traced.add(item.dossierId());
            traces.forgetMentioning(traced);
            jdbc.sql("""
                    INSERT INTO destruction_record (id, dossier_id, dossier_reference, destroyed_on, legal_basis, list_id,
                        approved_by, approved_at, persons_destroyed, persons_kept)
                    VALUES (:id, :dossier, :reference, :today, :basis, :list, :me, :now, :destroyed, :kept)""")
                    .param("id", UUID.randomUUID()).param("dossier", item.dossierId()).param("reference", done.reference())
                    .param("today", today).param("basis", list.basis().name()).param("list", listId).param("me", me)
                    .param("now", Timestamp.from(now)).param("destroyed", done.personsDestroyed().size())
                    .param("kept", done.personsKept().size()).update();
            jdbc.sql("UPDATE destruction_list_item SET destroyed_on = :today WHERE list_id = :l AND dossier_id = :d")
                    .param("today", today).param("l", listId).param("d", item.dossierId()).update();
            accessLog.allowed(AccessAction.DESTROY, role, Set.of(item.dossierId()), persons, list.basis().name());
        }
        jdbc.sql("UPDATE destruction_list SET status = 'APPROVED', decided_by = :me, decided_at = :now, rejection_reason = :r WHERE id = :id")
                .param("me", me).param("now", Timestamp.from(now)).param("r", reason).param("id", listId).update();
        return lists("l.id = :id", listId).getFirst();
    }

    /** Takes one dossier off an open list, with the reason (the FG or a mandated teamleider). */
    @Transactional
    public RetentionViews.DestructionList takeOff(UUID listId, UUID dossierId, RetentionInput.TakeOff in) {
        Role role = authority.requireApprover(AccessAction.UPDATE, Set.of(dossierId));
        Checks v = new Checks();
        String reason = v.required("reason", in.reason(), "Vul in waarom het dossier van de lijst gaat.");
        v.max("reason", reason, RetentionInput.MAX_REASON);
        v.throwIfInvalid();
        lockOpen(listId);
        boolean onList = items(listId).stream().anyMatch(i -> i.dossierId().equals(dossierId) && i.destroyedOn() == null);
        if (!onList) {
            throw new NotFoundException("Dit dossier staat niet op deze lijst.");
        }
        takeOffItem(listId, dossierId, reason, CurrentStaff.get().id());
        accessLog.allowed(AccessAction.UPDATE, role, Set.of(dossierId), List.of(), null);
        return lists("l.id = :id", listId).getFirst();
    }

    enum Decision { APPROVED, REJECTED }

    private record ListRow(UUID id, LegalBasis basis, String status) {
    }

    private record ItemRow(UUID dossierId, String reference, LocalDate retentionUntil, LocalDate dueOn,
            String takenOffReason, LocalDate destroyedOn) {
    }

    private Set<UUID> onList(UUID listId) {
        return new HashSet<>(jdbc.sql("SELECT dossier_id FROM destruction_list_item WHERE list_id = :l AND destroyed_on IS NULL")
                .param("l", listId).query(UUID.class).list());
    }

    private ListRow lockOpen(UUID listId) {
        ListRow list = jdbc.sql("SELECT id, basis, status FROM destruction_list WHERE id = :id FOR UPDATE").param("id", listId)
                .query((rs, n) -> new ListRow(rs.getObject("id", UUID.class), LegalBasis.valueOf(rs.getString("basis")),
                        rs.getString("status"))).optional()
                .orElseThrow(() -> new NotFoundException("Deze vernietigingslijst bestaat niet."));
        if (!"OPEN".equals(list.status())) {
            throw new BusinessRuleException("Over deze lijst is al beslist.");
        }
        return list;
    }

    private UUID newList(LegalBasis basis, LocalDate today) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO destruction_list (id, basis, drawn_up_on, status, created_at) VALUES (:id, :basis, :today, 'OPEN', :now)")
                .param("id", id).param("basis", basis.name()).param("today", today).param("now", Timestamp.from(clock.instant()))
                .update();
        return id;
    }

    private void addItem(UUID listId, UUID dossierId, String reference, LocalDate retentionUntil, LocalDate dueOn,
            UUID rightsRequestId) {
        jdbc.sql("""
                INSERT INTO destruction_list_item (list_id, dossier_id, reference, retention_until, due_on, rights_request_id)
                VALUES (:l, :d, :ref, :until, :due, :rr)""")
                .param("l", listId).param("d", dossierId).param("ref", reference).param("until", retentionUntil)
                .param("due", dueOn).param("rr", rightsRequestId).update();
    }

    private void takeOffItem(UUID listId, UUID dossierId, String reason, UUID by) {
        jdbc.sql("UPDATE destruction_list_item SET taken_off_reason = :r, taken_off_by = :by WHERE list_id = :l AND dossier_id = :d")
                .param("r", reason).param("by", by).param("l", listId).param("d", dossierId).update();
    }

    private List<ItemRow> items(UUID listId) {
        return jdbc.sql("""
                SELECT dossier_id, reference, retention_until, due_on, taken_off_reason, destroyed_on
                FROM destruction_list_item WHERE list_id = :l ORDER BY due_on, reference""").param("l", listId)
                .query((rs, n) -> new ItemRow(rs.getObject("dossier_id", UUID.class), rs.getString("reference"),
                        rs.getObject("retention_until", LocalDate.class), rs.getObject("due_on", LocalDate.class),
                        rs.getString("taken_off_reason"), rs.getObject("destroyed_on", LocalDate.class))).list();
    }

    private List<RetentionViews.DestructionList> lists(String where, UUID id) {
        LocalDate today = DutchTime.today(clock);
        Set<UUID> held = new HashSet<>(jdbc.sql("SELECT dossier_id FROM legal_hold").query(UUID.class).list());
        var query = jdbc.sql("""
                SELECT l.id, l.basis, l.drawn_up_on, l.status, s.display_name, l.decided_at, l.rejection_reason
                FROM destruction_list l LEFT JOIN staff_name s ON s.id = l.decided_by WHERE %s
                ORDER BY l.drawn_up_on, l.created_at""".formatted(where));
        if (id != null) {
            query = query.param("id", id);
        }
        List<RetentionViews.DestructionList> result = new ArrayList<>();
        for (ListHead head : query.query(DestructionLists::head).list()) {
            List<RetentionViews.Item> items = items(head.id()).stream().map(i -> new RetentionViews.Item(i.dossierId(),
                    i.reference(), i.retentionUntil(), i.dueOn(),
                    head.basis() == LegalBasis.REQUEST && i.destroyedOn() == null && i.takenOffReason() == null
                            && today.isAfter(i.dueOn()),
                    held.contains(i.dossierId()), i.takenOffReason(), i.destroyedOn())).toList();
            result.add(new RetentionViews.DestructionList(head.id(), head.basis(), head.drawnUpOn(), head.status(),
                    head.decidedBy(), head.decidedAt(), head.rejectionReason(), items));
        }
        return result;
    }

    private record ListHead(UUID id, LegalBasis basis, LocalDate drawnUpOn, String status, String decidedBy,
            Instant decidedAt, String rejectionReason) {
    }

    private static ListHead head(ResultSet rs, int n) throws SQLException {
        Timestamp decided = rs.getTimestamp("decided_at");
        return new ListHead(rs.getObject("id", UUID.class), LegalBasis.valueOf(rs.getString("basis")),
                rs.getObject("drawn_up_on", LocalDate.class), rs.getString("status"), rs.getString("display_name"),
                decided == null ? null : decided.toInstant(), rs.getString("rejection_reason"));
    }
}
