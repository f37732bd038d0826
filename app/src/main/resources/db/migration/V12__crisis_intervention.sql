-- Crisis intervention by the crisis service (24/7): who acted, on site or by phone, when; what was happening, how the
-- crisis arose, what had to happen at once; the professionals consulted, in consultation with the person.
CREATE TABLE crisis_intervention (
    id                 uuid PRIMARY KEY,
    dossier_id         uuid        NOT NULL REFERENCES dossier (id),
    acted_by           uuid        NOT NULL REFERENCES staff_user (id),
    acted_at           timestamptz NOT NULL,
    mode               text        NOT NULL CHECK (mode IN ('ON_SITE', 'PHONE')),
    what_happened      text        NOT NULL,
    how_it_arose       text        NOT NULL,
    immediate_needs    text        NOT NULL,
    next_step          text        NOT NULL CHECK (next_step IN ('ASSESSMENT', 'TRACK')),
    follow_up_done_at  timestamptz,
    created_at         timestamptz NOT NULL
);
CREATE INDEX crisis_intervention_open ON crisis_intervention (acted_at) WHERE follow_up_done_at IS NULL;

CREATE TABLE crisis_professional (
    id                   uuid PRIMARY KEY,
    intervention_id      uuid    NOT NULL REFERENCES crisis_intervention (id),
    kind                 text    NOT NULL CHECK (kind IN ('GP', 'TEACHER', 'NEIGHBOURHOOD_OFFICER', 'OTHER')),
    name                 text    NOT NULL,
    with_person_consent  boolean NOT NULL,
    without_consent_reason text,
    summary              text,
    CHECK (with_person_consent OR without_consent_reason IS NOT NULL)
);
