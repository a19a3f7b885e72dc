-- Single sign-on sessions and logins in progress, shared by every node. Browsers hold random
-- values; only their SHA-256 (base64url, 43 characters) is stored.
CREATE TABLE sts_sso_session (
    id            VARCHAR(43)   NOT NULL PRIMARY KEY,
    cookie_hash   VARCHAR(43)   NOT NULL,
    user_id       VARCHAR(64)   NOT NULL,
    username      VARCHAR(256)  NOT NULL,
    auth_time     TIMESTAMP     NOT NULL,
    amr           VARCHAR(256)  NOT NULL,
    acr           VARCHAR(256),
    created_at    TIMESTAMP     NOT NULL,
    last_seen_at  TIMESTAMP     NOT NULL,
    expires_at    TIMESTAMP     NOT NULL
);
CREATE UNIQUE INDEX sts_sso_session_cookie ON sts_sso_session (cookie_hash);
CREATE INDEX sts_sso_session_user ON sts_sso_session (user_id);
CREATE INDEX sts_sso_session_expires ON sts_sso_session (expires_at);

CREATE TABLE sts_sso_participant (
    id              VARCHAR(36)   NOT NULL PRIMARY KEY,
    session_id      VARCHAR(43)   NOT NULL REFERENCES sts_sso_session (id) ON DELETE CASCADE,
    protocol        VARCHAR(16)   NOT NULL,
    relying_party   VARCHAR(1024) NOT NULL,
    name_id         VARCHAR(1024),
    name_id_format  VARCHAR(256),
    session_index   VARCHAR(128),
    joined_at       TIMESTAMP     NOT NULL
);
CREATE INDEX sts_sso_participant_session ON sts_sso_participant (session_id);

CREATE TABLE sts_pending_login (
    ticket_hash         VARCHAR(43)   NOT NULL PRIMARY KEY,
    resume_path         VARCHAR(256)  NOT NULL,
    parameters          TEXT          NOT NULL,
    force_authn         BOOLEAN       NOT NULL,
    login_hint          VARCHAR(256),
    relying_party_name  VARCHAR(256),
    created_at          TIMESTAMP     NOT NULL,
    expires_at          TIMESTAMP     NOT NULL
);
CREATE INDEX sts_pending_login_expires ON sts_pending_login (expires_at);
