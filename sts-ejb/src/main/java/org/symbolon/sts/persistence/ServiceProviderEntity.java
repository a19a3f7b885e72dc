package org.symbolon.sts.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

@Entity
@Table(name = "sts_service_provider")
public class ServiceProviderEntity {

    @Id
    @Column(name = "sp_id")
    public String id;

    @Column(name = "entity_id")
    public String entityId;

    @Column(name = "metadata")
    public String metadata;

    @Column(name = "metadata_url")
    public String metadataUrl;

    @Column(name = "metadata_certificate")
    public String metadataCertificate;

    @Column(name = "acs")
    public String acs;

    @Column(name = "slo")
    public String slo;

    @Column(name = "signing_certificates")
    public String signingCertificates;

    @Column(name = "encryption_certificates")
    public String encryptionCertificates;

    @Column(name = "certificates_expire_at")
    public LocalDateTime certificatesExpireAt;

    @Column(name = "authn_requests_signed")
    public boolean authnRequestsSigned;

    @Column(name = "want_assertions_signed")
    public boolean wantAssertionsSigned;

    @Column(name = "name_id_formats")
    public String nameIdFormats;

    @Column(name = "enabled")
    public boolean enabled;

    @Column(name = "display_name")
    public String displayName;

    @Column(name = "sign_response")
    public boolean signResponse;

    @Column(name = "sign_assertion")
    public boolean signAssertion;

    @Column(name = "encrypt_assertion")
    public boolean encryptAssertion;

    @Column(name = "name_id_format")
    public String nameIdFormat;

    @Column(name = "attribute_rules")
    public String attributeRules;

    @Column(name = "signature_algorithm")
    public String signatureAlgorithm;

    @Column(name = "assertion_lifetime")
    public int assertionLifetime;

    @Column(name = "require_signed_requests")
    public boolean requireSignedRequests;

    @Column(name = "created_at")
    public LocalDateTime createdAt;

    @Column(name = "updated_at")
    public LocalDateTime updatedAt;

    @Version
    @Column(name = "version")
    public long version;
}
