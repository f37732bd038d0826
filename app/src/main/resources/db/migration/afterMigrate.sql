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
-- The views modules publish for each other (V22) are read-only: a change goes through the owning module.
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON staff_name, team_name, team_membership, dossier_ref, dossier_worker, report_due
    FROM ${appRole};
