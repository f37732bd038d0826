-- Issue 12 §5: a report not yet assessed goes with its dossier to the Veilig Thuis region where the household lives.
ALTER TABLE report DROP CONSTRAINT report_status_check;
ALTER TABLE report ADD CONSTRAINT report_status_check
    CHECK (status IN ('TO_VERIFY', 'AWAITING_ASSESSMENT', 'ASSESSED', 'TRANSFERRED'));
