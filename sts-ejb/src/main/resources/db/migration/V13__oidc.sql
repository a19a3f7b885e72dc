-- OpenID Connect authorization code flow: a client's browser-flow settings (JSON), one-time codes and
-- refresh token families. Codes and refresh tokens are stored only as SHA-256 digests (base64url).
ALTER TABLE sts_client ADD COLUMN oidc_settings TEXT;

CREATE TABLE sts_authorization_code (
    code_hash              VARCHAR(64)   NOT NULL PRIMARY KEY,
    client_id              VARCHAR(128)  NOT NULL,
    redirect_uri           VARCHAR(2048) NOT NULL,
    scope                  VARCHAR(4000) NOT NULL,
    nonce                  VARCHAR(512),
    code_challenge         VARCHAR(128),
    user_id                VARCHAR(256)  NOT NULL,
    session_id             VARCHAR(128)  NOT NULL,
    auth_time              TIMESTAMP     NOT NULL,
    amr                    VARCHAR(256)  NOT NULL,
    acr                    VARCHAR(256),
    user_claims            TEXT          NOT NULL,
    created_at             TIMESTAMP     NOT NULL,
    expires_at             TIMESTAMP     NOT NULL,
    used_at                TIMESTAMP,
    replayed_at            TIMESTAMP,
    access_token_jti       VARCHAR(128),
    access_token_expires   TIMESTAMP
);
CREATE INDEX sts_authorization_code_expires ON sts_authorization_code (expires_at);

CREATE TABLE sts_refresh_family (
    id           VARCHAR(64)   NOT NULL PRIMARY KEY,
    code_hash    VARCHAR(64)   NOT NULL,
    client_id    VARCHAR(128)  NOT NULL,
    user_id      VARCHAR(256)  NOT NULL,
    session_id   VARCHAR(128)  NOT NULL,
    scope        VARCHAR(4000) NOT NULL,
    auth_time    TIMESTAMP     NOT NULL,
    amr          VARCHAR(256)  NOT NULL,
    acr          VARCHAR(256),
    user_claims  TEXT          NOT NULL,
    created_at   TIMESTAMP     NOT NULL,
    expires_at   TIMESTAMP     NOT NULL,
    revoked_at   TIMESTAMP
);
CREATE INDEX sts_refresh_family_code ON sts_refresh_family (code_hash);
CREATE INDEX sts_refresh_family_user ON sts_refresh_family (user_id);
CREATE INDEX sts_refresh_family_expires ON sts_refresh_family (expires_at);

CREATE TABLE sts_refresh_token (
    token_hash             VARCHAR(64)   NOT NULL PRIMARY KEY,
    family_id              VARCHAR(64)   NOT NULL,
    created_at             TIMESTAMP     NOT NULL,
    used_at                TIMESTAMP,
    access_token_jti       VARCHAR(128),
    access_token_expires   TIMESTAMP
);
CREATE INDEX sts_refresh_token_family ON sts_refresh_token (family_id);

-- The userinfo endpoint finds the grant behind an access token by its id.
CREATE INDEX sts_authorization_code_jti ON sts_authorization_code (access_token_jti);
CREATE INDEX sts_refresh_token_jti ON sts_refresh_token (access_token_jti);
