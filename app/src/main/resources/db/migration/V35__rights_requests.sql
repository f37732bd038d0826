-- Issue 13 §1: a request of a person in a dossier to use a right (AVG; Wmo 2015 art. 5.3.2-5.3.5), from intake to
-- decision, within one month (once extendable by two months for a complex dossier).

-- rights_request: who asks what for whom, how the identity was checked (that it was, with which kind of document and
-- by whom; never the document itself), the statutory period and the decision with its letter.
CREATE TABLE rights_request (
    id                   uuid PRIMARY KEY,
    kind                 text        NOT NULL CHECK (kind IN ('INSPECTION', 'COPY', 'CORRECTION', 'OWN_STATEMENT',
                                                              'DESTRUCTION', 'RESTRICTION', 'OBJECTION', 'COMPLAINT')),
    person_id            uuid        NOT NULL REFERENCES person (id),
    dossier_id           uuid        NOT NULL REFERENCES dossier (id),
    requester            text        NOT NULL CHECK (requester IN ('SELF', 'PARENT_WITH_AUTHORITY', 'GUARDIAN',
                                                                   'LEGAL_REPRESENTATIVE')),
    requester_name       text CHECK (length(requester_name) BETWEEN 1 AND 200),
    person_consented     boolean     NOT NULL,
    person_incapacitated boolean     NOT NULL,
    -- The rule of the table "who may ask for whom" that let the request in, and the age it counted.
    age_on_receipt       integer CHECK (age_on_receipt >= 0),
    admitted_by_rule     text        NOT NULL,
    identity_check       text        NOT NULL CHECK (identity_check IN ('ID_DOCUMENT_SHOWN', 'ID_COPY_CHECKED',
                                                                         'KNOWN_TO_WORKER')),
    id_document_type     text CHECK (id_document_type IN ('PASSPORT', 'IDENTITY_CARD', 'DRIVING_LICENCE',
                                                          'RESIDENCE_PERMIT')),
    identity_checked_by  uuid        NOT NULL REFERENCES staff_user (id),
    received_on          date        NOT NULL,
    request_text         text        NOT NULL CHECK (length(request_text) BETWEEN 1 AND 20000),
    status               text        NOT NULL CHECK (status IN ('RECEIVED', 'EXTENDED', 'GRANTED', 'PARTLY_GRANTED',
                                                                'REFUSED', 'WITHDRAWN')),
    first_due_on         date        NOT NULL,
    due_on               date        NOT NULL,
    extension_reason     text,
    extended_by          uuid REFERENCES staff_user (id),
    extended_at          timestamptz,
    requester_told_on    date,
    requester_told_how   text CHECK (requester_told_how IN ('LETTER', 'EMAIL', 'PHONE', 'IN_PERSON')),
    decided_on           date,
    decision_reasons     text,
    decided_by           uuid REFERENCES staff_user (id),
    decided_at           timestamptz,
    letter_document_id   uuid REFERENCES document (id),
    taken_in_by          uuid        NOT NULL REFERENCES staff_user (id),
    taken_in_at          timestamptz NOT NULL,
    -- Someone else than the person is named; a copy is only given after a copy of an ID document was checked.
    CHECK (requester = 'SELF' OR requester_name IS NOT NULL),
    CHECK (kind <> 'COPY' OR identity_check = 'ID_COPY_CHECKED'),
    CHECK ((identity_check = 'KNOWN_TO_WORKER') = (id_document_type IS NULL)),
    -- Extended once, with its reason and how the requester was told; decided with reasons unless granted.
    CHECK ((status = 'EXTENDED' OR extension_reason IS NULL OR due_on > first_due_on)),
    CHECK ((extension_reason IS NULL) = (requester_told_on IS NULL)),
    CHECK (status NOT IN ('PARTLY_GRANTED', 'REFUSED') OR decision_reasons IS NOT NULL),
    CHECK ((status IN ('GRANTED', 'PARTLY_GRANTED', 'REFUSED')) = (decided_on IS NOT NULL))
);

CREATE INDEX rights_request_due ON rights_request (due_on) WHERE decided_on IS NULL;
CREATE INDEX rights_request_person ON rights_request (person_id);
