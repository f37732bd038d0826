-- Issue 12 §1-3: information requests to professionals (Wmo 2015 art. 5.2.6). The professional answers through a
-- one-time page without an account: the link's token is stored only as its SHA-256 hash; the code the worker gives by
-- phone is kept while the link is usable (the worker reads it back), cleared once the link is used, locked or replaced.
CREATE TABLE information_request (
    id                         uuid PRIMARY KEY,
    dossier_id                 uuid        NOT NULL REFERENCES dossier (id),
    professional_name          text        NOT NULL CHECK (length(professional_name) BETWEEN 1 AND 200),
    professional_organisation  text        NOT NULL CHECK (length(professional_organisation) BETWEEN 1 AND 200),
    profession                 text        NOT NULL CHECK (profession IN ('GP', 'TEACHER', 'NEIGHBOURHOOD_POLICE_OFFICER',
                                               'YOUTH_CARE', 'CHILDCARE', 'MENTAL_HEALTH_CARE', 'MEDICAL_SPECIALIST',
                                               'SOCIAL_WORK', 'OTHER_PROFESSIONAL')),
    professional_email         text        NOT NULL CHECK (length(professional_email) BETWEEN 3 AND 254),
    professional_phone         text        CHECK (length(professional_phone) <= 40),
    purpose                    text        NOT NULL CHECK (length(purpose) BETWEEN 1 AND 4000),
    consent                    text        NOT NULL CHECK (consent IN ('ALL_CONSENTED', 'PARTLY_CONSENTED', 'NOT_ASKED', 'REFUSED')),
    without_consent_reason     text        CHECK (length(without_consent_reason) <= 4000),
    persons_know               boolean     NOT NULL,
    persons_reaction           text        CHECK (length(persons_reaction) <= 4000),
    channel                    text        NOT NULL CHECK (channel IN ('PHONE', 'WRITING')),
    due_on                     date        NOT NULL,
    reminder_on                date        NOT NULL,
    disclosure_id              uuid        NOT NULL,
    requested_by               uuid        NOT NULL REFERENCES staff_user (id),
    requested_at               timestamptz NOT NULL,
    token_hash                 bytea       UNIQUE,
    access_code                text        CHECK (access_code ~ '^[0-9]{8}$'),
    link_issued_at             timestamptz,
    link_expires_at            timestamptz,
    wrong_codes                integer     NOT NULL DEFAULT 0,
    link_used_at               timestamptz,
    mail_sent_at               timestamptz,
    mail_failed_at             timestamptz,
    informed_persons           text        CHECK (informed_persons IN ('BEFORE', 'AFTERWARDS', 'NOT_INFORMED')),
    informed_on                date,
    not_informed_reason        text        CHECK (length(not_informed_reason) <= 4000),
    CHECK (consent = 'ALL_CONSENTED' OR without_consent_reason IS NOT NULL)
);
CREATE INDEX information_request_dossier ON information_request (dossier_id);

CREATE TABLE information_request_person (
    request_id  uuid NOT NULL REFERENCES information_request (id),
    person_id   uuid NOT NULL REFERENCES person (id),
    PRIMARY KEY (request_id, person_id)
);

-- Each text is a version; an approved version is fixed, a later change is a new version approved again.
CREATE TABLE information_request_version (
    id                uuid PRIMARY KEY,
    request_id        uuid        NOT NULL REFERENCES information_request (id),
    number            integer     NOT NULL,
    text              text        NOT NULL CHECK (length(text) BETWEEN 1 AND 20000),
    author            text        NOT NULL CHECK (author IN ('WORKER', 'PROFESSIONAL')),
    written_by        uuid        REFERENCES staff_user (id),
    written_at        timestamptz NOT NULL,
    approved_at       timestamptz,
    approved_by_name  text        CHECK (length(approved_by_name) <= 200),
    UNIQUE (request_id, number),
    CHECK ((approved_at IS NULL) = (approved_by_name IS NULL))
);

-- A passage the professional marked as not to be shown to the involved persons, with Veilig Thuis's later decision.
CREATE TABLE information_request_passage (
    id                 uuid PRIMARY KEY,
    version_id         uuid        NOT NULL REFERENCES information_request_version (id),
    start_offset       integer     NOT NULL CHECK (start_offset >= 0),
    end_offset         integer     NOT NULL,
    reason             text        NOT NULL CHECK (reason IN ('OWN_SAFETY', 'OTHERS_SAFETY')),
    explanation        text        CHECK (length(explanation) <= 2000),
    shared             boolean     NOT NULL DEFAULT false,
    share_decided_at   timestamptz,
    share_decided_by   uuid        REFERENCES staff_user (id),
    share_reason       text        CHECK (length(share_reason) <= 4000),
    CHECK (end_offset > start_offset),
    CHECK (NOT shared OR (share_decided_at IS NOT NULL AND share_decided_by IS NOT NULL AND share_reason IS NOT NULL))
);
CREATE INDEX information_request_passage_version ON information_request_passage (version_id);
