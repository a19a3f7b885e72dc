-- SAML assertions issued at the token exchange, so they can be introspected and revoked by ID.
CREATE TABLE sts_issued_assertion (
    id          VARCHAR(128)  NOT NULL PRIMARY KEY,
    client_id   VARCHAR(128)  NOT NULL,
    subject     VARCHAR(1024) NOT NULL,
    audience    VARCHAR(1024) NOT NULL,
    issued_at   TIMESTAMP     NOT NULL,
    expires_at  TIMESTAMP     NOT NULL,
    chain       VARCHAR(4000) NOT NULL,
    act         TEXT
);
CREATE INDEX sts_issued_assertion_expires_at ON sts_issued_assertion (expires_at);
