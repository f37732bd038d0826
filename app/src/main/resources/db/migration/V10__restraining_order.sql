-- The temporary restraining order (Wet tijdelijk huisverbod): the mayor orders one adult out of the home for 10 days;
-- an extension decision can lengthen it to at most 28 days from the start.
CREATE TABLE restraining_order (
    id                     uuid PRIMARY KEY,
    dossier_id             uuid        NOT NULL REFERENCES dossier (id),
    starts_at              timestamptz NOT NULL,
    ends_at                timestamptz NOT NULL,
    ordered_out_person_id  uuid        NOT NULL REFERENCES person (id),
    protected_person_ids   uuid[]      NOT NULL,
    child_abuse_reason     boolean     NOT NULL,
    consulted_at           timestamptz,
    consultation_summary   text,
    help_started           text,
    contacts               text,
    lasting_decisions      text,
    registered_by          uuid        NOT NULL REFERENCES staff_user (id),
    registered_at          timestamptz NOT NULL,
    CHECK (ends_at > starts_at AND ends_at <= starts_at + interval '28 days'),
    CHECK (NOT child_abuse_reason OR consulted_at IS NOT NULL)
);
CREATE INDEX restraining_order_dossier ON restraining_order (dossier_id);
CREATE INDEX restraining_order_end ON restraining_order (ends_at);

CREATE TABLE restraining_order_extension (
    id           uuid PRIMARY KEY,
    order_id     uuid        NOT NULL REFERENCES restraining_order (id),
    decided_at   timestamptz NOT NULL,
    old_ends_at  timestamptz NOT NULL,
    new_ends_at  timestamptz NOT NULL,
    registered_by uuid       NOT NULL REFERENCES staff_user (id),
    registered_at timestamptz NOT NULL
);
