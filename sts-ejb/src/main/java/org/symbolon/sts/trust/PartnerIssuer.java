package org.symbolon.sts.trust;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.util.X509CertUtils;
import java.security.cert.X509Certificate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.symbolon.sts.claims.ClaimsRuleSet;
import org.symbolon.sts.keys.CertificatePem;

/**
 * A trusted partner issuer (a "claims provider trust"): whose tokens Symbolon accepts at the token
 * exchange and the assertion grants, under which issuer identifier (a JWT {@code iss} or a SAML
 * entityID), verified by which keys and algorithms only, and how its claims are reshaped on arrival.
 *
 * @param saml the SAML 2.0 metadata and certificates of a {@link #PROTOCOL_SAML2} partner; null for JWT partners
 */
public record PartnerIssuer(
        String issuerId,
        String issuer,
        String name,
        String protocol,
        JWKSet staticKeys,
        String jwksUri,
        SamlPartner saml,
        Set<String> tokenTypes,
        String audience,
        Set<JWSAlgorithm> algorithms,
        ClaimsRuleSet incomingRules,
        boolean enabled,
        LocalDateTime createdAt,
        LocalDateTime updatedAt) {

    public static final String PROTOCOL_JWT = "jwt";
    public static final String PROTOCOL_SAML2 = "saml2";

    /** The same partner, enabled or disabled as of {@code updatedAt}; nothing else changes, nothing is fetched. */
    public PartnerIssuer withEnabled(boolean enabled, LocalDateTime updatedAt) {
        return new PartnerIssuer(issuerId, issuer, name, protocol, staticKeys, jwksUri, saml, tokenTypes, audience,
                algorithms, incomingRules, enabled, createdAt, updatedAt);
    }

    public boolean isSaml() {
        return PROTOCOL_SAML2.equals(protocol);
    }

    /** The certificates this partner is known by: its SAML signing certificates, or those in its static JWKS's x5c. */
    public List<X509Certificate> certificates() {
        if (saml != null) {
            return saml.certificates();
        }
        List<X509Certificate> result = new ArrayList<>();
        if (staticKeys != null) {
            for (JWK key : staticKeys.getKeys()) {
                if (key.getX509CertChain() != null && !key.getX509CertChain().isEmpty()) {
                    X509Certificate certificate = X509CertUtils.parse(key.getX509CertChain().get(0).decode());
                    if (certificate != null) {
                        result.add(certificate);
                    }
                }
            }
        }
        return result;
    }

    /** When the first of its certificates expires, or null when it has none. */
    public LocalDateTime certificatesExpireAt() {
        return certificates().stream().map(X509Certificate::getNotAfter).min(Comparator.naturalOrder())
                .map(notAfter -> LocalDateTime.ofInstant(notAfter.toInstant(), ZoneOffset.UTC)).orElse(null);
    }

    public PartnerIssuerView view() {
        return new PartnerIssuerView(issuerId, issuer, name, protocol,
                staticKeys == null ? null : staticKeys.toString(true), jwksUri,
                saml == null ? null : saml.metadataUrl(),
                saml == null || saml.metadataCertificate() == null ? null
                        : CertificateInfo.of(CertificatePem.decode(saml.metadataCertificate())),
                certificates().stream().map(CertificateInfo::of).toList(), certificatesExpireAt(),
                tokenTypes.stream().sorted().toList(), audience,
                algorithms.stream().map(JWSAlgorithm::getName).sorted().toList(), incomingRules.json(), enabled,
                createdAt, updatedAt);
    }
}
