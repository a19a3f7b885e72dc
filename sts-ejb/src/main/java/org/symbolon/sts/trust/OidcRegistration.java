package org.symbolon.sts.trust;

import java.util.List;

/** A client's browser-flow settings as an administrator sends them; nulls take the defaults. */
public record OidcRegistration(
        String tokenEndpointAuthMethod,
        Boolean requirePkce,
        String subjectType,
        String sectorIdentifier,
        List<String> postLogoutRedirectUris,
        String idTokenSigningAlg,
        Integer refreshTokenLifetime) {

    public static final OidcRegistration EMPTY = new OidcRegistration(null, null, null, null, null, null, null);
}
