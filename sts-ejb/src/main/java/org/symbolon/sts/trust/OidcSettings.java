package org.symbolon.sts.trust;

import jakarta.json.bind.annotation.JsonbCreator;
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
 * @param backchannelLogoutUri where Logout Tokens are POSTed (OIDC Back-Channel Logout); null: none
 * @param backchannelLogoutSessionRequired whether the client needs {@code sid} in Logout Tokens (null: true)
 */
public record OidcSettings(
        String tokenEndpointAuthMethod,
        boolean requirePkce,
        String subjectType,
        String sectorIdentifier,
        List<String> postLogoutRedirectUris,
        String idTokenSigningAlg,
        Integer refreshTokenLifetime,
        String backchannelLogoutUri,
        Boolean backchannelLogoutSessionRequired) {

    public static final String NONE = "none";
    public static final String PUBLIC = "public";
    public static final String PAIRWISE = "pairwise";

    /** What a client registered before the browser flows existed has. */
    public static final OidcSettings DEFAULT = new OidcSettings("client_secret_basic", true, PUBLIC, null, List.of(),
            null, null);

    /** The stored JSON is read through this one (JSON-B takes a record's only constructor, else the marked one). */
    @JsonbCreator
    public OidcSettings {
        postLogoutRedirectUris = postLogoutRedirectUris == null ? List.of() : List.copyOf(postLogoutRedirectUris);
        // settings stored before back-channel logout existed read back as null
        backchannelLogoutSessionRequired = backchannelLogoutSessionRequired == null || backchannelLogoutSessionRequired;
    }

    /** Settings without back-channel logout. */
    public OidcSettings(String tokenEndpointAuthMethod, boolean requirePkce, String subjectType, String sectorIdentifier,
            List<String> postLogoutRedirectUris, String idTokenSigningAlg, Integer refreshTokenLifetime) {
        this(tokenEndpointAuthMethod, requirePkce, subjectType, sectorIdentifier, postLogoutRedirectUris,
                idTokenSigningAlg, refreshTokenLifetime, null, true);
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
