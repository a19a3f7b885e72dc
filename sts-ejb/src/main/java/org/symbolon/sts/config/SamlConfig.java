package org.symbolon.sts.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The SAML settings, read once through MicroProfile Config ({@code sts.saml.entity-id} is
 * {@code STS_SAML_ENTITY_ID}), including the validity of the signing keys' certificates, which exist for SAML.
 */
@ApplicationScoped
public class SamlConfig {

    @Inject
    StsConfig sts;

    @Inject
    @ConfigProperty(name = "sts.saml.entity-id")
    Optional<String> entityId;

    @Inject
    @ConfigProperty(name = "sts.keys.certificate-validity-days", defaultValue = "730")
    int certificateValidityDays;

    @Inject
    @ConfigProperty(name = "sts.saml.metadata-validity-days", defaultValue = "7")
    int metadataValidityDays;

    @Inject
    @ConfigProperty(name = "sts.saml.metadata-cache-duration", defaultValue = "3600")
    int metadataCacheSeconds;

    @Inject
    @ConfigProperty(name = "sts.saml.clock-skew", defaultValue = "180")
    int clockSkewSeconds;

    @Inject
    @ConfigProperty(name = "sts.saml.authn-request-max-age", defaultValue = "300")
    int authnRequestMaxAgeSeconds;

    @Inject
    @ConfigProperty(name = "sts.saml.logout-response-timeout", defaultValue = "30")
    int logoutResponseTimeoutSeconds;

    /** Tolerance on the time conditions of incoming SAML assertions: 3 minutes by default, at most 5. */
    public Duration clockSkew() {
        return Duration.ofSeconds(Math.min(300, Math.max(0, clockSkewSeconds)));
    }

    /** Our SAML entityID: the Issuer of our assertions and the entityID of our metadata; the issuer by default. */
    public String entityId() {
        return entityId.filter(s -> !s.isBlank()).orElseGet(sts::issuer);
    }

    /** How long the self-signed certificate of an RS256 signing key is valid, from the key's creation. */
    public Duration signingCertificateValidity() {
        return Duration.ofDays(Math.max(1, certificateValidityDays));
    }

    /** How far ahead the metadata's validUntil lies when it is signed. */
    public Duration metadataValidity() {
        return Duration.ofDays(Math.max(1, metadataValidityDays));
    }

    /**
     * The metadata's cacheDuration: how often relying parties should fetch it again, and how long a signed
     * copy is served. At most half the validity, so no copy is served close to its validUntil.
     */
    public Duration metadataCacheDuration() {
        long halfValidity = metadataValidity().dividedBy(2).toSeconds();
        return Duration.ofSeconds(Math.min(halfValidity, Math.max(60, metadataCacheSeconds)));
    }

    /** How old an AuthnRequest's IssueInstant may be (plus the clock skew): 5 minutes by default, 30 s to 1 hour. */
    public Duration authnRequestMaxAge() {
        return Duration.ofSeconds(Math.min(3600, Math.max(30, authnRequestMaxAgeSeconds)));
    }

    /** How long a logout chain waits for an SP's LogoutResponse before that SP counts as failed: 30 s, 5 s to 10 min. */
    public Duration logoutResponseTimeout() {
        return Duration.ofSeconds(Math.min(600, Math.max(5, logoutResponseTimeoutSeconds)));
    }

    /** Our single sign-on endpoint, the only Destination an AuthnRequest may name. */
    public String ssoEndpoint() {
        return sts.issuer() + "/saml2/sso";
    }

    /** Our single logout endpoint, the only Destination a LogoutRequest or LogoutResponse may name. */
    public String sloEndpoint() {
        return sts.issuer() + "/saml2/slo";
    }
}
