-- Municipalities, Veilig Thuis regions and place names, versioned by year (boundaries change on 1 January).
CREATE TABLE reference_data_set (
    year      integer PRIMARY KEY,
    loaded_at timestamptz NOT NULL,
    regions   integer     NOT NULL,
    municipalities integer NOT NULL,
    place_names integer   NOT NULL
);

CREATE TABLE vt_region (
    year integer NOT NULL REFERENCES reference_data_set (year),
    code text    NOT NULL CHECK (code ~ '^VT[0-9]{2}$'),
    name text    NOT NULL,
    PRIMARY KEY (year, code)
);

CREATE TABLE municipality (
    year        integer NOT NULL,
    code        text    NOT NULL CHECK (code ~ '^GM[0-9]{4}$'),
    name        text    NOT NULL,
    province    text    NOT NULL,
    region_code text    NOT NULL,
    PRIMARY KEY (year, code),
    FOREIGN KEY (year, region_code) REFERENCES vt_region (year, code)
);
CREATE INDEX municipality_name ON municipality (year, lower(name));

CREATE TABLE place_name (
    year              integer NOT NULL,
    name              text    NOT NULL,
    municipality_code text    NOT NULL,
    PRIMARY KEY (year, name, municipality_code),
    FOREIGN KEY (year, municipality_code) REFERENCES municipality (year, code)
);
CREATE INDEX place_name_lower ON place_name (year, lower(name));
