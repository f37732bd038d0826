-- Runs after every migration, as the owner: the runtime role gets exactly what it needs, and never more on the
-- access log than reading and appending.
GRANT USAGE ON SCHEMA public TO ${appRole};
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${appRole};
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${appRole};
REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON access_log_entry FROM ${appRole};
REVOKE UPDATE, DELETE, TRUNCATE ON access_log_check FROM ${appRole};
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON flyway_schema_history FROM ${appRole};
REVOKE DELETE, TRUNCATE ON access_log_head FROM ${appRole};
-- event_publication (Modulith's event registry, V20) needs exactly the grant above: the runtime role writes a
-- publication, completes or resubmits it (UPDATE) and deletes completed ones; Modulith creates no schema at runtime.
-- Every view is read-only for the runtime role: the views modules publish for each other (V22 on) are read, and a
-- change goes through the owning module's tables. (A loop, because this runs after migrating to any version.)
-- The journal is never edited or deleted: a correction is a new entry (V24). Its tables are named only when they
-- exist, for the same reason. So is the register of disclosures (V29): what left the organisation stays recorded.
DO $$
DECLARE
    v record;
BEGIN
    FOR v IN SELECT table_name FROM information_schema.views WHERE table_schema = 'public' LOOP
        EXECUTE format('REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON %I FROM %I', v.table_name, '${appRole}');
    END LOOP;
    IF to_regclass('public.journal_entry') IS NOT NULL THEN
        EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON journal_entry, journal_entry_person FROM %I', '${appRole}');
    END IF;
    IF to_regclass('public.disclosure') IS NOT NULL THEN
        EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON disclosure, disclosure_person FROM %I', '${appRole}');
    END IF;
END
$$;
