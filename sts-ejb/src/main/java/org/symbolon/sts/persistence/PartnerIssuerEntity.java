package org.symbolon.sts.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

@Entity
@Table(name = "sts_partner_issuer")
public class PartnerIssuerEntity {

    @Id
    @Column(name = "issuer_id")
    public String issuerId;

    @Column(name = "issuer")
    public String issuer;

    @Column(name = "name")
    public String name;

    @Column(name = "protocol")
    public String protocol;

    @Column(name = "jwks")
    public String jwks;

    @Column(name = "jwks_uri")
    public String jwksUri;

    @Column(name = "saml_metadata")
    public String samlMetadata;

    @Column(name = "metadata_url")
    public String metadataUrl;

    @Column(name = "metadata_certificate")
    public String metadataCertificate;

    @Column(name = "certificates")
    public String certificates;

    @Column(name = "certificates_expire_at")
    public LocalDateTime certificatesExpireAt;

    @Column(name = "token_types")
    public String tokenTypes;

    @Column(name = "audience")
    public String audience;

    @Column(name = "algorithms")
    public String algorithms;

    @Column(name = "incoming_rules")
    public String incomingRules;

    @Column(name = "enabled")
    public boolean enabled;

    @Column(name = "created_at")
    public LocalDateTime createdAt;

    @Column(name = "updated_at")
    public LocalDateTime updatedAt;

    @Version
    @Column(name = "version")
    public long version;
}
