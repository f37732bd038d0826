-- The radar: finding persons across all dossiers by BSN, by name and date of birth (tolerant of typing errors,
-- diacritics, Dutch particles and their order, double surnames, swapped names), or by address.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;

-- unaccent() is only STABLE (its dictionary could change); fixing the dictionary makes it safe for indexes.
CREATE FUNCTION radar_unaccent(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    RETURN public.unaccent('public.unaccent'::regdictionary, $1);

-- A name as the radar compares it: without accents, case, punctuation and the Dutch particles (tussenvoegsels),
-- wherever they stand ("van der Berg", "Berg, van der", "Berg v.d." all become "berg").
CREATE FUNCTION radar_name_key(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    RETURN btrim(regexp_replace(
        regexp_replace(
            regexp_replace(lower(radar_unaccent($1)), '[^a-z ]+', ' ', 'g'),
            '(^| )(van|von|der|den|de|di|da|du|het|ter|ten|te|op|in|uit|aan|bij|onder|over|voor|vd|v|t|s|la|le|l|d)(?= |$)', ' ', 'g'),
        ' +', ' ', 'g'));

ALTER TABLE person
    ADD COLUMN surname_key text GENERATED ALWAYS AS (radar_name_key(surname)) STORED,
    ADD COLUMN given_key   text GENERATED ALWAYS AS (radar_name_key(coalesce(given_names, ''))) STORED;

CREATE INDEX person_birth ON person (date_of_birth);
CREATE INDEX person_surname_trgm ON person USING gin (surname_key gin_trgm_ops);
CREATE INDEX person_address ON person (postcode, house_number) WHERE postcode IS NOT NULL;
