-- Need to know: substitutes, consulted staff, and emergency access ("break the glass") with its review.

-- A worker's named substitute for a period (both days inclusive).
CREATE TABLE substitute (
    id            uuid PRIMARY KEY,
    worker_id     uuid NOT NULL REFERENCES staff_user (id),
    substitute_id uuid NOT NULL REFERENCES staff_user (id),
    valid_from    date NOT NULL,
    valid_to      date NOT NULL,
    created_by    uuid NOT NULL REFERENCES staff_user (id),
    created_at    timestamptz NOT NULL,
    CHECK (valid_to >= valid_from),
    CHECK (worker_id <> substitute_id)
);
CREATE INDEX substitute_worker ON substitute (worker_id);

-- A gedragswetenschapper, jurist or vertrouwensarts consulted on a dossier, while the consultation is open.
CREATE TABLE consultation (
    id           uuid PRIMARY KEY,
    dossier_id   uuid NOT NULL REFERENCES dossier (id),
    consultant_id uuid NOT NULL REFERENCES staff_user (id),
    role         text NOT NULL CHECK (role IN ('BEHAVIOURAL_SCIENTIST', 'LEGAL_ADVISOR', 'CONFIDENTIAL_DOCTOR')),
    question     text,
    started_at   timestamptz NOT NULL,
    started_by   uuid NOT NULL REFERENCES staff_user (id),
    closed_at    timestamptz
);
CREATE INDEX consultation_open ON consultation (dossier_id, consultant_id) WHERE closed_at IS NULL;

-- Emergency access: limited to one dossier and 8 hours, with a reason and a fresh second factor; reviewed.
CREATE TABLE emergency_access (
    id          uuid PRIMARY KEY,
    dossier_id  uuid NOT NULL REFERENCES dossier (id),
    user_id     uuid NOT NULL REFERENCES staff_user (id),
    reason      text NOT NULL CHECK (length(reason) >= 10),
    granted_at  timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL,
    reviewed_at timestamptz,
    reviewed_by uuid REFERENCES staff_user (id),
    review_outcome text CHECK (review_outcome IN ('JUSTIFIED', 'NOT_JUSTIFIED')),
    review_note text,
    CHECK (expires_at > granted_at),
    CHECK (reviewed_by IS NULL OR reviewed_by <> user_id)
);
CREATE INDEX emergency_access_active ON emergency_access (user_id, dossier_id, expires_at);
CREATE INDEX emergency_access_unreviewed ON emergency_access (dossier_id) WHERE reviewed_at IS NULL;
