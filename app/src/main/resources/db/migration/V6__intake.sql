-- Intake: advice requests, reports, and what identifies persons and households without a BSN (Wmo 2015 art. 5.2.9).

ALTER TABLE person
    ADD COLUMN postcode                      text CHECK (postcode ~ '^[1-9][0-9]{3}[A-Z]{2}$'),
    ADD COLUMN house_number                  text,
    ADD COLUMN municipality_code             text,
    ADD COLUMN identification_missing_reason text;
CREATE INDEX person_surname_birth ON person (lower(surname), date_of_birth);

ALTER TABLE dossier
    ADD COLUMN household_postcode          text,
    ADD COLUMN household_house_number      text,
    ADD COLUMN household_municipality_code text;

CREATE SEQUENCE advice_request_reference_seq;
CREATE SEQUENCE report_reference_seq;

CREATE TABLE advice_request (
    id                  uuid PRIMARY KEY,
    reference           text        NOT NULL UNIQUE,
    team_id             uuid        NOT NULL REFERENCES team (id),
    channel             text        NOT NULL CHECK (channel IN ('PHONE', 'EMAIL', 'POST', 'CHAT')),
    received_at         timestamptz NOT NULL,
    seeker_name         text        NOT NULL,
    seeker_name_made_up boolean     NOT NULL,
    seeker_type         text        NOT NULL CHECK (seeker_type IN ('PRIVATE', 'PROFESSIONAL')),
    seeker_category     text,
    seeker_organisation text,
    concern             text        NOT NULL,
    violence_types      text[]      NOT NULL,
    advice_given        text,
    agreement           text,
    call_back_on        date,
    call_back_done_at   timestamptz,
    created_by          uuid        NOT NULL REFERENCES staff_user (id),
    created_at          timestamptz NOT NULL,
    idempotency_key     text,
    UNIQUE (created_by, idempotency_key)
);
CREATE INDEX advice_request_call_back ON advice_request (team_id, call_back_on) WHERE call_back_on IS NOT NULL AND call_back_done_at IS NULL;

CREATE TABLE advice_request_person (
    advice_request_id uuid NOT NULL REFERENCES advice_request (id),
    person_id         uuid NOT NULL REFERENCES person (id),
    role              text NOT NULL,
    PRIMARY KEY (advice_request_id, person_id)
);
CREATE INDEX advice_request_person_person ON advice_request_person (person_id);

CREATE TABLE advice_contact (
    id                uuid PRIMARY KEY,
    advice_request_id uuid        NOT NULL REFERENCES advice_request (id),
    occurred_at       timestamptz NOT NULL,
    channel           text        NOT NULL,
    summary           text        NOT NULL,
    created_by        uuid        NOT NULL REFERENCES staff_user (id)
);

CREATE TABLE report (
    id                        uuid PRIMARY KEY,
    reference                 text        NOT NULL UNIQUE,
    dossier_id                uuid        NOT NULL REFERENCES dossier (id),
    team_id                   uuid        NOT NULL REFERENCES team (id),
    advice_request_id         uuid REFERENCES advice_request (id),
    ex_officio                boolean     NOT NULL,
    channel                   text        NOT NULL,
    received_at               timestamptz NOT NULL,
    reporter_type             text CHECK (reporter_type IN ('PRIVATE', 'PROFESSIONAL')),
    reporter_category         text,
    reporter_subcategory      text,
    reporter_name             text,
    reporter_organisation     text,
    reporter_function         text,
    reporter_phone            text,
    reporter_email            text,
    reporter_closely_involved boolean,
    reporter_anonymous        boolean     NOT NULL,
    anonymity_assessment      text,
    anonymity_safety_reason   text,
    concern                   text        NOT NULL,
    violence_types            text[]      NOT NULL CHECK (cardinality(violence_types) > 0),
    persons_aware             text        NOT NULL,
    acute                     boolean     NOT NULL,
    status                    text        NOT NULL CHECK (status IN ('TO_VERIFY', 'AWAITING_ASSESSMENT')),
    classification            text        NOT NULL CHECK (classification IN ('FIRST_REPORT', 'REPEAT_REPORT', 'FOLLOW_UP_REPORT')),
    earlier_dossier_ids       uuid[]      NOT NULL,
    transfer_region_code      text,
    assessment_due_on         date        NOT NULL,
    assessment_due_at         timestamptz,
    verified_at               timestamptz,
    verified_by               uuid REFERENCES staff_user (id),
    verification_with         text,
    verification_how          text,
    verification_changes      text,
    treatment_informed_at     timestamptz,
    treatment_informed_how    text,
    treatment_informed_by     uuid REFERENCES staff_user (id),
    created_by                uuid        NOT NULL REFERENCES staff_user (id),
    created_at                timestamptz NOT NULL,
    idempotency_key           text,
    UNIQUE (created_by, idempotency_key),
    CHECK (ex_officio OR reporter_type IS NOT NULL),
    CHECK (NOT acute OR assessment_due_at IS NOT NULL)
);
CREATE INDEX report_dossier ON report (dossier_id);
CREATE INDEX report_open_by_due ON report (team_id, status, acute DESC, assessment_due_on);

CREATE TABLE report_person (
    report_id uuid NOT NULL REFERENCES report (id),
    person_id uuid NOT NULL REFERENCES person (id),
    role      text NOT NULL,
    PRIMARY KEY (report_id, person_id)
);
