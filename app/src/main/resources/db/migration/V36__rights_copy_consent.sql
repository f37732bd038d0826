-- Issue 13 §2: a copy or inspection gives only the person's own data; data about another person of the dossier is
-- included only when that person consented, recorded on the request (the ids of those persons; checked to be persons
-- of the request's dossier when taken in).
ALTER TABLE rights_request ADD COLUMN consented_person_ids uuid[] NOT NULL DEFAULT '{}';
