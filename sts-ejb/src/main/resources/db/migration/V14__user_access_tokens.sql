-- Access tokens issued to users through the browser flows (authorization_code, refresh_token), so
-- that disabling or deleting a user revokes each one, whatever subject (public or pairwise) it carries.
CREATE TABLE sts_user_access_token (
    jti         VARCHAR(128)  NOT NULL PRIMARY KEY,
    user_id     VARCHAR(256)  NOT NULL,
    client_id   VARCHAR(128)  NOT NULL,
    expires_at  TIMESTAMP     NOT NULL
);
CREATE INDEX sts_user_access_token_user ON sts_user_access_token (user_id);
CREATE INDEX sts_user_access_token_expires ON sts_user_access_token (expires_at);

-- A logout revokes the refresh token families granted in its session.
CREATE INDEX sts_refresh_family_session ON sts_refresh_family (session_id);
