-- SAML 2.0 service providers: the metadata they were registered from (uploaded, or last fetched from
-- metadata_url) and what was read from it, then the settings Symbolon answers them with.
-- acs and slo hold one endpoint a line, fields separated by tabs; certificates are PEM blocks.
CREATE TABLE sts_service_provider (
    sp_id                    VARCHAR(64)   NOT NULL PRIMARY KEY,
    entity_id                VARCHAR(1024) NOT NULL,
    metadata                 TEXT          NOT NULL,
    metadata_url             VARCHAR(2048),
    metadata_certificate     TEXT,
    acs                      TEXT          NOT NULL,
    slo                      TEXT,
    signing_certificates     TEXT,
    encryption_certificates  TEXT,
    certificates_expire_at   TIMESTAMP,
    authn_requests_signed    BOOLEAN       NOT NULL,
    want_assertions_signed   BOOLEAN       NOT NULL,
    name_id_formats          TEXT,
    enabled                  BOOLEAN       NOT NULL,
    display_name             VARCHAR(256)  NOT NULL,
    sign_response            BOOLEAN       NOT NULL,
    sign_assertion           BOOLEAN       NOT NULL,
    encrypt_assertion        BOOLEAN       NOT NULL,
    name_id_format           VARCHAR(256)  NOT NULL,
    attribute_rules          TEXT,
    signature_algorithm      VARCHAR(32)   NOT NULL,
    assertion_lifetime       INTEGER       NOT NULL,
    require_signed_requests  BOOLEAN       NOT NULL,
    created_at               TIMESTAMP     NOT NULL,
    updated_at               TIMESTAMP     NOT NULL,
    version                  BIGINT        NOT NULL,
    CONSTRAINT sts_service_provider_entity_id UNIQUE (entity_id)
);
