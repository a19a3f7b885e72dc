package org.symbolon.sts.trust;

import java.util.List;

/** A client as an administrator describes it ({@code outgoingRules} as JSON text); {@link ClientPolicy} and {@link OidcSettingsPolicy} check it before anything is stored. */
public record ClientRegistration(
        String clientId,
        String name,
        List<String> grantTypes,
        List<String> scopes,
        List<String> audiences,
        List<String> redirectUris,
        Integer accessTokenLifetime,
        String signingAlg,
        String jwks,
        List<String> trustedIssuers,
        List<String> tokenTypes,
        List<String> allowedActors,
        Boolean impersonation,
        SamlRelyingParty saml,
        String outgoingRules,
        Boolean enabled,
        OidcRegistration oidc) {
}
