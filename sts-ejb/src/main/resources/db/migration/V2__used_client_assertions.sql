-- Client assertion ids (RFC 7523 jti) already used, shared by every node, kept until they expire.
CREATE TABLE sts_used_assertion (
    id          VARCHAR(64)  NOT NULL PRIMARY KEY,
    expires_at  TIMESTAMP    NOT NULL
);
CREATE INDEX sts_used_assertion_expires_at ON sts_used_assertion (expires_at);
