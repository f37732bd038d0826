-- Staff, teams, roles, API tokens and login throttling.

CREATE TABLE installation (
    id         integer PRIMARY KEY CHECK (id = 1),
    mode       text        NOT NULL CHECK (mode IN ('DEMO', 'LIVE')),
    created_at timestamptz NOT NULL
);

CREATE TABLE team (
    id         uuid PRIMARY KEY,
    name       text        NOT NULL UNIQUE CHECK (length(name) BETWEEN 2 AND 100),
    created_at timestamptz NOT NULL
);

CREATE TABLE staff_user (
    id                       uuid PRIMARY KEY,
    username                 text        NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9][a-z0-9._-]{1,62}$'),
    display_name             text        NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
    kind                     text        NOT NULL CHECK (kind IN ('PERSON', 'SERVICE_ACCOUNT')),
    password_hash            text,
    password_change_required boolean     NOT NULL DEFAULT false,
    totp_secret              text,
    totp_last_step           bigint,
    enabled                  boolean     NOT NULL DEFAULT true,
    -- Raised whenever sessions and tokens issued before must stop working (disable, second factor reset, roles).
    security_stamp           integer     NOT NULL DEFAULT 0,
    created_at               timestamptz NOT NULL,
    disabled_at              timestamptz,
    CHECK (kind = 'PERSON' OR (password_hash IS NULL AND totp_secret IS NULL))
);

CREATE TABLE staff_user_role (
    user_id uuid NOT NULL REFERENCES staff_user (id) ON DELETE CASCADE,
    role    text NOT NULL CHECK (role IN ('CASE_WORKER', 'BEHAVIOURAL_SCIENTIST', 'LEGAL_ADVISOR',
                                          'CONFIDENTIAL_DOCTOR', 'CRISIS_WORKER', 'SECRETARIAT', 'TEAM_LEADER',
                                          'DATA_PROTECTION_OFFICER', 'APPLICATION_ADMIN')),
    PRIMARY KEY (user_id, role)
);

CREATE TABLE staff_user_team (
    user_id uuid NOT NULL REFERENCES staff_user (id) ON DELETE CASCADE,
    team_id uuid NOT NULL REFERENCES team (id),
    PRIMARY KEY (user_id, team_id)
);
CREATE INDEX staff_user_team_team ON staff_user_team (team_id);

CREATE TABLE api_token (
    id           uuid PRIMARY KEY,
    user_id      uuid        NOT NULL REFERENCES staff_user (id),
    name         text        NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    token_hash   bytea       NOT NULL UNIQUE,
    created_at   timestamptz NOT NULL,
    created_by   uuid        NOT NULL REFERENCES staff_user (id),
    expires_at   timestamptz NOT NULL,
    revoked_at   timestamptz,
    last_used_at timestamptz,
    CHECK (expires_at > created_at)
);
CREATE INDEX api_token_user ON api_token (user_id);

-- Failed logins per username (hashed, so that mistyped passwords entered as usernames are not kept).
CREATE TABLE login_throttle (
    key_hash      text PRIMARY KEY,
    failures      integer     NOT NULL,
    window_start  timestamptz NOT NULL,
    locked_until  timestamptz
);

-- The one-time token with which the first administrator is created on a fresh installation.
CREATE TABLE setup_token (
    id         integer PRIMARY KEY CHECK (id = 1),
    token_hash bytea       NOT NULL,
    expires_at timestamptz NOT NULL
);
