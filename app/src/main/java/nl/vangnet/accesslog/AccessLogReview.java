package nl.vangnet.accesslog;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.vangnet.platform.BusinessRuleException;
import nl.vangnet.platform.DutchTime;
import nl.vangnet.staff.CurrentStaff;
import nl.vangnet.staff.Role;
import nl.vangnet.staff.StaffPrincipal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading and checking the access log. The FG reads all of it; a teamleider reads the entries of a dossier of their
 * own team. Reading the log is itself logged. The whole chain is checked daily; a broken chain raises an alert that
 * the FG sees on every page until it is resolved.
 */
@Service
public class AccessLogReview {

    public static final int MAX_LIMIT = 1000;
    /** The most entries an export or a client overview holds; narrow the period for more. */
    public static final int MAX_EXPORT = 10_000;
    private static final Logger log = LoggerFactory.getLogger(AccessLogReview.class);

    private final AccessLogStore store;
    private final AccessLog accessLog;
    private final DossierTeams dossierTeams;
    private final AccessLogRows rows;
    private final AccessLogLabels labels;
    private final JdbcClient jdbc;
    private final Clock clock;

    AccessLogReview(AccessLogStore store, AccessLog accessLog, DossierTeams dossierTeams, AccessLogRows rows,
            AccessLogLabels labels, JdbcClient jdbc, Clock clock) {
        this.rows = rows;
        this.labels = labels;
        this.store = store;
        this.accessLog = accessLog;
        this.dossierTeams = dossierTeams;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public List<AccessLogEntry> read(AccessLogQuery query) {
        authorise(query, AccessAction.ACCESS_LOG_READ, null);
        return store.find(query);
    }

    /** A page of the log as people read it (names, references), newest first; {@code next} continues it. */
    public record Page(List<AccessLogRow> rows, Long nextBeforeSeq) {
    }

    @Transactional
    public Page readRows(AccessLogQuery query) {
        Role role = authorise(query, AccessAction.ACCESS_LOG_READ, null);
        List<AccessLogEntry> entries = store.find(query);
        Long next = entries.size() == query.limit() ? entries.getLast().seq() : null;
        return new Page(rows.rows(entries, visibility(role, query)), next);
    }

    /** The log as a file (at most {@link #MAX_EXPORT} entries); the export itself is logged as such. */
    @Transactional
    public List<AccessLogRow> export(AccessLogQuery query) {
        Role role = authorise(query, AccessAction.EXPORT, "Export van het toegangslog (CSV)");
        return rows.rows(store.find(query.withLimit(MAX_EXPORT)), visibility(role, query));
    }

    /** Who looked at a person's file over a period (NEN 7513 client overview), with emergency access marked. */
    public record ClientOverview(UUID personId, String personName, Instant from, Instant to, List<AccessLogRow> accesses,
            boolean truncated) {
    }

    /**
     * Every access to one person's data in the period [from, to), also under the ids of merged duplicates. For the FG
     * only: it answers a person's request about their whole file, across every team's dossiers. Reading it is logged.
     */
    @Transactional
    public ClientOverview clientOverview(UUID personId, Instant from, Instant to) {
        StaffPrincipal me = CurrentStaff.get();
        if (!me.has(Role.DATA_PROTECTION_OFFICER)) {
            accessLog.denied(AccessAction.ACCESS_LOG_READ, Set.of(), Set.of(personId), null);
            throw new AccessDeniedException("client overview");
        }
        accessLog.allowed(AccessAction.ACCESS_LOG_READ, Role.DATA_PROTECTION_OFFICER, Set.of(), Set.of(personId),
                "Overzicht van de toegang tot de gegevens van een persoon");
        List<AccessLogEntry> entries = store.find(new AccessLogQuery(null, personId, from, to, null, MAX_EXPORT + 1));
        boolean truncated = entries.size() > MAX_EXPORT;
        List<AccessLogRow> accesses = rows.rows(truncated ? entries.subList(0, MAX_EXPORT) : entries, AccessLogRows.Visibility.ALL);
        return new ClientOverview(personId, labels.personNames(Set.of(personId)).get(personId), from, to, accesses, truncated);
    }

    /**
     * Every access to one person's data (NEN 7513 client overview), also under the ids of merged duplicates, at most
     * {@link #MAX_EXPORT} rows, newest first, for a copy or inspection of the person's data given on a rights request.
     * The caller has checked the access and logs it as the copy or inspection.
     */
    public List<AccessLogRow> overviewForRightsRequest(UUID personId) {
        List<AccessLogEntry> entries = store.find(new AccessLogQuery(null, personId, null, null, null, MAX_EXPORT));
        return rows.rows(entries, AccessLogRows.Visibility.ALL);
    }

    /** The id of the dossier with this reference, to filter the log on (the read that follows is authorised). */
    public Optional<UUID> dossierWithReference(String reference) {
        return labels.dossierWithReference(reference == null ? "" : reference.strip().toUpperCase(Locale.ROOT));
    }

    /**
     * Who may read what: the FG all of it; a teamleider the entries of one dossier of their own team. Logs the read
     * (or the refusal) with the action given.
     */
    private Role authorise(AccessLogQuery query, AccessAction action, String reason) {
        StaffPrincipal me = CurrentStaff.get();
        Set<UUID> dossiers = query.dossierId() == null ? Set.of() : Set.of(query.dossierId());
        Set<UUID> persons = query.personId() == null ? Set.of() : Set.of(query.personId());
        Role roleUsed;
        if (me.has(Role.DATA_PROTECTION_OFFICER)) {
            roleUsed = Role.DATA_PROTECTION_OFFICER;
        } else if (me.has(Role.TEAM_LEADER) && query.dossierId() == null) {
            throw new BusinessRuleException("dossierId", "Een teamleider bekijkt het toegangslog per dossier van het eigen team: geef een dossier op.");
        } else if (me.has(Role.TEAM_LEADER)
                && dossierTeams.teamOf(query.dossierId()).filter(me.teamIds()::contains).isPresent()) {
            roleUsed = Role.TEAM_LEADER;
        } else {
            accessLog.denied(action, dossiers, persons, null);
            throw new AccessDeniedException("access log");
        }
        if (query.limit() < 1 || query.limit() > MAX_LIMIT) {
            throw new BusinessRuleException("limit", "limit ligt tussen 1 en " + MAX_LIMIT + ".");
        }
        accessLog.allowed(action, roleUsed, dossiers, persons, reason);
        return roleUsed;
    }

    /**
     * The FG sees every name (the review and the rights of persons are their task); a teamleider sees the references
     * of their own team's dossiers and the names of the persons in the dossier they review, the rest counted.
     */
    private AccessLogRows.Visibility visibility(Role role, AccessLogQuery query) {
        if (role == Role.DATA_PROTECTION_OFFICER) {
            return AccessLogRows.Visibility.ALL;
        }
        Set<UUID> teams = CurrentStaff.get().teamIds();
        Set<UUID> persons = labels.personsOf(query.dossierId());
        return new AccessLogRows.Visibility(teams::contains, persons::contains);
    }

    /** Today in the Netherlands, by the injected clock (the default period of a client overview ends today). */
    public LocalDate today() {
        return DutchTime.today(clock);
    }

    /** Checks the whole chain now, on request of the FG. */
    @Transactional
    public ChainVerification verifyNow() {
        StaffPrincipal me = CurrentStaff.get();
        if (!me.has(Role.DATA_PROTECTION_OFFICER)) {
            accessLog.denied(AccessAction.ACCESS_LOG_VERIFY, Set.of(), Set.of(), null);
            throw new AccessDeniedException("access log verification");
        }
        accessLog.allowed(AccessAction.ACCESS_LOG_VERIFY, Role.DATA_PROTECTION_OFFICER, Set.of(), Set.of(), null);
        return checkAndRecord();
    }

    @Scheduled(cron = "${vangnet.access-log.check-cron:0 15 3 * * *}", zone = "Europe/Amsterdam")
    @Transactional
    public void dailyCheck() {
        ChainVerification result = checkAndRecord();
        // The head hash in the application log (archived elsewhere) anchors the chain outside the database.
        String head = jdbc.sql("SELECT last_seq || ':' || last_hash FROM access_log_head WHERE id = 1").query(String.class).single();
        log.info("Daily access log check: valid={} checked={} firstBrokenEntry={} head={}", result.valid(),
                result.checked(), result.firstBrokenEntry(), head);
    }

    private ChainVerification checkAndRecord() {
        ChainVerification result = store.verify();
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("INSERT INTO access_log_check (id, checked_at, valid, checked, first_broken) VALUES (:id, :t, :v, :c, :f)")
                .param("id", UUID.randomUUID()).param("t", now).param("v", result.valid()).param("c", result.checked())
                .param("f", result.firstBrokenEntry()).update();
        if (!result.valid()) {
            log.error("The access log chain is broken at entry {}", result.firstBrokenEntry());
            jdbc.sql("INSERT INTO integrity_alert (id, raised_at, kind, detail) VALUES (:id, :t, 'ACCESS_LOG_CHAIN', :d)")
                    .param("id", UUID.randomUUID()).param("t", now)
                    .param("d", "De keten van het toegangslog is verbroken bij regel " + result.firstBrokenEntry()
                            + " (" + result.checked() + " regels gecontroleerd).")
                    .update();
        }
        return result;
    }

    public List<IntegrityAlert> openAlerts() {
        return jdbc.sql("SELECT id, raised_at, detail FROM integrity_alert WHERE resolved_at IS NULL ORDER BY raised_at DESC")
                .query((rs, n) -> new IntegrityAlert(rs.getObject("id", UUID.class),
                        rs.getTimestamp("raised_at").toInstant(), rs.getString("detail")))
                .list();
    }

    @Transactional
    public void resolveAlert(UUID id) {
        StaffPrincipal me = CurrentStaff.get();
        if (!me.has(Role.DATA_PROTECTION_OFFICER)) {
            throw new AccessDeniedException("integrity alerts");
        }
        jdbc.sql("UPDATE integrity_alert SET resolved_at = :t, resolved_by = :u WHERE id = :id AND resolved_at IS NULL")
                .param("t", Timestamp.from(clock.instant())).param("u", me.id()).param("id", id).update();
    }

    public record IntegrityAlert(UUID id, Instant raisedAt, String detail) {
    }
}
