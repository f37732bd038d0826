-- One person per BSN (Wmo 2015 art. 5.2.9: persons are identified by their BSN). Concurrent reports about the same
-- new child could each insert the person; a unique index now makes that impossible. Duplicates already stored are
-- merged first into the oldest record with that BSN: every reference moves to it, its empty fields are filled from the
-- duplicates, and the merged ids are kept in person_merged, because the access log is append-only and keeps naming
-- them: a search of the log by person also finds the entries under a merged id.

CREATE TABLE person_merged (
    merged_id uuid PRIMARY KEY,
    person_id uuid        NOT NULL REFERENCES person (id),
    merged_at timestamptz NOT NULL
);
CREATE INDEX person_merged_person ON person_merged (person_id);

INSERT INTO person_merged (merged_id, person_id, merged_at)
SELECT id, keeper, now()
FROM (SELECT id, first_value(id) OVER (PARTITION BY bsn ORDER BY created_at, id) AS keeper
      FROM person WHERE bsn IS NOT NULL) p
WHERE id <> keeper;

-- The kept record keeps what it has; what it lacks comes from the oldest duplicate that has it.
UPDATE person k
SET surname_prefix    = coalesce(k.surname_prefix, d.surname_prefix),
    given_names       = coalesce(k.given_names, d.given_names),
    date_of_birth     = coalesce(k.date_of_birth, d.date_of_birth),
    gender            = coalesce(k.gender, d.gender),
    postcode          = coalesce(k.postcode, d.postcode),
    house_number      = coalesce(k.house_number, d.house_number),
    municipality_code = coalesce(k.municipality_code, d.municipality_code)
FROM (SELECT m.person_id,
             (array_agg(p.surname_prefix ORDER BY p.created_at) FILTER (WHERE p.surname_prefix IS NOT NULL))[1] AS surname_prefix,
             (array_agg(p.given_names ORDER BY p.created_at) FILTER (WHERE p.given_names IS NOT NULL))[1] AS given_names,
             (array_agg(p.date_of_birth ORDER BY p.created_at) FILTER (WHERE p.date_of_birth IS NOT NULL))[1] AS date_of_birth,
             (array_agg(p.gender ORDER BY p.created_at) FILTER (WHERE p.gender IS NOT NULL))[1] AS gender,
             (array_agg(p.postcode ORDER BY p.created_at) FILTER (WHERE p.postcode IS NOT NULL))[1] AS postcode,
             (array_agg(p.house_number ORDER BY p.created_at) FILTER (WHERE p.house_number IS NOT NULL))[1] AS house_number,
             (array_agg(p.municipality_code ORDER BY p.created_at) FILTER (WHERE p.municipality_code IS NOT NULL))[1] AS municipality_code
      FROM person_merged m JOIN person p ON p.id = m.merged_id
      GROUP BY m.person_id) d
WHERE k.id = d.person_id;

-- Links whose key includes the person: a duplicate's link becomes the kept person's, unless that link exists already.
INSERT INTO dossier_person (dossier_id, person_id, role)
SELECT l.dossier_id, m.person_id, l.role FROM dossier_person l JOIN person_merged m ON m.merged_id = l.person_id
ON CONFLICT DO NOTHING;
DELETE FROM dossier_person l USING person_merged m WHERE l.person_id = m.merged_id;

INSERT INTO report_person (report_id, person_id, role)
SELECT l.report_id, m.person_id, l.role FROM report_person l JOIN person_merged m ON m.merged_id = l.person_id
ON CONFLICT DO NOTHING;
DELETE FROM report_person l USING person_merged m WHERE l.person_id = m.merged_id;

INSERT INTO advice_request_person (advice_request_id, person_id, role)
SELECT l.advice_request_id, m.person_id, l.role FROM advice_request_person l JOIN person_merged m ON m.merged_id = l.person_id
ON CONFLICT DO NOTHING;
DELETE FROM advice_request_person l USING person_merged m WHERE l.person_id = m.merged_id;

-- Persons named in an array (no foreign key): the persons a restraining order protects, in their order, once each.
UPDATE restraining_order o
SET protected_person_ids = ARRAY(
        SELECT coalesce(m.person_id, u.id)
        FROM unnest(o.protected_person_ids) WITH ORDINALITY u (id, n) LEFT JOIN person_merged m ON m.merged_id = u.id
        GROUP BY coalesce(m.person_id, u.id) ORDER BY min(u.n))
WHERE o.protected_person_ids && ARRAY(SELECT merged_id FROM person_merged);

-- Every other reference, found from the catalogue so that none is missed (restraining orders, AWARE, the
-- conversations of an investigation, and whatever references a person later): moved to the kept person.
DO $$
DECLARE
    fk record;
BEGIN
    FOR fk IN
        SELECT c.conrelid::regclass AS tbl, a.attname AS col
        FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
        WHERE c.contype = 'f' AND c.confrelid = 'person'::regclass AND cardinality(c.conkey) = 1
          AND c.conrelid <> 'person_merged'::regclass
    LOOP
        EXECUTE format('UPDATE %s t SET %I = m.person_id FROM person_merged m WHERE t.%I = m.merged_id',
                       fk.tbl, fk.col, fk.col);
    END LOOP;
END
$$;

DELETE FROM person p USING person_merged m WHERE p.id = m.merged_id;

DROP INDEX person_bsn;
CREATE UNIQUE INDEX person_bsn ON person (bsn) WHERE bsn IS NOT NULL;
