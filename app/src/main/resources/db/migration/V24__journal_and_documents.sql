-- Issue 11 §2: the dossier's journal (contacts and notes) and its documents, each about persons of the dossier.

-- journal: an entry is never changed or deleted (afterMigrate.sql revokes both); a correction is a new entry that
-- names the entry it corrects.
CREATE TABLE journal_entry (
    id               uuid PRIMARY KEY,
    dossier_id       uuid        NOT NULL REFERENCES dossier (id),
    occurred_at      timestamptz NOT NULL,
    kind             text        NOT NULL CHECK (kind IN ('PHONE_CALL', 'HOME_VISIT', 'OFFICE_CONVERSATION',
                                                          'CONSULTATION', 'LETTER', 'EMAIL', 'OTHER')),
    with_whom        text,
    summary          text        NOT NULL,
    whole_household  boolean     NOT NULL,
    corrects_id      uuid REFERENCES journal_entry (id),
    written_by       uuid        NOT NULL REFERENCES staff_user (id),
    written_at       timestamptz NOT NULL
);
CREATE INDEX journal_entry_dossier ON journal_entry (dossier_id, occurred_at);

CREATE TABLE journal_entry_person (
    entry_id   uuid NOT NULL REFERENCES journal_entry (id),
    person_id  uuid NOT NULL REFERENCES person (id),
    PRIMARY KEY (entry_id, person_id)
);
CREATE INDEX journal_entry_person_person ON journal_entry_person (person_id);

-- document: a file scanned for viruses before it was stored, with its SHA-256 checksum.
CREATE TABLE document (
    id           uuid PRIMARY KEY,
    dossier_id   uuid        NOT NULL REFERENCES dossier (id),
    kind         text        NOT NULL,
    file_name    text        NOT NULL,
    media_type   text        NOT NULL,
    size_bytes   bigint      NOT NULL CHECK (size_bytes > 0 AND size_bytes <= 26214400),
    sha256       text        NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    content      bytea       NOT NULL,
    stored_by    uuid        REFERENCES staff_user (id),
    stored_at    timestamptz NOT NULL
);
CREATE INDEX document_dossier ON document (dossier_id, stored_at);

CREATE TABLE document_person (
    document_id  uuid NOT NULL REFERENCES document (id),
    person_id    uuid NOT NULL REFERENCES person (id),
    PRIMARY KEY (document_id, person_id)
);
CREATE INDEX document_person_person ON document_person (person_id);
