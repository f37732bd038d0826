package nl.vangnet.accesslog;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Appends entries to the chain and reads it back. Appending locks the chain's head row until the transaction ends,
 * so concurrent writers queue and still produce one unbroken chain; the lock is taken just before commit, so it is
 * held only briefly.
 */
@Component
class AccessLogStore {

    static final int VERIFY_BATCH = 5_000;

    private final JdbcClient jdbc;

    private final PersonIdentities persons;

    AccessLogStore(JdbcClient jdbc, PersonIdentities persons) {
        this.jdbc = jdbc;
        this.persons = persons;
    }

    void append(List<AccessLogEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        Object[] head = jdbc.sql("SELECT last_seq, last_hash FROM access_log_head WHERE id = 1 FOR UPDATE")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).single();
        long seq = (long) head[0];
        String hash = (String) head[1];
        for (AccessLogEntry entry : entries) {
            AccessLogEntry chained = entry.chainedTo(++seq, hash);
            insert(chained);
            hash = chained.hash();
        }
        jdbc.sql("UPDATE access_log_head SET last_seq = :s, last_hash = :h WHERE id = 1")
                .param("s", seq).param("h", hash).update();
    }

    private void insert(AccessLogEntry e) {
        jdbc.sql("""
                INSERT INTO access_log_entry (seq, occurred_at, actor_id, actor_name, actor_kind, on_behalf_of, role_used,
                    action, dossier_ids, person_ids, reason, client_ip, outcome, request_id, prev_hash, hash)
                VALUES (:seq, :at, :actorId, :actorName, :actorKind, :onBehalfOf, :role, :action,
                    CAST(:dossiers AS uuid[]), CAST(:persons AS uuid[]), :reason, :ip, :outcome, :requestId, :prev, :hash)""")
                .param("seq", e.seq()).param("at", Timestamp.from(e.occurredAt())).param("actorId", e.actorId())
                .param("actorName", e.actorName()).param("actorKind", e.actorKind()).param("onBehalfOf", e.onBehalfOf())
                .param("role", e.roleUsed()).param("action", e.action().name())
                .param("dossiers", arrayLiteral(e.dossierIds())).param("persons", arrayLiteral(e.personIds()))
                .param("reason", e.reason()).param("ip", e.clientIp()).param("outcome", e.outcome().name())
                .param("requestId", e.requestId()).param("prev", e.prevHash()).param("hash", e.hash())
                .update();
    }

    /** Walks the whole chain in order and reports the first entry that does not fit. */
    ChainVerification verify() {
        long expectedSeq = 1;
        String previousHash = AccessLogEntry.GENESIS_HASH;
        long checked = 0;
        while (true) {
            List<AccessLogEntry> batch = jdbc.sql("SELECT * FROM access_log_entry WHERE seq >= :from ORDER BY seq LIMIT :n")
                    .param("from", expectedSeq).param("n", VERIFY_BATCH).query(AccessLogStore::map).list();
            for (AccessLogEntry entry : batch) {
                checked++;
                if (entry.seq() != expectedSeq || !entry.prevHash().equals(previousHash)
                        || !entry.hash().equals(entry.computeHash())) {
                    return new ChainVerification(false, checked, Math.min(entry.seq(), expectedSeq));
                }
                previousHash = entry.hash();
                expectedSeq++;
            }
            if (batch.size() < VERIFY_BATCH) {
                break;
            }
        }
        // Entries removed from the end leave the head pointing past the last one found.
        Object[] head = jdbc.sql("SELECT last_seq, last_hash FROM access_log_head WHERE id = 1")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).single();
        if ((long) head[0] != expectedSeq - 1 || !head[1].equals(previousHash)) {
            return new ChainVerification(false, checked, Math.min(expectedSeq, (long) head[0]));
        }
        return new ChainVerification(true, checked, null);
    }

    List<AccessLogEntry> find(AccessLogQuery query) {
        StringBuilder sql = new StringBuilder("SELECT * FROM access_log_entry WHERE true");
        var params = new HashMap<String, Object>();
        if (query.dossierId() != null) {
            sql.append(" AND dossier_ids @> ARRAY[CAST(:dossier AS uuid)]");
            params.put("dossier", query.dossierId());
        }
        if (query.personId() != null) {
            // Also under the ids of duplicate records merged into this person (V15): the log keeps the old ids.
            var ids = new ArrayList<UUID>(persons.formerIdsOf(query.personId()));
            ids.add(0, query.personId());
            sql.append(" AND person_ids && CAST(ARRAY[:persons] AS uuid[])");
            params.put("persons", ids);
        }
        if (query.from() != null) {
            sql.append(" AND occurred_at >= :from");
            params.put("from", Timestamp.from(query.from()));
        }
        if (query.to() != null) {
            sql.append(" AND occurred_at < :to");
            params.put("to", Timestamp.from(query.to()));
        }
        if (query.actor() != null && !query.actor().isBlank()) {
            // Who acted: the username as logged, or (part of) their display name; LIKE's wildcards typed are literal.
            String typed = query.actor().strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\")
                    .replace("%", "\\%").replace("_", "\\_");
            sql.append(" AND (lower(actor_name) = :actorExact OR actor_id IN (SELECT id FROM staff_name"
                    + " WHERE lower(display_name) LIKE :actorLike))");
            params.put("actorExact", query.actor().strip().toLowerCase(Locale.ROOT));
            params.put("actorLike", "%" + typed + "%");
        }
        if (query.action() != null) {
            sql.append(" AND action = :action");
            params.put("action", query.action().name());
        }
        if (query.outcome() != null) {
            sql.append(" AND outcome = :outcome");
            params.put("outcome", query.outcome().name());
        }
        if (query.beforeSeq() != null) {
            sql.append(" AND seq < :before");
            params.put("before", query.beforeSeq());
        }
        sql.append(" ORDER BY seq DESC LIMIT :limit");
        params.put("limit", query.limit());
        return jdbc.sql(sql.toString()).params(params).query(AccessLogStore::map).list();
    }

    private static AccessLogEntry map(ResultSet rs, int n) throws SQLException {
        return new AccessLogEntry(rs.getLong("seq"), rs.getTimestamp("occurred_at").toInstant(),
                rs.getObject("actor_id", UUID.class), rs.getString("actor_name"), rs.getString("actor_kind"),
                rs.getString("on_behalf_of"), rs.getString("role_used"), AccessAction.valueOf(rs.getString("action")),
                uuids(rs.getArray("dossier_ids")), uuids(rs.getArray("person_ids")), rs.getString("reason"),
                rs.getString("client_ip"), AccessOutcome.valueOf(rs.getString("outcome")), rs.getString("request_id"),
                rs.getString("prev_hash"), rs.getString("hash"));
    }

    private static List<UUID> uuids(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return new ArrayList<>(Arrays.stream((Object[]) array.getArray()).map(UUID.class::cast).toList());
    }

    private static String arrayLiteral(List<UUID> ids) {
        return "{" + String.join(",", ids.stream().map(UUID::toString).toList()) + "}";
    }
}
