package org.symbolon.sts.trust;

import java.util.List;

/**
 * A client's settings for the browser flows (authorization code, refresh tokens, ID tokens).
 * {@code idTokenSigningAlg} and {@code refreshTokenLifetime} may be null on clients registered
 * before these settings existed: then the client's signing algorithm and the server default apply.
 *
 * @param tokenEndpointAuthMethod {@code none} for a public client (no secret, PKCE always required)
 * @param requirePkce whether a confidential client must send a PKCE challenge
 * @param subjectType {@code public} (the user id) or {@code pairwise} (a hash per sector)
 * @param sectorIdentifier the host pairwise subjects are computed for; null: the redirect URIs' one host
 * @param refreshTokenLifetime absolute lifetime of a refresh token family in seconds
 */
public record OidcSettings(
        String tokenEndpointAuthMethod,
        boolean requirePkce,
        String subjectType,
        String sectorIdentifier,
        List<String> postLogoutRedirectUris,
        String idTokenSigningAlg,
        Integer refreshTokenLifetime) {

    public static final String NONE = "none";
    public static final String PUBLIC = "public";
    public static final String PAIRWISE = "pairwise";

    /** What a client registered before the browser flows existed has. */
    public static final OidcSettings DEFAULT = new OidcSettings("client_secret_basic", true, PUBLIC, null, List.of(),
            null, null);

    public OidcSettings {
        postLogoutRedirectUris = postLogoutRedirectUris == null ? List.of() : List.copyOf(postLogoutRedirectUris);
    }

    public boolean isPublicClient() {
        return NONE.equals(tokenEndpointAuthMethod);
    }

    /** Public clients always need PKCE; confidential ones unless they opted out. */
    public boolean pkceRequired() {
        return isPublicClient() || requirePkce;
    }

    public boolean pairwise() {
        return PAIRWISE.equals(subjectType);
    }
}
