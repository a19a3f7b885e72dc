-- A client's settings as a SAML 2.0 relying party (JSON), for assertions issued at the token exchange.
ALTER TABLE sts_client ADD COLUMN saml_settings TEXT;
