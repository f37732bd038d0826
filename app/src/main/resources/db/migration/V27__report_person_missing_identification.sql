-- A report keeps why a person's identification was missing as typed (issue 11 §5: the report page shows everything
-- typed), beside the other registered data of V14.
ALTER TABLE report_person ADD COLUMN registered_identification_missing_reason text;

-- Reports registered before this version: the best record there is, the person's reason as it is now.
UPDATE report_person rp
SET registered_identification_missing_reason = p.identification_missing_reason
FROM person p WHERE p.id = rp.person_id AND p.identification_missing_reason IS NOT NULL;
