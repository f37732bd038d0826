-- Households' dossiers and the persons in them. The intake extends these tables.

CREATE TABLE person (
    id             uuid PRIMARY KEY,
    bsn            char(9) CHECK (bsn ~ '^[0-9]{9}$'),
    surname        text        NOT NULL,
    surname_prefix text,
    given_names    text,
    date_of_birth  date,
    gender         text CHECK (gender IN ('FEMALE', 'MALE', 'OTHER', 'UNKNOWN')),
    created_at     timestamptz NOT NULL
);
CREATE INDEX person_bsn ON person (bsn) WHERE bsn IS NOT NULL;

CREATE TABLE dossier (
    id         uuid PRIMARY KEY,
    reference  text        NOT NULL UNIQUE,
    team_id    uuid        NOT NULL REFERENCES team (id),
    status     text        NOT NULL,
    opened_on  date        NOT NULL,
    closed_on  date,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL
);
CREATE INDEX dossier_team ON dossier (team_id);

CREATE TABLE dossier_person (
    dossier_id uuid NOT NULL REFERENCES dossier (id),
    person_id  uuid NOT NULL REFERENCES person (id),
    role       text NOT NULL CHECK (role IN ('VICTIM', 'ALLEGED_PERPETRATOR', 'CHILD', 'PARENT_OR_CAREGIVER',
                                             'OTHER_HOUSEHOLD_MEMBER', 'OTHER')),
    PRIMARY KEY (dossier_id, person_id, role)
);
CREATE INDEX dossier_person_person ON dossier_person (person_id);

CREATE TABLE dossier_assignment (
    dossier_id  uuid        NOT NULL REFERENCES dossier (id),
    user_id     uuid        NOT NULL REFERENCES staff_user (id),
    assigned_at timestamptz NOT NULL,
    PRIMARY KEY (dossier_id, user_id)
);
CREATE INDEX dossier_assignment_user ON dossier_assignment (user_id);

CREATE SEQUENCE dossier_reference_seq;
