-- Every creating POST of the API takes an Idempotency-Key (issue 9 §3): the first answer to a key is kept, in the
-- transaction of the request itself, so a retry after a lost answer gets the stored result instead of a second act.
-- Kept 24 hours; only the same caller (actor) can replay it.
CREATE TABLE idempotent_request (
    actor           text        NOT NULL,
    idempotency_key text        NOT NULL CHECK (idempotency_key ~ '^[!-~]{1,200}$'),
    request_hash    text        NOT NULL CHECK (request_hash ~ '^[0-9a-f]{64}$'),
    status          integer CHECK (status BETWEEN 200 AND 399),
    content_type    text,
    location        text,
    body            bytea,
    created_at      timestamptz NOT NULL,
    PRIMARY KEY (actor, idempotency_key)
);
CREATE INDEX idempotent_request_created ON idempotent_request (created_at);
