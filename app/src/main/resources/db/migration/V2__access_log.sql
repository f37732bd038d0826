-- The access log (NEN 7513): append-only and hash-chained.
-- Each entry's hash is SHA-256 over prev_hash and the entry's canonical form (see AccessLogEntry#canonicalForm),
-- so an edited, deleted, inserted or reordered entry breaks the chain. access_log_head holds the last link so that
-- removing entries at the end is detected as well.

CREATE TABLE access_log_entry (
    seq           bigint PRIMARY KEY CHECK (seq > 0),
    occurred_at   timestamptz NOT NULL,
    actor_id      uuid,
    actor_name    text        NOT NULL,
    actor_kind    text        NOT NULL CHECK (actor_kind IN ('PERSON', 'SERVICE_ACCOUNT', 'ANONYMOUS', 'SYSTEM')),
    on_behalf_of  text,
    role_used     text,
    action        text        NOT NULL,
    dossier_ids   uuid[]      NOT NULL DEFAULT '{}',
    person_ids    uuid[]      NOT NULL DEFAULT '{}',
    reason        text,
    client_ip     text,
    outcome       text        NOT NULL CHECK (outcome IN ('ALLOWED', 'DENIED')),
    request_id    text,
    prev_hash     text        NOT NULL CHECK (prev_hash ~ '^[0-9a-f]{64}$'),
    hash          text        NOT NULL CHECK (hash ~ '^[0-9a-f]{64}$')
);
CREATE INDEX access_log_entry_time ON access_log_entry (occurred_at);
CREATE INDEX access_log_entry_dossiers ON access_log_entry USING gin (dossier_ids);
CREATE INDEX access_log_entry_persons ON access_log_entry USING gin (person_ids);

CREATE TABLE access_log_head (
    id        integer PRIMARY KEY CHECK (id = 1),
    last_seq  bigint NOT NULL,
    last_hash text   NOT NULL
);
INSERT INTO access_log_head (id, last_seq, last_hash) VALUES (1, 0, repeat('0', 64));

-- Second line of defence after the privileges (afterMigrate.sql): even a role that was granted UPDATE or DELETE by
-- mistake cannot change entries. The owner can still drop this trigger; the hash chain reveals what it then does.
CREATE FUNCTION access_log_entry_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'access_log_entry is append-only' USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER access_log_entry_no_update BEFORE UPDATE OR DELETE ON access_log_entry
    FOR EACH ROW EXECUTE FUNCTION access_log_entry_is_append_only();
CREATE TRIGGER access_log_entry_no_truncate BEFORE TRUNCATE ON access_log_entry
    FOR EACH STATEMENT EXECUTE FUNCTION access_log_entry_is_append_only();

-- Alerts for the data protection officer, such as a broken chain found by the daily check.
CREATE TABLE integrity_alert (
    id           uuid PRIMARY KEY,
    raised_at    timestamptz NOT NULL,
    kind         text        NOT NULL,
    detail       text        NOT NULL,
    resolved_at  timestamptz,
    resolved_by  uuid REFERENCES staff_user (id)
);

CREATE TABLE access_log_check (
    id            uuid PRIMARY KEY,
    checked_at    timestamptz NOT NULL,
    valid         boolean     NOT NULL,
    checked       bigint      NOT NULL,
    first_broken  bigint
);
