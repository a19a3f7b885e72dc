-- A logout revokes every access token issued in its session, whether or not a refresh token
-- family came with it. Rows written before this column existed have no session: they expire
-- within an access token's lifetime and are still revoked with their user.
ALTER TABLE sts_user_access_token ADD COLUMN session_id VARCHAR(128);
CREATE INDEX sts_user_access_token_session ON sts_user_access_token (session_id);
