package org.symbolon.sts.trust;

import java.time.LocalDateTime;
import java.util.List;

/** What the admin API and the console see of a registered client: never its secret or hash. */
public record ClientView(
        String clientId,
        String name,
        List<String> grantTypes,
        List<String> scopes,
        List<String> audiences,
        List<String> redirectUris,
        int accessTokenLifetime,
        String signingAlg,
        String jwks,
        List<String> trustedIssuers,
        List<String> tokenTypes,
        List<String> allowedActors,
        boolean impersonation,
        SamlRelyingParty saml,
        String outgoingRules,
        boolean enabled,
        boolean hasSecret,
        LocalDateTime createdAt,
        LocalDateTime updatedAt,
        OidcSettings oidc) {
}
