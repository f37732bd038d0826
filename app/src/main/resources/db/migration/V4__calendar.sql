-- Days that a published decree equates with a generally recognised holiday (Algemene termijnenwet art. 3 lid 3).
CREATE TABLE decree_holiday (
    day         date PRIMARY KEY,
    description text        NOT NULL,
    added_at    timestamptz NOT NULL,
    added_by    uuid REFERENCES staff_user (id)
);
INSERT INTO decree_holiday (day, description, added_at) VALUES
    ('2026-01-02', 'Besluit gelijkstelling 2 januari 2026 met een algemeen erkende feestdag', now()),
    ('2026-05-15', 'Besluit gelijkstelling 15 mei 2026 (vrijdag na Hemelvaartsdag)', now()),
    ('2027-05-07', 'Besluit gelijkstelling 7 mei 2027 (vrijdag na Hemelvaartsdag)', now()),
    ('2028-04-28', 'Besluit gelijkstelling 28 april 2028 (vrijdag na Koningsdag)', now()),
    ('2028-05-26', 'Besluit gelijkstelling 26 mei 2028 (vrijdag na Hemelvaartsdag)', now());
