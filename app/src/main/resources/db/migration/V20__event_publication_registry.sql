-- Spring Modulith's JDBC event publication registry (issue 10 §4): every event for a listener that runs after the
-- commit (@ApplicationModuleListener) is written here in the publishing transaction and marked completed when the
-- listener has run in its own transaction, so a reaction is not lost on a crash: incomplete publications are
-- republished at startup. The schema is Modulith 2.1's own (spring-modulith-events-jdbc, schemas/v2/
-- schema-postgresql.sql), created here instead of by Modulith at runtime: the runtime role creates no tables.
-- Events carry ids, dates and codes, never names or free text. Completed publications are deleted after 7 days.
CREATE TABLE event_publication (
    id                     uuid        NOT NULL,
    listener_id            text        NOT NULL,
    event_type             text        NOT NULL,
    serialized_event       text        NOT NULL,
    publication_date       timestamptz NOT NULL,
    completion_date        timestamptz,
    status                 text,
    completion_attempts    integer,
    last_resubmission_date timestamptz,
    PRIMARY KEY (id)
);
CREATE INDEX event_publication_serialized_event_hash_idx ON event_publication USING hash (serialized_event);
CREATE INDEX event_publication_by_completion_date_idx ON event_publication (completion_date);
