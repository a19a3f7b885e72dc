-- Token exchange: trusted partner issuers and each client's exchange policy.
CREATE TABLE sts_partner_issuer (
    issuer_id    VARCHAR(128)  NOT NULL PRIMARY KEY,
    issuer       VARCHAR(1024) NOT NULL,
    name         VARCHAR(256)  NOT NULL,
    protocol     VARCHAR(16)   NOT NULL,
    jwks         TEXT,
    jwks_uri     VARCHAR(2048),
    token_types  VARCHAR(1024) NOT NULL,
    audience     VARCHAR(1024),
    algorithms   VARCHAR(256)  NOT NULL,
    enabled      BOOLEAN       NOT NULL,
    created_at   TIMESTAMP     NOT NULL,
    updated_at   TIMESTAMP     NOT NULL,
    version      BIGINT        NOT NULL
);
CREATE UNIQUE INDEX sts_partner_issuer_issuer ON sts_partner_issuer (issuer);

ALTER TABLE sts_client ADD COLUMN trusted_issuers VARCHAR(4000) DEFAULT '' NOT NULL;
ALTER TABLE sts_client ADD COLUMN token_types VARCHAR(1024) DEFAULT 'urn:ietf:params:oauth:token-type:access_token' NOT NULL;
ALTER TABLE sts_client ADD COLUMN allowed_actors VARCHAR(4000) DEFAULT '' NOT NULL;
ALTER TABLE sts_client ADD COLUMN impersonation BOOLEAN DEFAULT FALSE NOT NULL;
