-- Issue 11 §1: what was registered can be corrected, and every correction keeps the earlier value: who changed what
-- (field by field, the old and the new value), when and why. Each module keeps the history of the data it owns.

-- person: a person's identifying fields (BSN or the Wmo 2015 art. 5.2.9 fields, names, date of birth, gender,
-- address). One row per changed field; the fields changed together share a change_id. The dossier it was changed
-- from is kept (the reason is shown only there: it may say something about that dossier).
CREATE TABLE person_change (
    id         uuid PRIMARY KEY,
    change_id  uuid        NOT NULL,
    person_id  uuid        NOT NULL REFERENCES person (id),
    dossier_id uuid,
    field      text        NOT NULL,
    old_value  text,
    new_value  text,
    reason     text        NOT NULL,
    changed_by uuid        NOT NULL REFERENCES staff_user (id),
    changed_at timestamptz NOT NULL
);
CREATE INDEX person_change_person ON person_change (person_id, changed_at);

-- dossier: a person's role in the household, a person added to or taken out of the dossier (the link ends with its
-- reason; the person record stays), and the household's address. person_id is null for the household's fields.
CREATE TABLE dossier_change (
    id         uuid PRIMARY KEY,
    change_id  uuid        NOT NULL,
    dossier_id uuid        NOT NULL REFERENCES dossier (id),
    person_id  uuid REFERENCES person (id),
    field      text        NOT NULL,
    old_value  text,
    new_value  text,
    reason     text        NOT NULL,
    changed_by uuid        NOT NULL REFERENCES staff_user (id),
    changed_at timestamptz NOT NULL
);
CREATE INDEX dossier_change_dossier ON dossier_change (dossier_id, person_id, changed_at);

-- intake: a report's registered fields corrected. The reporter's text as verified is never overwritten: a
-- correction of the concern is added (field 'concern', the correction as new_value) and shown beside it.
CREATE TABLE report_correction (
    id           uuid PRIMARY KEY,
    change_id    uuid        NOT NULL,
    report_id    uuid        NOT NULL REFERENCES report (id),
    field        text        NOT NULL,
    old_value    text,
    new_value    text,
    reason       text        NOT NULL,
    corrected_by uuid        NOT NULL REFERENCES staff_user (id),
    corrected_at timestamptz NOT NULL
);
CREATE INDEX report_correction_report ON report_correction (report_id, corrected_at);
