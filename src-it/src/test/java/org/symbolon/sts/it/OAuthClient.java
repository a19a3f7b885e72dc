package org.symbolon.sts.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.nimbusds.oauth2.sdk.AccessTokenResponse;
import com.nimbusds.oauth2.sdk.ClientCredentialsGrant;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenIntrospectionRequest;
import com.nimbusds.oauth2.sdk.TokenIntrospectionResponse;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.ClientSecretPost;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import java.util.Set;

/**
 * What a client and a resource server do, through the Nimbus OAuth SDK and Nimbus JOSE: ask for
 * tokens, introspect them, and verify them independently against the published keys.
 */
final class OAuthClient {

    private OAuthClient() {
    }

    static ClientSecretBasic basic(String clientId, String secret) {
        return new ClientSecretBasic(new ClientID(clientId), new Secret(secret));
    }

    static ClientSecretPost post(String clientId, String secret) {
        return new ClientSecretPost(new ClientID(clientId), new Secret(secret));
    }

    static TokenRequest.Builder tokenRequest(ClientAuthentication auth) {
        return new TokenRequest.Builder(Sts.TOKEN_ENDPOINT, auth, new ClientCredentialsGrant());
    }

    /** The raw answer to a plain client_credentials request, for tests that expect a refusal. */
    static HTTPResponse tokenResponse(ClientAuthentication auth) {
        return send(tokenRequest(auth).build());
    }

    static HTTPResponse send(com.nimbusds.oauth2.sdk.Request request) {
        try {
            return request.toHTTPRequest().send();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static TokenResponse parseTokenResponse(HTTPResponse http) {
        try {
            return TokenResponse.parse(http);
        } catch (com.nimbusds.oauth2.sdk.ParseException e) {
            throw new AssertionError("unparseable token response " + http.getStatusCode() + ": " + http.getBody(), e);
        }
    }

    /** A token the server must issue: fails the test with the server's error otherwise. */
    static AccessTokenResponse token(ClientAuthentication auth, String scope) {
        TokenRequest.Builder request = tokenRequest(auth);
        if (scope != null) {
            request.scope(Scope.parse(scope));
        }
        return issued(send(request.build()));
    }

    static AccessTokenResponse issued(HTTPResponse http) {
        TokenResponse response = parseTokenResponse(http);
        assertTrue(response.indicatesSuccess(), () -> "expected a token, got " + http.getStatusCode() + " "
                + http.getBody());
        return response.toSuccessResponse();
    }

    static String accessToken(ClientAuthentication auth) {
        return token(auth, null).getTokens().getAccessToken().getValue();
    }

    static TokenIntrospectionResponse introspect(ClientAuthentication caller, String token) {
        HTTPResponse http = send(new TokenIntrospectionRequest(Sts.INTROSPECTION_ENDPOINT, caller,
                new BearerAccessToken(token)));
        try {
            return TokenIntrospectionResponse.parse(http);
        } catch (com.nimbusds.oauth2.sdk.ParseException e) {
            throw new AssertionError("unparseable introspection response " + http.getStatusCode() + ": "
                    + http.getBody(), e);
        }
    }

    static boolean isActive(ClientAuthentication caller, String token) {
        TokenIntrospectionResponse response = introspect(caller, token);
        assertTrue(response.indicatesSuccess(), () -> "introspection failed: "
                + response.toErrorResponse().getErrorObject());
        return response.toSuccessResponse().isActive();
    }

    /**
     * Verifies an access token the way a resource server would, independently of the server:
     * signature by a key of the published JWKS, typ at+jwt, our issuer and the RFC 9068 claims.
     */
    static JWTClaimsSet verifyAccessToken(String token) throws Exception {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(new JOSEObjectType("at+jwt")));
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256),
                new ImmutableJWKSet<>(publishedKeys())));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(
                new JWTClaimsSet.Builder().issuer(Sts.ISSUER).build(),
                Set.of("sub", "aud", "exp", "iat", "jti", "client_id")));
        return processor.process(token, null);
    }

    static JWKSet publishedKeys() throws Exception {
        return JWKSet.load(Sts.JWKS_URI.toURL(), 10_000, 10_000, 1_000_000);
    }
}
