-- Issue 10 §1: each table has one owning module, and only its SQL names the table (EachModuleKeepsToItsOwnTablesTest).
-- What other modules need to read, the owner publishes as a view with a stable shape: read-only for the runtime role
-- (afterMigrate.sql revokes writing), so every change still goes through the owner's code.

-- staff: who someone is (their name), the teams and who is in them.
CREATE VIEW staff_name AS SELECT id, display_name FROM staff_user;
CREATE VIEW team_name AS SELECT id, name FROM team;
CREATE VIEW team_membership AS SELECT user_id, team_id FROM staff_user_team;

-- dossier: a dossier's reference, team and status, and who is assigned to it.
CREATE VIEW dossier_ref AS SELECT id, reference, team_id, status FROM dossier;
CREATE VIEW dossier_worker AS SELECT dossier_id, user_id FROM dossier_assignment;

-- intake: a report's assessment deadline, for the assessment's figures.
CREATE VIEW report_due AS
    SELECT id, reference, dossier_id, team_id, acute, status, received_at, assessment_due_on, assessment_due_at, assessed_on
    FROM report;
