-- AWARE: a portable alarm for a victim (in principle adult) with a real fear of being victimised again by the same
-- perpetrator. An indication committee of police, Moviera and Veilig Thuis decides, with reasons.
CREATE TABLE aware_application (
    id                 uuid PRIMARY KEY,
    dossier_id         uuid        NOT NULL REFERENCES dossier (id),
    victim_id          uuid        NOT NULL REFERENCES person (id),
    perpetrator_id     uuid        NOT NULL REFERENCES person (id),
    fear_description   text        NOT NULL,
    minor_reason       text,
    applied_on         date        NOT NULL,
    committee_on       date,
    committee_members  text[],
    approved           boolean,
    decision_reasons   text,
    device_issued_on   date,
    device_returned_on date,
    review_on          date,
    created_by         uuid        NOT NULL REFERENCES staff_user (id),
    created_at         timestamptz NOT NULL,
    CHECK (victim_id <> perpetrator_id),
    CHECK (device_issued_on IS NULL OR approved),
    CHECK (device_returned_on IS NULL OR device_returned_on >= device_issued_on),
    CHECK (review_on IS NULL OR device_issued_on IS NOT NULL)
);
CREATE INDEX aware_application_dossier ON aware_application (dossier_id);
