-- Symbolon foundation schema: portable SQL for H2 2.x and PostgreSQL 15.
CREATE TABLE sts_client (
    client_id             VARCHAR(128)  NOT NULL PRIMARY KEY,
    name                  VARCHAR(256)  NOT NULL,
    secret_hash           VARCHAR(256),
    grant_types           VARCHAR(1024) NOT NULL,
    scopes                VARCHAR(4000) NOT NULL,
    audiences             VARCHAR(4000) NOT NULL,
    redirect_uris         VARCHAR(8000) NOT NULL,
    access_token_lifetime INTEGER       NOT NULL,
    signing_alg           VARCHAR(16)   NOT NULL,
    jwks                  TEXT,
    enabled               BOOLEAN       NOT NULL,
    created_at            TIMESTAMP     NOT NULL,
    updated_at            TIMESTAMP     NOT NULL,
    version               BIGINT        NOT NULL
);

CREATE TABLE sts_signing_key (
    kid              VARCHAR(64)  NOT NULL PRIMARY KEY,
    alg              VARCHAR(16)  NOT NULL,
    state            VARCHAR(16)  NOT NULL,
    public_jwk       TEXT         NOT NULL,
    private_key_enc  TEXT         NOT NULL,
    created_at       TIMESTAMP    NOT NULL,
    activated_at     TIMESTAMP,
    retired_at       TIMESTAMP,
    publish_until    TIMESTAMP
);

CREATE TABLE sts_revoked_token (
    jti          VARCHAR(128) NOT NULL PRIMARY KEY,
    client_id    VARCHAR(128),
    expires_at   TIMESTAMP    NOT NULL,
    revoked_at   TIMESTAMP    NOT NULL
);
CREATE INDEX sts_revoked_token_revoked_at ON sts_revoked_token (revoked_at);

CREATE TABLE sts_audit (
    id          VARCHAR(36)   NOT NULL PRIMARY KEY,
    occurred_at TIMESTAMP     NOT NULL,
    actor       VARCHAR(256)  NOT NULL,
    action      VARCHAR(64)   NOT NULL,
    target      VARCHAR(256),
    outcome     VARCHAR(16)   NOT NULL,
    before_json TEXT,
    after_json  TEXT
);
CREATE INDEX sts_audit_occurred_at ON sts_audit (occurred_at);

CREATE TABLE sts_admin_account (
    username       VARCHAR(128) NOT NULL PRIMARY KEY,
    password_hash  VARCHAR(512) NOT NULL,
    enabled        BOOLEAN      NOT NULL,
    created_at     TIMESTAMP    NOT NULL
);
