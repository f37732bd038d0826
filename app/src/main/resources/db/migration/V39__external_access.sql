-- Issue 13 §5: time-boxed accounts for external parties (researcher, accountant, inspectorate, ombudsman), the
-- selections of dossiers they may read, and the persons who object to research use of their data.

-- staff: the four external roles.
ALTER TABLE staff_user_role DROP CONSTRAINT staff_user_role_role_check;
ALTER TABLE staff_user_role ADD CONSTRAINT staff_user_role_role_check CHECK (role IN ('CASE_WORKER', 'BEHAVIOURAL_SCIENTIST',
    'LEGAL_ADVISOR', 'CONFIDENTIAL_DOCTOR', 'CRISIS_WORKER', 'SECRETARIAT', 'TEAM_LEADER', 'DATA_PROTECTION_OFFICER',
    'APPLICATION_ADMIN', 'RESEARCHER', 'ACCOUNTANT', 'INSPECTORATE', 'OMBUDSMAN'));

-- staff: what applicatiebeheer recorded when creating an external account, and its time box.
CREATE TABLE external_account (
    user_id                     uuid PRIMARY KEY REFERENCES staff_user (id),
    organisation                varchar(200) NOT NULL,
    vog_issued_on               date NOT NULL,
    vog_checked_by              uuid NOT NULL REFERENCES staff_user (id),
    vog_checked_at              timestamptz NOT NULL,
    confidentiality_signed_on   date NOT NULL,
    confidentiality_checked_by  uuid NOT NULL REFERENCES staff_user (id),
    confidentiality_checked_at  timestamptz NOT NULL,
    valid_from                  date NOT NULL,
    valid_until                 date NOT NULL,
    created_at                  timestamptz NOT NULL,
    CONSTRAINT external_account_time_box CHECK (valid_until >= valid_from AND valid_until <= valid_from + 366)
);

-- Published by staff: the time box of an external account, for the one access policy.
CREATE VIEW external_account_window AS
    SELECT user_id, valid_from, valid_until FROM external_account;

-- dossier: a selection of dossiers for one external user (research selection, accountant's sample, investigation).
CREATE TABLE external_selection (
    id          uuid PRIMARY KEY,
    user_id     uuid NOT NULL REFERENCES staff_user (id),
    kind        varchar(20) NOT NULL CHECK (kind IN ('RESEARCH', 'SAMPLE', 'INVESTIGATION')),
    purpose     varchar(500) NOT NULL,
    valid_from  date NOT NULL,
    valid_until date NOT NULL,
    created_by  uuid NOT NULL REFERENCES staff_user (id),
    created_at  timestamptz NOT NULL,
    ended_by    uuid REFERENCES staff_user (id),
    ended_at    timestamptz,
    CONSTRAINT external_selection_time_box CHECK (valid_until >= valid_from AND valid_until <= valid_from + 366)
);
CREATE INDEX external_selection_user ON external_selection (user_id);

CREATE TABLE external_selection_dossier (
    selection_id uuid NOT NULL REFERENCES external_selection (id),
    dossier_id   uuid NOT NULL REFERENCES dossier (id) ON DELETE CASCADE,
    PRIMARY KEY (selection_id, dossier_id)
);
CREATE INDEX external_selection_dossier_dossier ON external_selection_dossier (dossier_id);

-- research: a granted objection (bezwaar) of a person to research use of their data.
CREATE TABLE research_objection (
    person_id         uuid PRIMARY KEY REFERENCES person (id) ON DELETE CASCADE,
    rights_request_id uuid NOT NULL,
    granted_on        date NOT NULL,
    recorded_at       timestamptz NOT NULL
);
