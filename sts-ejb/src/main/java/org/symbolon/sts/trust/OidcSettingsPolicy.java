package org.symbolon.sts.trust;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.symbolon.sts.error.StsException;

/** What makes a client's browser-flow settings valid; each refusal names the admin API field. */
public final class OidcSettingsPolicy {

    static final Set<String> AUTH_METHODS = Set.of(OidcSettings.NONE, "client_secret_basic", "client_secret_post",
            "private_key_jwt");
    private static final Set<String> PUBLIC_CLIENT_GRANTS = Set.of(GrantTypes.AUTHORIZATION_CODE,
            GrantTypes.REFRESH_TOKEN);
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.-]{1,253}");
    private static final int MIN_REFRESH_LIFETIME = 60;
    private static final int MAX_REFRESH_LIFETIME = 90 * 24 * 3600;

    private OidcSettingsPolicy() {
    }

    /** The settings of a client with these grants, redirect URIs, keys and access token algorithm. */
    public static OidcSettings check(OidcRegistration r, Set<String> grantTypes, List<String> redirectUris,
            boolean hasKeys, String signingAlg, int defaultRefreshLifetime) {
        OidcRegistration in = r == null ? OidcRegistration.EMPTY : r;
        String method = authMethod(in.tokenEndpointAuthMethod(), hasKeys);
        boolean publicClient = OidcSettings.NONE.equals(method);
        if (publicClient && !PUBLIC_CLIENT_GRANTS.containsAll(grantTypes)) {
            throw StsException.invalidField("grantTypes",
                    "A public client (tokenEndpointAuthMethod none) may only use authorization_code and refresh_token");
        }
        if (publicClient && Boolean.FALSE.equals(in.requirePkce())) {
            throw StsException.invalidField("requirePkce", "A public client must use PKCE");
        }
        if (grantTypes.contains(GrantTypes.REFRESH_TOKEN) && !grantTypes.contains(GrantTypes.AUTHORIZATION_CODE)) {
            throw StsException.invalidField("grantTypes", "refresh_token needs the authorization_code grant");
        }
        if (grantTypes.contains(GrantTypes.AUTHORIZATION_CODE) && redirectUris.isEmpty()) {
            throw StsException.invalidField("redirectUris", "The authorization_code grant needs redirectUris");
        }
        String subjectType = in.subjectType() == null ? OidcSettings.PUBLIC : in.subjectType();
        if (!OidcSettings.PUBLIC.equals(subjectType) && !OidcSettings.PAIRWISE.equals(subjectType)) {
            throw StsException.invalidField("subjectType", "subjectType must be public or pairwise");
        }
        String sector = sector(in.sectorIdentifier(), subjectType, redirectUris);
        List<String> logoutUris = ClientPolicy.redirectUris("postLogoutRedirectUris", in.postLogoutRedirectUris());
        String idAlg = in.idTokenSigningAlg() == null ? signingAlg
                : ClientPolicy.signingAlg("idTokenSigningAlg", in.idTokenSigningAlg(), signingAlg);
        return new OidcSettings(method, in.requirePkce() == null || in.requirePkce(), subjectType, sector, logoutUris,
                idAlg, refreshLifetime(in.refreshTokenLifetime(), defaultRefreshLifetime));
    }

    private static String authMethod(String requested, boolean hasKeys) {
        String method = requested == null ? (hasKeys ? "private_key_jwt" : "client_secret_basic") : requested;
        if (!AUTH_METHODS.contains(method)) {
            throw StsException.invalidField("tokenEndpointAuthMethod",
                    "tokenEndpointAuthMethod must be one of " + String.join(", ", AUTH_METHODS.stream().sorted().toList()));
        }
        if (hasKeys != "private_key_jwt".equals(method)) {
            throw StsException.invalidField("tokenEndpointAuthMethod",
                    "private_key_jwt goes with jwks, and jwks with private_key_jwt only");
        }
        return method;
    }

    /** Pairwise subjects need one sector: the one host of the redirect URIs unless named. */
    private static String sector(String requested, String subjectType, List<String> redirectUris) {
        if (requested != null) {
            if (!HOST.matcher(requested).matches()) {
                throw StsException.invalidField("sectorIdentifier", "sectorIdentifier must be a host name");
            }
            return requested.toLowerCase(java.util.Locale.ROOT);
        }
        if (!OidcSettings.PAIRWISE.equals(subjectType)) {
            return null;
        }
        Set<String> hosts = new java.util.TreeSet<>();
        redirectUris.forEach(uri -> hosts.add(String.valueOf(URI.create(uri).getHost()).toLowerCase(java.util.Locale.ROOT)));
        if (hosts.size() != 1 || hosts.contains("null")) {
            throw StsException.invalidField("sectorIdentifier",
                    "pairwise subjects need a sectorIdentifier when the redirectUris do not share one host");
        }
        return hosts.iterator().next();
    }

    private static int refreshLifetime(Integer requested, int defaultSeconds) {
        int value = requested == null ? defaultSeconds : requested;
        if (value < MIN_REFRESH_LIFETIME || value > MAX_REFRESH_LIFETIME) {
            throw StsException.invalidField("refreshTokenLifetime", "refreshTokenLifetime must be between "
                    + MIN_REFRESH_LIFETIME + " and " + MAX_REFRESH_LIFETIME + " seconds");
        }
        return value;
    }
}
