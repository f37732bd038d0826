-- The safety assessment (veiligheidsbeoordeling), its four-eyes confirmation, the follow-up track of the dossier,
-- informing the reporter and the household, and the statutory notice to the persons that their data is registered.

ALTER TABLE report DROP CONSTRAINT report_status_check;
ALTER TABLE report ADD CONSTRAINT report_status_check CHECK (status IN ('TO_VERIFY', 'AWAITING_ASSESSMENT', 'ASSESSED'));
ALTER TABLE report ADD COLUMN assessed_on date;

ALTER TABLE dossier ADD COLUMN track text CHECK (track IN ('HANDOVER', 'CONDITIONS_AND_FOLLOW_UP', 'INVESTIGATION',
    'RVDK_INVESTIGATION_REQUEST', 'CRISIS_INTERVENTION', 'CLOSE_NO_UNSAFETY'));
ALTER TABLE dossier ADD COLUMN track_started_on date;
ALTER TABLE dossier ADD COLUMN track_due date;

-- The managed list of risk factors (applicatiebeheer keeps it; free text is added per assessment).
CREATE TABLE risk_factor (
    code   text PRIMARY KEY,
    label  text    NOT NULL,
    active boolean NOT NULL DEFAULT true
);
INSERT INTO risk_factor (code, label) VALUES
    ('EARLIER_VIOLENCE', 'Eerder geweld in het gezin of door de pleger'),
    ('ESCALATION', 'Toename in ernst of frequentie van het geweld'),
    ('WEAPONS', 'Dreiging met of bezit van wapens'),
    ('STRANGULATION', 'Verwurging of poging daartoe'),
    ('SEPARATION', 'Recente of aanstaande scheiding'),
    ('STALKING', 'Stalking of dwingende controle'),
    ('ADDICTION', 'Verslavingsproblematiek'),
    ('PSYCHIATRIC', 'Psychiatrische problematiek'),
    ('YOUNG_CHILDREN', 'Jonge kinderen (0-4 jaar) in het gezin'),
    ('PREGNANCY', 'Zwangerschap'),
    ('SOCIAL_ISOLATION', 'Sociaal isolement'),
    ('FINANCIAL_PROBLEMS', 'Financiële problemen of schulden'),
    ('CARE_AVOIDANCE', 'Zorgmijding of eerdere hulp zonder effect'),
    ('HONOUR_CODE', 'Eergerelateerde motieven'),
    ('DEPENDENCY', 'Afhankelijkheid van de pleger (zorg, verblijf, geld)');

CREATE TABLE assessment (
    id                     uuid PRIMARY KEY,
    report_id              uuid        NOT NULL UNIQUE REFERENCES report (id),
    dossier_id             uuid        NOT NULL REFERENCES dossier (id),
    status                 text        NOT NULL CHECK (status IN ('DRAFT', 'AWAITING_CONFIRMATION', 'CONFIRMED')),
    acute_unsafety         boolean,
    acute_description      text,
    structural_unsafety    boolean,
    structural_description text,
    risk_factors           text[]      NOT NULL DEFAULT '{}',
    risk_notes             text,
    decision               text CHECK (decision IN ('HANDOVER', 'CONDITIONS_AND_FOLLOW_UP', 'INVESTIGATION',
                                                    'RVDK_INVESTIGATION_REQUEST', 'CRISIS_INTERVENTION', 'CLOSE_NO_UNSAFETY')),
    handover_to            text CHECK (handover_to IN ('LOCAL_TEAM', 'CARE_INVOLVED', 'HOUSEHOLD')),
    handover_party         text,
    reasoning              text,
    confirmer_id           uuid REFERENCES staff_user (id),
    completed_at           timestamptz,
    completed_by           uuid REFERENCES staff_user (id),
    confirmed_at           timestamptz,
    confirmed_by           uuid REFERENCES staff_user (id),
    assessed_on            date,
    returned_remark        text,
    created_at             timestamptz NOT NULL,
    updated_at             timestamptz NOT NULL,
    CHECK (confirmed_by IS NULL OR confirmed_by <> completed_by)
);
CREATE INDEX assessment_dossier ON assessment (dossier_id);

CREATE TABLE assessment_source (
    id            uuid PRIMARY KEY,
    assessment_id uuid NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    source        text NOT NULL CHECK (source IN ('OWN_RECORDS', 'POLICE', 'RVDK', 'VERWIJSINDEX', 'OTHER')),
    gathered_on   date NOT NULL,
    summary       text NOT NULL,
    care_involved boolean NOT NULL,
    care_by       text
);

-- What Veilig Thuis must still do for a dossier by a date: the notice to B&W after a request to the RvdK, the
-- notice to the persons that their data is registered (Wmo 2015 art. 5.3.1: 4 weeks, extendable by 2 weeks).
CREATE TABLE dossier_task (
    id          uuid PRIMARY KEY,
    dossier_id  uuid        NOT NULL REFERENCES dossier (id),
    report_id   uuid REFERENCES report (id),
    kind        text        NOT NULL CHECK (kind IN ('BW_NOTIFICATION', 'REGISTRATION_NOTICE')),
    due_on      date        NOT NULL,
    done_at     timestamptz,
    done_by     uuid REFERENCES staff_user (id),
    note        text,
    created_at  timestamptz NOT NULL
);
CREATE INDEX dossier_task_open ON dossier_task (due_on) WHERE done_at IS NULL;

CREATE TABLE dossier_task_extension (
    id          uuid PRIMARY KEY,
    task_id     uuid        NOT NULL REFERENCES dossier_task (id),
    reason      text        NOT NULL,
    old_due_on  date        NOT NULL,
    new_due_on  date        NOT NULL,
    extended_at timestamptz NOT NULL,
    extended_by uuid        NOT NULL REFERENCES staff_user (id)
);

-- Informing after the assessment: the reporter (the outcome, never the content) and the household (what was
-- reported, unless safety forbids it: then the reason).
CREATE TABLE informing (
    id              uuid PRIMARY KEY,
    report_id       uuid        NOT NULL REFERENCES report (id),
    who             text        NOT NULL CHECK (who IN ('REPORTER', 'HOUSEHOLD')),
    informed_at     timestamptz,
    how             text,
    withheld_reason text,
    recorded_by     uuid        NOT NULL REFERENCES staff_user (id),
    recorded_at     timestamptz NOT NULL,
    CHECK ((informed_at IS NOT NULL) <> (withheld_reason IS NOT NULL))
);
