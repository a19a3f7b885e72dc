package org.symbolon.sts.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

@Entity
@Table(name = "sts_client")
public class ClientEntity {

    @Id
    @Column(name = "client_id")
    public String clientId;

    @Column(name = "name")
    public String name;

    @Column(name = "secret_hash")
    public String secretHash;

    @Column(name = "grant_types")
    public String grantTypes;

    @Column(name = "scopes")
    public String scopes;

    @Column(name = "audiences")
    public String audiences;

    @Column(name = "redirect_uris")
    public String redirectUris;

    @Column(name = "access_token_lifetime")
    public int accessTokenLifetime;

    @Column(name = "signing_alg")
    public String signingAlg;

    @Column(name = "jwks")
    public String jwks;

    @Column(name = "trusted_issuers")
    public String trustedIssuers;

    @Column(name = "token_types")
    public String tokenTypes;

    @Column(name = "allowed_actors")
    public String allowedActors;

    @Column(name = "impersonation")
    public boolean impersonation;

    @Column(name = "saml_settings")
    public String samlSettings;

    @Column(name = "outgoing_rules")
    public String outgoingRules;

    @Column(name = "oidc_settings")
    public String oidcSettings;

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
