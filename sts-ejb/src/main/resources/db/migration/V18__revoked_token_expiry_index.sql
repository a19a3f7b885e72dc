-- The start-up load of live revocations and the purge of expired ones select by expiry.
CREATE INDEX sts_revoked_token_expires_at ON sts_revoked_token (expires_at);
