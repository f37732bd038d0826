-- Issue 13 §4: destruction of a dossier after its retention period (Wmo 2015 art. 5.3.4: 20 years after the last
-- change) and on a granted request of a person in it (Wmo 2015 art. 5.3.2-5.3.5), approved by the FG or a teamleider
-- the FG mandated, and recorded without content.

-- A legal hold keeps a dossier off every destruction list until the FG lifts it.
CREATE TABLE legal_hold (
    dossier_id uuid        PRIMARY KEY REFERENCES dossier (id),
    reason     text        NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
    set_by     uuid        NOT NULL REFERENCES staff_user (id),
    set_at     timestamptz NOT NULL
);

-- A teamleider the FG mandated to approve destruction lists.
CREATE TABLE destruction_mandate (
    user_id    uuid        PRIMARY KEY REFERENCES staff_user (id),
    granted_by uuid        NOT NULL REFERENCES staff_user (id),
    granted_at timestamptz NOT NULL
);

-- A list of dossiers to destroy: drawn up monthly (the dossiers past their retention end) or for one granted request.
CREATE TABLE destruction_list (
    id               uuid PRIMARY KEY,
    basis            text        NOT NULL CHECK (basis IN ('RETENTION_EXPIRED', 'REQUEST')),
    drawn_up_on      date        NOT NULL,
    status           text        NOT NULL CHECK (status IN ('OPEN', 'APPROVED', 'REJECTED')),
    decided_by       uuid REFERENCES staff_user (id),
    decided_at       timestamptz,
    rejection_reason text CHECK (length(rejection_reason) <= 2000),
    created_at       timestamptz NOT NULL,
    CHECK ((status = 'OPEN') = (decided_at IS NULL))
);

-- The dossiers on a list: ids and references only (a destroyed dossier's id stays here as it stays in the access log).
CREATE TABLE destruction_list_item (
    list_id           uuid        NOT NULL REFERENCES destruction_list (id),
    dossier_id        uuid        NOT NULL,
    reference         text        NOT NULL,
    retention_until   date,
    due_on            date        NOT NULL,
    rights_request_id uuid,
    taken_off_reason  text CHECK (length(taken_off_reason) <= 2000),
    taken_off_by      uuid REFERENCES staff_user (id),
    destroyed_on      date,
    PRIMARY KEY (list_id, dossier_id)
);
CREATE INDEX destruction_list_item_dossier ON destruction_list_item (dossier_id);

-- The fact of a destruction: reference, date, legal basis, who approved. No content, no names.
CREATE TABLE destruction_record (
    id                uuid PRIMARY KEY,
    dossier_id        uuid        NOT NULL,
    dossier_reference text        NOT NULL,
    destroyed_on      date        NOT NULL,
    legal_basis       text        NOT NULL CHECK (legal_basis IN ('RETENTION_EXPIRED', 'REQUEST')),
    list_id           uuid        NOT NULL REFERENCES destruction_list (id),
    approved_by       uuid        NOT NULL REFERENCES staff_user (id),
    approved_at       timestamptz NOT NULL,
    persons_destroyed integer     NOT NULL,
    persons_kept      integer     NOT NULL
);

-- The journal and the register of disclosures are append-only for the runtime role (afterMigrate.sql keeps revoking
-- UPDATE and DELETE). Destruction removes them through these functions only: owned by the migration owner, each
-- deleting the rows of one dossier (and the destroyed persons' rows of the register), callable by the runtime role.
-- journal_destroy_dossier is the journal module's, disclosure_destroy_dossier the disclosure module's.
CREATE FUNCTION journal_destroy_dossier(d uuid) RETURNS void
    LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$
    DELETE FROM journal_entry_person WHERE entry_id IN (SELECT id FROM journal_entry WHERE dossier_id = d);
    DELETE FROM journal_entry WHERE dossier_id = d;
$$;
REVOKE ALL ON FUNCTION journal_destroy_dossier(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION journal_destroy_dossier(uuid) TO ${appRole};

CREATE FUNCTION disclosure_destroy_dossier(d uuid, persons uuid[]) RETURNS void
    LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$
    DELETE FROM disclosure_person WHERE person_id = ANY (persons)
        OR disclosure_id IN (SELECT id FROM disclosure WHERE dossier_id = d);
    DELETE FROM disclosure WHERE dossier_id = d;
$$;
REVOKE ALL ON FUNCTION disclosure_destroy_dossier(uuid, uuid[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION disclosure_destroy_dossier(uuid, uuid[]) TO ${appRole};
