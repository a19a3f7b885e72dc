package org.symbolon.sts.rest.oauth;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.symbolon.sts.authn.ClientAuthMethod;
import org.symbolon.sts.authn.ClientCredentials;
import org.symbolon.sts.error.StsException;
import org.symbolon.sts.token.grant.TokenRequest;

/**
 * Finds the client's credentials in a request: HTTP Basic (RFC 6749 section 2.3.1, form-encoded
 * id and secret), client_secret in the body, or an RFC 7523 client assertion. Exactly one.
 */
public final class ClientCredentialsReader {

    static final String JWT_BEARER_ASSERTION = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

    private ClientCredentialsReader() {
    }

    public static ClientCredentials read(String authorization, TokenRequest form) {
        String formClientId = form.optional("client_id");
        String formSecret = form.optional("client_secret");
        String assertion = form.optional("client_assertion");
        String assertionType = form.optional("client_assertion_type");
        int methods = (authorization != null ? 1 : 0) + (formSecret != null ? 1 : 0) + (assertion != null ? 1 : 0);
        if (methods > 1) {
            throw StsException.invalidRequest("Use exactly one client authentication method");
        }
        if (authorization != null) {
            ClientCredentials basic = basic(authorization);
            if (formClientId != null && !formClientId.equals(basic.clientId())) {
                throw StsException.invalidRequest("client_id does not match the authenticated client");
            }
            return basic;
        }
        if (formSecret != null) {
            return ClientCredentials.secret(ClientAuthMethod.CLIENT_SECRET_POST, formClientId, formSecret);
        }
        if (assertion != null) {
            if (!JWT_BEARER_ASSERTION.equals(assertionType)) {
                throw StsException.invalidRequest("client_assertion_type must be " + JWT_BEARER_ASSERTION);
            }
            return ClientCredentials.assertion(formClientId != null ? formClientId : unverifiedIssuer(assertion),
                    assertion);
        }
        throw StsException.invalidClient("Client authentication is required");
    }

    private static ClientCredentials basic(String header) {
        if (!header.regionMatches(true, 0, "Basic ", 0, 6)) {
            throw StsException.invalidClient("Only HTTP Basic client authentication is accepted in the header");
        }
        String decoded;
        try {
            byte[] raw = Base64.getDecoder().decode(header.substring(6).trim());
            decoded = new String(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw StsException.invalidClient("Malformed Basic credentials");
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            throw StsException.invalidClient("Malformed Basic credentials");
        }
        try {
            String id = URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8);
            String secret = URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8);
            return ClientCredentials.secret(ClientAuthMethod.CLIENT_SECRET_BASIC, id, secret);
        } catch (IllegalArgumentException e) {
            throw StsException.invalidClient("Malformed Basic credentials");
        }
    }

    /** Which client an assertion claims to be, only to find its keys; the verifier checks it. */
    private static String unverifiedIssuer(String assertion) {
        try {
            return com.nimbusds.jwt.JWTParser.parse(assertion).getJWTClaimsSet().getIssuer();
        } catch (java.text.ParseException | RuntimeException e) {
            throw StsException.invalidClient("Malformed client_assertion");
        }
    }
}
