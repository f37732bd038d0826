-- A restraining order lasts at most 28 calendar days in Dutch local time (DOMAIN.md: imposed at 18:00, it ends at
-- 18:00, also across a change of summer or winter time). V10 checked 28 × 24 hours, which refuses a legal 28-day
-- order that spans the start of winter time (it is an hour longer).
DO $$
DECLARE c record;
BEGIN
    FOR c IN SELECT conname FROM pg_constraint
             WHERE conrelid = 'restraining_order'::regclass AND contype = 'c'
               AND pg_get_constraintdef(oid) LIKE '%28 days%'
    LOOP
        EXECUTE format('ALTER TABLE restraining_order DROP CONSTRAINT %I', c.conname);
    END LOOP;
END $$;

ALTER TABLE restraining_order ADD CONSTRAINT restraining_order_at_most_28_days CHECK (
    ends_at > starts_at
    AND ends_at <= ((starts_at AT TIME ZONE 'Europe/Amsterdam') + interval '28 days') AT TIME ZONE 'Europe/Amsterdam');
