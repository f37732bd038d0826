-- A planned conversation of an investigation is with a household member or with a professional, never both (a row
-- with both was stored as the household member under the professional's name); it can be cancelled with a reason and
-- stays visible as cancelled.
ALTER TABLE investigation_conversation
    ADD COLUMN cancelled_on     date,
    ADD COLUMN cancelled_reason text,
    ADD COLUMN cancelled_by     uuid REFERENCES staff_user (id),
    ADD COLUMN updated_at       timestamptz,
    ADD CONSTRAINT investigation_conversation_cancelled
        CHECK ((cancelled_on IS NULL) = (cancelled_reason IS NULL) AND (cancelled_on IS NULL OR held_on IS NULL));
-- Rows stored with both before this version stay as they are (NOT VALID): new and changed rows must hold one.
ALTER TABLE investigation_conversation
    ADD CONSTRAINT investigation_conversation_person_or_name CHECK (person_id IS NULL OR name IS NULL) NOT VALID;
