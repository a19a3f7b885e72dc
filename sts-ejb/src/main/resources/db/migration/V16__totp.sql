-- TOTP (RFC 6238) second factor: each user's secret sealed with the master key, and the last time step
-- a code was accepted for, so that a code is good once on every node.
CREATE TABLE sts_user_totp (
    user_id     VARCHAR(36)   NOT NULL PRIMARY KEY REFERENCES sts_user (id) ON DELETE CASCADE,
    secret      VARCHAR(512)  NOT NULL,
    last_step   BIGINT        NOT NULL,
    created_at  TIMESTAMP     NOT NULL
);
