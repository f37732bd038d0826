-- Issue 12 §4: every disclosure of personal data to a party outside Veilig Thuis, with its legal ground from a closed
-- list (DOMAIN.md "Exchanging data"), its recipient, the persons it is about and the data items sent. Never changed
-- or deleted (afterMigrate.sql revokes both).

-- A professional without an account (the information request's one-time page) is logged as an external actor.
ALTER TABLE access_log_entry DROP CONSTRAINT access_log_entry_actor_kind_check;
ALTER TABLE access_log_entry ADD CONSTRAINT access_log_entry_actor_kind_check
    CHECK (actor_kind IN ('PERSON', 'SERVICE_ACCOUNT', 'ANONYMOUS', 'SYSTEM', 'EXTERNAL'));

CREATE TABLE disclosure (
    id                      uuid PRIMARY KEY,
    dossier_id              uuid        REFERENCES dossier (id),
    kind                    text        NOT NULL CHECK (kind IN ('OTHER', 'HANDOVER', 'RVDK_REQUEST', 'BW_NOTICE',
                                                                 'INFORMATION_REQUEST', 'VIR_SIGNAL', 'BILLING_EXPORT',
                                                                 'REGION_TRANSFER')),
    source_id               uuid,
    disclosed_on            date        NOT NULL,
    recipient_organisation  text        NOT NULL CHECK (length(recipient_organisation) BETWEEN 1 AND 200),
    recipient_person        text        CHECK (length(recipient_person) <= 200),
    legal_ground            text        NOT NULL CHECK (legal_ground IN ('CONSENT', 'LEGAL_DUTY_IGJ_CALAMITY',
                                            'LEGAL_DUTY_CERTIFIED_INSTITUTION', 'LEGAL_DUTY_BW_NOTICE', 'CHILD_PROTECTION_RVDK',
                                            'CHILD_PROTECTION_OTHER_VEILIG_THUIS', 'CHILD_PROTECTION_JUDICIARY',
                                            'CHILD_PROTECTION_CENTRAL_AUTHORITY', 'CARE_PROVIDER_DIRECTLY_INVOLVED',
                                            'PREVENT_SERIOUS_HARM', 'BILLING_CONTROL', 'VIR_SIGNAL',
                                            'INVESTIGATION_NECESSITY')),
    data_items              text[]      NOT NULL CHECK (cardinality(data_items) > 0 AND data_items <@ ARRAY[
                                            'NAME', 'DATE_OF_BIRTH', 'BSN', 'ADDRESS', 'CONTACT_DETAILS', 'CONCERN',
                                            'REPORT', 'ASSESSMENT', 'FOLLOW_UP', 'JOURNAL', 'DOCUMENTS',
                                            'SERVICES_DELIVERED', 'VEILIG_THUIS_CONTACT', 'SIGNAL_DATE']::text[]),
    description             text        CHECK (length(description) <= 20000),
    decided_by              uuid        NOT NULL REFERENCES staff_user (id),
    recorded_at             timestamptz NOT NULL
);
CREATE INDEX disclosure_dossier ON disclosure (dossier_id);
CREATE INDEX disclosure_disclosed_on ON disclosure (disclosed_on, recorded_at);

CREATE TABLE disclosure_person (
    disclosure_id  uuid NOT NULL REFERENCES disclosure (id),
    person_id      uuid NOT NULL REFERENCES person (id),
    PRIMARY KEY (disclosure_id, person_id)
);
CREATE INDEX disclosure_person_person ON disclosure_person (person_id);
