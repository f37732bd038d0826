-- Issue 12 §5: the exchanges with a fixed shape (module exchange). A VIR signal holds only the child's BSN, Veilig
-- Thuis's name and contact details and the date; a transfer to another Veilig Thuis region keeps the package that
-- was sent. Each is registered as a disclosure (V29) in the same transaction. The billing export keeps nothing of
-- its own: its disclosures (one per person) are its record.

CREATE TABLE vir_signal (
    id                     uuid PRIMARY KEY,
    dossier_id             uuid        NOT NULL REFERENCES dossier (id),
    person_id              uuid        NOT NULL REFERENCES person (id),
    bsn                    char(9)     NOT NULL CHECK (bsn ~ '^[0-9]{9}$'),
    index_name             text        NOT NULL CHECK (index_name IN ('VIR', 'ESAR')),
    organisation_name      text        NOT NULL CHECK (length(organisation_name) BETWEEN 1 AND 200),
    organisation_phone     text        CHECK (length(organisation_phone) <= 200),
    organisation_email     text        CHECK (length(organisation_email) <= 200),
    signalled_on           date        NOT NULL,
    created_by             uuid        NOT NULL REFERENCES staff_user (id),
    created_at             timestamptz NOT NULL
);
CREATE INDEX vir_signal_dossier ON vir_signal (dossier_id);

CREATE TABLE region_transfer (
    id                     uuid PRIMARY KEY,
    dossier_id             uuid        NOT NULL REFERENCES dossier (id),
    target_region_code     text        NOT NULL CHECK (length(target_region_code) BETWEEN 1 AND 20),
    target_region_name     text        NOT NULL CHECK (length(target_region_name) BETWEEN 1 AND 200),
    transferred_on         date        NOT NULL,
    package                jsonb       NOT NULL,
    created_by             uuid        NOT NULL REFERENCES staff_user (id),
    created_at             timestamptz NOT NULL
);
CREATE INDEX region_transfer_dossier ON region_transfer (dossier_id);
