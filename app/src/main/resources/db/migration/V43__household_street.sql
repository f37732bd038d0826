-- Issue 12 §5: the billing export's address column holds street, house number and postcode; the street was not kept.
ALTER TABLE report ADD COLUMN household_street text CHECK (length(household_street) <= 200);
ALTER TABLE dossier ADD COLUMN household_street text CHECK (length(household_street) <= 200);
