-- The self-signed X.509 certificate (PEM) of an RS256 signing key, for SAML metadata and XML
-- signatures. NULL for ES256 keys; RS256 keys stored before this version get one at the next start.
-- Portable SQL for H2 2.x and PostgreSQL 15.
ALTER TABLE sts_signing_key ADD COLUMN certificate_pem TEXT;
