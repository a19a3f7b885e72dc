-- SAML 2.0 partner issuers: the metadata they were registered from (uploaded, or last fetched from
-- metadata_url), the pinned certificate that must sign it, the signing certificates read from it (PEM)
-- and when the first of them expires.
ALTER TABLE sts_partner_issuer ADD COLUMN saml_metadata TEXT;
ALTER TABLE sts_partner_issuer ADD COLUMN metadata_url VARCHAR(2048);
ALTER TABLE sts_partner_issuer ADD COLUMN metadata_certificate TEXT;
ALTER TABLE sts_partner_issuer ADD COLUMN certificates TEXT;
ALTER TABLE sts_partner_issuer ADD COLUMN certificates_expire_at TIMESTAMP;
