-- Issue 13 §3: restriction of processing while correctness is disputed (AVG art. 18), the own statement
-- (eigen verklaring) and correction, each set in motion by a granted rights request.

-- person_restriction (person module): a person's data may not be processed (edited, sent, exported) while a
-- restriction is not lifted; reading stays allowed. Set by a granted RESTRICTION request, lifted by the FG's decision
-- (who, when, why). The rights request is named by id only (the person module sits below the rights module).
CREATE TABLE person_restriction (
    id                uuid PRIMARY KEY,
    person_id         uuid        NOT NULL REFERENCES person (id),
    rights_request_id uuid        NOT NULL UNIQUE,
    since             date        NOT NULL,
    restricted_by     uuid        NOT NULL REFERENCES staff_user (id),
    restricted_at     timestamptz NOT NULL,
    lifted_on         date,
    lifted_by         uuid REFERENCES staff_user (id),
    lifted_at         timestamptz,
    lift_reason       text CHECK (length(lift_reason) BETWEEN 1 AND 5000),
    CHECK ((lifted_on IS NULL) = (lifted_by IS NULL) AND (lifted_on IS NULL) = (lifted_at IS NULL)
           AND (lifted_on IS NULL) = (lift_reason IS NULL)),
    CHECK (lifted_on IS NULL OR lifted_on >= since)
);

CREATE INDEX person_restriction_active ON person_restriction (person_id) WHERE lifted_on IS NULL;

-- own_statement (dossier module): the person's own statement, added to the dossier by a granted OWN_STATEMENT
-- request, shown with the data it disputes (the person's registered data, a journal entry, a document or a report).
CREATE TABLE own_statement (
    id                uuid PRIMARY KEY,
    dossier_id        uuid        NOT NULL REFERENCES dossier (id),
    person_id         uuid        NOT NULL REFERENCES person (id),
    rights_request_id uuid        NOT NULL UNIQUE,
    statement         text        NOT NULL CHECK (length(statement) BETWEEN 1 AND 20000),
    disputes          text        NOT NULL CHECK (disputes IN ('PERSON_DATA', 'JOURNAL_ENTRY', 'DOCUMENT', 'REPORT')),
    disputed_id       uuid,
    added_on          date        NOT NULL,
    added_by          uuid        NOT NULL REFERENCES staff_user (id),
    added_at          timestamptz NOT NULL,
    CHECK ((disputes = 'PERSON_DATA') = (disputed_id IS NULL))
);

CREATE INDEX own_statement_person ON own_statement (person_id);
CREATE INDEX own_statement_dossier ON own_statement (dossier_id);

-- rights_request: what an own statement request brings (the statement and what it disputes; required by the
-- take-in for an OWN_STATEMENT request).
ALTER TABLE rights_request
    ADD COLUMN statement_text text CHECK (length(statement_text) BETWEEN 1 AND 20000),
    ADD COLUMN disputes       text CHECK (disputes IN ('PERSON_DATA', 'JOURNAL_ENTRY', 'DOCUMENT', 'REPORT')),
    ADD COLUMN disputed_id    uuid,
    ADD CHECK (disputes IS NULL OR (disputes = 'PERSON_DATA') = (disputed_id IS NULL));

-- rights_request: what the FG decided to correct of the person's registered data on a granted CORRECTION request
-- (left empty: stays as it is); the correction itself is kept field by field in person_change, naming the request.
ALTER TABLE rights_request
    ADD COLUMN corrected_bsn            text CHECK (corrected_bsn ~ '^[0-9]{9}$'),
    ADD COLUMN corrected_given_names    text CHECK (length(corrected_given_names) BETWEEN 1 AND 200),
    ADD COLUMN corrected_surname_prefix text CHECK (length(corrected_surname_prefix) BETWEEN 1 AND 200),
    ADD COLUMN corrected_surname        text CHECK (length(corrected_surname) BETWEEN 1 AND 200),
    ADD COLUMN corrected_date_of_birth  date,
    ADD COLUMN corrected_postcode       text CHECK (corrected_postcode ~ '^[1-9][0-9]{3}[A-Z]{2}$'),
    ADD COLUMN corrected_house_number   text CHECK (length(corrected_house_number) BETWEEN 1 AND 20);
