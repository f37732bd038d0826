-- A report keeps the household and persons as they were registered. The registrar of a report that joined a dossier
-- they may not open sees only this (issue 9: registering a report never opens someone else's dossier), and the
-- reporter's text as verified stays as it was when the dossier's data is later corrected.
ALTER TABLE report
    ADD COLUMN household_postcode          text,
    ADD COLUMN household_house_number      text,
    ADD COLUMN household_municipality_code text,
    ADD COLUMN joined_open_dossier         boolean NOT NULL DEFAULT false;

ALTER TABLE report_person
    ADD COLUMN registered_bsn            char(9) CHECK (registered_bsn ~ '^[0-9]{9}$'),
    ADD COLUMN registered_surname        text,
    ADD COLUMN registered_surname_prefix text,
    ADD COLUMN registered_given_names    text,
    ADD COLUMN registered_date_of_birth  date;

-- Reports registered before this version: the best record there is, the dossier's and persons' data as they are now.
UPDATE report r
SET household_postcode = d.household_postcode, household_house_number = d.household_house_number,
    household_municipality_code = d.household_municipality_code
FROM dossier d WHERE d.id = r.dossier_id;

UPDATE report_person rp
SET registered_bsn = p.bsn, registered_surname = p.surname, registered_surname_prefix = p.surname_prefix,
    registered_given_names = p.given_names, registered_date_of_birth = p.date_of_birth
FROM person p WHERE p.id = rp.person_id;
