package org.symbolon.sts.trust;

import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import java.net.URI;
import java.net.URISyntaxException;
import java.text.ParseException;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.symbolon.sts.error.StsException;
import org.symbolon.sts.keys.SigningAlgorithm;

/** What makes a client registration valid. Each refusal names the field, as the admin API reports it. */
public final class ClientPolicy {

    private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9._~-]{1,128}");
    private static final Pattern SCOPE_TOKEN = Pattern.compile("[\\x21\\x23-\\x5B\\x5D-\\x7E]{1,128}");
    private static final Pattern AUDIENCE = Pattern.compile("\\S{1,512}");
    private static final int MIN_LIFETIME = 10;
    /** Room for each list in its database column, values joined by spaces. */
    private static final java.util.Map<String, Integer> STORED_LIMITS = java.util.Map.of("grantTypes", 1024, "tokenTypes", 1024,
            "scopes", 4000, "audiences", 4000, "redirectUris", 8000, "postLogoutRedirectUris", 8000);
    /** Schemes a browser would run or read locally: never a redirect target. */
    private static final Set<String> UNSAFE_SCHEMES = Set.of("javascript", "data", "file", "vbscript", "about", "blob");

    private ClientPolicy() {
    }

    public static void checkClientId(String clientId) {
        if (clientId == null || !CLIENT_ID.matcher(clientId).matches()) {
            throw StsException.invalidField("clientId",
                    "clientId must be 1-128 characters of letters, digits, '.', '_', '~' or '-'");
        }
    }

    public static void checkName(String name) {
        if (name == null || name.isBlank() || name.length() > 256 || name.chars().anyMatch(Character::isISOControl)) {
            throw StsException.invalidField("name", "name is required: 1-256 printable characters");
        }
    }

    public static Set<String> grantTypes(List<String> grantTypes) {
        if (grantTypes == null || grantTypes.isEmpty()) {
            throw StsException.invalidField("grantTypes", "grantTypes must name at least one grant type");
        }
        for (String grant : grantTypes) {
            if (!GrantTypes.SUPPORTED.contains(grant)) {
                throw StsException.invalidField("grantTypes", "Unsupported grant type: " + printable(grant)
                        + " (supported: " + String.join(", ", GrantTypes.SUPPORTED) + ")");
            }
        }
        return distinct("grantTypes", grantTypes);
    }

    public static Set<String> scopes(List<String> scopes) {
        List<String> list = scopes == null ? List.of() : scopes;
        for (String scope : list) {
            if (scope == null || !SCOPE_TOKEN.matcher(scope).matches()) {
                throw StsException.invalidField("scopes", "Invalid scope value: " + printable(scope));
            }
        }
        return distinct("scopes", list);
    }

    public static List<String> audiences(List<String> audiences) {
        List<String> list = audiences == null ? List.of() : audiences;
        for (String audience : list) {
            if (audience == null || !AUDIENCE.matcher(audience).matches()) {
                throw StsException.invalidField("audiences", "Invalid audience: " + printable(audience));
            }
        }
        return List.copyOf(distinct("audiences", list));
    }

    public static List<String> redirectUris(List<String> redirectUris) {
        return redirectUris("redirectUris", redirectUris);
    }

    /** Redirect targets: absolute, no fragment; https, http on the loopback host, or a native app's own scheme. */
    public static List<String> redirectUris(String field, List<String> redirectUris) {
        List<String> list = redirectUris == null ? List.of() : redirectUris;
        for (String uri : list) {
            if (!isAcceptableRedirect(uri)) {
                throw StsException.invalidField(field, "Invalid redirect URI: " + printable(uri)
                        + " (absolute https URI without fragment, http on localhost, or a custom scheme)");
            }
        }
        return List.copyOf(distinct(field, list));
    }

    public static int lifetime(Integer requested, int defaultSeconds, int maxSeconds) {
        int value = requested == null ? defaultSeconds : requested;
        if (value < MIN_LIFETIME || value > maxSeconds) {
            throw StsException.invalidField("accessTokenLifetime",
                    "accessTokenLifetime must be between " + MIN_LIFETIME + " and " + maxSeconds + " seconds");
        }
        return value;
    }

    public static String signingAlg(String requested, String defaultAlg) {
        return signingAlg("signingAlg", requested, defaultAlg);
    }

    public static String signingAlg(String field, String requested, String defaultAlg) {
        String value = requested == null ? defaultAlg : requested;
        if (SigningAlgorithm.named(value).isEmpty()) {
            throw StsException.invalidField(field, field + " must be RS256 or ES256");
        }
        return value;
    }

    /** A client's own keys for private_key_jwt: public keys only, RSA of 2048 bits or more, or EC. */
    public static JWKSet jwks(String jwks) {
        if (jwks == null || jwks.isBlank()) {
            return null;
        }
        JWKSet set;
        try {
            set = JWKSet.parse(jwks);
        } catch (ParseException e) {
            throw StsException.invalidField("jwks", "jwks is not a valid JWK Set");
        }
        if (set.getKeys().isEmpty()) {
            throw StsException.invalidField("jwks", "jwks must contain at least one key");
        }
        for (JWK key : set.getKeys()) {
            if (key.isPrivate()) {
                throw StsException.invalidField("jwks", "jwks must hold public keys only");
            }
            boolean strongRsa = key instanceof RSAKey rsa && rsa.size() >= 2048;
            if (!strongRsa && !(key instanceof ECKey)) {
                throw StsException.invalidField("jwks", "jwks keys must be RSA (2048 bits or more) or EC");
            }
        }
        return set;
    }

    public static ExchangePolicy exchange(List<String> trustedIssuers, List<String> tokenTypes,
            List<String> allowedActors, Boolean impersonation) {
        Set<String> issuers = distinct("trustedIssuers", trustedIssuers == null ? List.of() : trustedIssuers);
        issuers.forEach(id -> {
            if (id == null || !CLIENT_ID.matcher(id).matches()) {
                throw StsException.invalidField("trustedIssuers", "Invalid partner issuer id: " + printable(id));
            }
        });
        Set<String> types = tokenTypes == null ? ExchangePolicy.DEFAULT.tokenTypes()
                : distinct("tokenTypes", tokenTypes);
        for (String type : types) {
            if (!TokenTypes.ISSUABLE.contains(type)) {
                throw StsException.invalidField("tokenTypes", "Token type not issued here: " + printable(type)
                        + " (supported: " + String.join(", ", TokenTypes.ISSUABLE) + ")");
            }
        }
        Set<String> actors = distinct("allowedActors", allowedActors == null ? List.of() : allowedActors);
        actors.forEach(a -> {
            if (a == null || !AUDIENCE.matcher(a).matches()) {
                throw StsException.invalidField("allowedActors", "Invalid actor: " + printable(a));
            }
        });
        return new ExchangePolicy(issuers, types, actors, impersonation != null && impersonation);
    }

    private static boolean isAcceptableRedirect(String uri) {
        if (uri == null || uri.length() > 2048) {
            return false;
        }
        try {
            URI parsed = new URI(uri);
            if (!parsed.isAbsolute() || parsed.getFragment() != null || uri.contains("#")) {
                return false;
            }
            String scheme = parsed.getScheme().toLowerCase(java.util.Locale.ROOT);
            if (!"https".equals(scheme) && !"http".equals(scheme)) {
                return !UNSAFE_SCHEMES.contains(scheme) && parsed.getRawSchemeSpecificPart().length() > 1;
            }
            String host = parsed.getHost();
            if (host == null) {
                return false;
            }
            boolean loopback = "localhost".equals(host) || "127.0.0.1".equals(host) || "[::1]".equals(host);
            return "https".equals(parsed.getScheme()) || ("http".equals(parsed.getScheme()) && loopback);
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static Set<String> distinct(String field, List<String> values) {
        Set<String> set = new java.util.LinkedHashSet<>(values);
        if (set.size() != values.size()) {
            throw StsException.invalidField(field, field + " contains a value twice");
        }
        int stored = values.stream().mapToInt(v -> v == null ? 0 : v.length() + 1).sum();
        if (stored > STORED_LIMITS.getOrDefault(field, 4000)) {
            throw StsException.invalidField(field, field + " is too long in total (at most "
                    + STORED_LIMITS.getOrDefault(field, 4000) + " characters)");
        }
        return set;
    }

    private static String printable(String value) {
        if (value == null) {
            return "null";
        }
        String cut = value.length() > 64 ? value.substring(0, 64) + "..." : value;
        return "'" + cut.replaceAll("\\p{Cntrl}", "?") + "'";
    }
}
