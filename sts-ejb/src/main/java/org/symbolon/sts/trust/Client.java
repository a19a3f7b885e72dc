package org.symbolon.sts.trust;

import com.nimbusds.jose.jwk.JWKSet;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.symbolon.sts.claims.ClaimsRuleSet;

/**
 * A registered OAuth client (relying party). {@code keys} is the parsed {@code jwks}, when registered;
 * {@code outgoingRules} shape the claims of what is issued to it at the token exchange.
 */
public record Client(
        String clientId,
        String name,
        String secretHash,
        Set<String> grantTypes,
        Set<String> scopes,
        List<String> audiences,
        List<String> redirectUris,
        int accessTokenLifetime,
        String signingAlg,
        String jwks,
        JWKSet keys,
        ExchangePolicy exchange,
        SamlRelyingParty saml,
        ClaimsRuleSet outgoingRules,
        OidcSettings oidc,
        boolean enabled,
        LocalDateTime createdAt,
        LocalDateTime updatedAt) {

    public boolean allowsGrant(String grantType) {
        return grantTypes.contains(grantType);
    }

    /** The algorithm of this client's ID tokens: its own setting, else that of its access tokens. */
    public String idTokenSigningAlg() {
        return oidc.idTokenSigningAlg() != null ? oidc.idTokenSigningAlg() : signingAlg;
    }

    public ClientView view() {
        return new ClientView(clientId, name, List.copyOf(grantTypes), List.copyOf(scopes), audiences, redirectUris,
                accessTokenLifetime, signingAlg, jwks, List.copyOf(exchange.trustedIssuers()),
                List.copyOf(exchange.tokenTypes()), List.copyOf(exchange.allowedActors()), exchange.impersonation(),
                saml, outgoingRules.json(), enabled, secretHash != null, createdAt, updatedAt, oidc);
    }
}
