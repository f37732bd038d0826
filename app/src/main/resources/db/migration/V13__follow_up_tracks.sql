-- Follow-up tracks after the safety assessment: a dossier can have several over its life (an investigation, then
-- conditions and monitoring, perhaps a new investigation from the monitoring). Each track is a small state machine;
-- the dossier's single "track" columns of V9 move into this table. Closing a dossier records a reason and sets its
-- retention end (Wmo 2015 art. 5.3.4: 20 years after the last change).

CREATE TABLE follow_up_track (
    id                     uuid PRIMARY KEY,
    dossier_id             uuid        NOT NULL REFERENCES dossier (id),
    kind                   text        NOT NULL CHECK (kind IN ('INVESTIGATION', 'CONDITIONS_AND_FOLLOW_UP', 'HANDOVER',
                                                                'RVDK_INVESTIGATION_REQUEST', 'CRISIS_INTERVENTION')),
    status                 text        NOT NULL CHECK (status IN ('IN_PROGRESS', 'CONCLUDED', 'SETTING_CONDITIONS',
                                                                  'MONITORING', 'FINISHED')),
    origin                 text        NOT NULL CHECK (origin IN ('ASSESSMENT', 'INVESTIGATION', 'MONITORING')),
    origin_track_id        uuid REFERENCES follow_up_track (id),
    started_on             date        NOT NULL,
    due_on                 date,
    finished_on            date,
    -- investigation
    findings               text,
    concluded_on           date,
    stopped_early_reason   text,
    next_step              text CHECK (next_step IN ('HANDOVER', 'CONDITIONS_AND_FOLLOW_UP', 'RVDK_INVESTIGATION_REQUEST', 'CLOSE')),
    reporter_informed_on   date,
    reporter_informed_how  text,
    reporter_not_informed  text,
    -- handover (with or without conditions) and its meeting with the partner
    handover_to            text CHECK (handover_to IN ('LOCAL_TEAM', 'CARE_INVOLVED', 'HOUSEHOLD')),
    handover_party         text,
    handed_over_what       text,
    meeting_organisation   text,
    meeting_contact_person text,
    meeting_held_on        date,
    -- request for an investigation by the Raad voor de Kinderbescherming
    rvdk_requested_on      date,
    rvdk_request_note      text,
    created_at             timestamptz NOT NULL,
    updated_at             timestamptz NOT NULL,
    CHECK ((status = 'FINISHED') = (finished_on IS NOT NULL)),
    CHECK (kind <> 'INVESTIGATION' OR status IN ('IN_PROGRESS', 'CONCLUDED', 'FINISHED')),
    CHECK (kind <> 'CONDITIONS_AND_FOLLOW_UP' OR status IN ('SETTING_CONDITIONS', 'MONITORING', 'FINISHED')),
    CHECK (kind IN ('INVESTIGATION', 'CONDITIONS_AND_FOLLOW_UP') OR status IN ('IN_PROGRESS', 'FINISHED')),
    CHECK (status <> 'MONITORING' OR meeting_held_on IS NOT NULL),
    CHECK (kind <> 'INVESTIGATION' OR status = 'IN_PROGRESS' OR concluded_on IS NOT NULL)
);
CREATE INDEX follow_up_track_dossier ON follow_up_track (dossier_id);
CREATE INDEX follow_up_track_open ON follow_up_track (due_on) WHERE status <> 'FINISHED';
-- At most one open track of a kind per dossier: the API addresses "the" investigation of a dossier.
CREATE UNIQUE INDEX follow_up_track_one_open_per_kind ON follow_up_track (dossier_id, kind) WHERE status <> 'FINISHED';

-- The plan of conversations of an investigation: every household member and the professionals around them.
CREATE TABLE investigation_conversation (
    id         uuid PRIMARY KEY,
    track_id   uuid        NOT NULL REFERENCES follow_up_track (id),
    person_id  uuid REFERENCES person (id),
    name       text,
    role       text        NOT NULL,
    planned_on date        NOT NULL,
    held_on    date,
    summary    text,
    created_at timestamptz NOT NULL,
    CHECK (person_id IS NOT NULL OR name IS NOT NULL),
    CHECK ((held_on IS NULL) = (summary IS NULL))
);
CREATE INDEX investigation_conversation_track ON investigation_conversation (track_id);

-- The conclusion of an investigation per type of violence reported.
CREATE TABLE investigation_conclusion (
    track_id      uuid NOT NULL REFERENCES follow_up_track (id),
    violence_type text NOT NULL,
    outcome       text NOT NULL CHECK (outcome IN ('CONFIRMED', 'NOT_CONFIRMED', 'REFUTED')),
    PRIMARY KEY (track_id, violence_type)
);

-- Safety conditions set by Veilig Thuis, each with the partner who works on it.
CREATE TABLE safety_condition (
    id          uuid PRIMARY KEY,
    track_id    uuid        NOT NULL REFERENCES follow_up_track (id),
    description text        NOT NULL,
    for_whom    text        NOT NULL,
    agreed_with text        NOT NULL,
    partner     text        NOT NULL,
    created_at  timestamptz NOT NULL
);
CREATE INDEX safety_condition_track ON safety_condition (track_id);

-- The monitoring contacts the law requires, due 3 and 12 months after the handover meeting.
CREATE TABLE monitoring_contact (
    id                uuid PRIMARY KEY,
    track_id          uuid    NOT NULL REFERENCES follow_up_track (id),
    months            int     NOT NULL CHECK (months IN (3, 12)),
    due_on            date    NOT NULL,
    held_on           date,
    spoken_with       text,
    partner_spoken    boolean,
    follow_up         text CHECK (follow_up IN ('NONE', 'NEW_ASSESSMENT', 'INVESTIGATION')),
    notes             text,
    recorded_by       uuid REFERENCES staff_user (id),
    recorded_at       timestamptz,
    UNIQUE (track_id, months),
    CHECK ((held_on IS NULL) = (recorded_at IS NULL))
);
CREATE INDEX monitoring_contact_due ON monitoring_contact (due_on) WHERE held_on IS NULL;

CREATE TABLE monitoring_check (
    contact_id      uuid    NOT NULL REFERENCES monitoring_contact (id),
    condition_id    uuid    NOT NULL REFERENCES safety_condition (id),
    kept            boolean NOT NULL,
    safety_improved boolean NOT NULL,
    note            text,
    PRIMARY KEY (contact_id, condition_id)
);

-- The tracks V9 kept on the dossier itself become rows; a handover takes its partner from the confirmed assessment.
INSERT INTO follow_up_track (id, dossier_id, kind, status, origin, started_on, due_on, handover_to, handover_party,
                             created_at, updated_at)
SELECT gen_random_uuid(), d.id, d.track,
       CASE d.track WHEN 'CONDITIONS_AND_FOLLOW_UP' THEN 'SETTING_CONDITIONS' ELSE 'IN_PROGRESS' END,
       'ASSESSMENT', d.track_started_on, d.track_due,
       (SELECT a.handover_to FROM assessment a WHERE a.dossier_id = d.id AND a.status = 'CONFIRMED' ORDER BY a.confirmed_at DESC LIMIT 1),
       (SELECT a.handover_party FROM assessment a WHERE a.dossier_id = d.id AND a.status = 'CONFIRMED' ORDER BY a.confirmed_at DESC LIMIT 1),
       d.updated_at, d.updated_at
FROM dossier d
WHERE d.track IS NOT NULL AND d.track <> 'CLOSE_NO_UNSAFETY' AND d.track_started_on IS NOT NULL;

ALTER TABLE dossier DROP COLUMN track;
ALTER TABLE dossier DROP COLUMN track_started_on;
ALTER TABLE dossier DROP COLUMN track_due;

ALTER TABLE dossier ADD COLUMN closed_reason text;
ALTER TABLE dossier ADD COLUMN closed_by uuid REFERENCES staff_user (id);
ALTER TABLE dossier ADD COLUMN retention_until date;

-- Closing, and every later change of a closed dossier, sets the retention end to 20 years after that change; the
-- database keeps the rule so that no code path can change a closed dossier and forget it.
CREATE FUNCTION dossier_retention() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.status = 'CLOSED' THEN
        NEW.retention_until := ((NEW.updated_at AT TIME ZONE 'Europe/Amsterdam')::date + interval '20 years')::date;
    ELSE
        NEW.retention_until := NULL;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER dossier_retention BEFORE INSERT OR UPDATE ON dossier FOR EACH ROW EXECUTE FUNCTION dossier_retention();

-- Dossiers closed before this version had no reason recorded; the trigger gives them their retention end.
UPDATE dossier SET closed_reason = 'Gesloten vóór het vastleggen van een reden (versie 13)',
                   closed_on = coalesce(closed_on, (updated_at AT TIME ZONE 'Europe/Amsterdam')::date)
WHERE status = 'CLOSED';

ALTER TABLE dossier ADD CONSTRAINT dossier_closed_check
    CHECK ((status = 'CLOSED') = (closed_on IS NOT NULL AND closed_reason IS NOT NULL AND retention_until IS NOT NULL));
