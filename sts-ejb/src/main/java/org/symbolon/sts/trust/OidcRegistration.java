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
        Integer refreshTokenLifetime,
        String backchannelLogoutUri,
        Boolean backchannelLogoutSessionRequired) {

    public static final OidcRegistration EMPTY = new OidcRegistration(null, null, null, null, null, null, null);

    /** A registration without back-channel logout. */
    public OidcRegistration(String tokenEndpointAuthMethod, Boolean requirePkce, String subjectType,
            String sectorIdentifier, List<String> postLogoutRedirectUris, String idTokenSigningAlg,
            Integer refreshTokenLifetime) {
        this(tokenEndpointAuthMethod, requirePkce, subjectType, sectorIdentifier, postLogoutRedirectUris,
                idTokenSigningAlg, refreshTokenLifetime, null, null);
    }
}
