package org.symbolon.sts.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.oauth2.sdk.TokenRevocationRequest;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** RFC 7009: a client takes back its own token, effective at once; nobody else can take it back. */
class RevocationIT {

    private static RegisteredClient owner;
    private static RegisteredClient other;

    @BeforeAll
    static void registerClients() {
        owner = AdminApi.register();
        other = AdminApi.register();
    }

    static HTTPResponse revoke(ClientAuthentication caller, String token) {
        return OAuthClient.send(new TokenRevocationRequest(Sts.REVOCATION_ENDPOINT, caller,
                new BearerAccessToken(token)));
    }

    @Test
    void revokedTokenIsInactiveAtOnce() {
        String token = OAuthClient.accessToken(owner.basic());
        assertTrue(OAuthClient.isActive(other.basic(), token));

        HTTPResponse response = revoke(owner.basic(), token);

        assertEquals(200, response.getStatusCode(), response.getBody());
        assertFalse(OAuthClient.isActive(other.basic(), token), "inactive for every client");
        assertFalse(OAuthClient.isActive(owner.basic(), token));
    }

    @Test
    void revokingLeavesTheClientsOtherTokensActive() {
        String revoked = OAuthClient.accessToken(owner.basic());
        String kept = OAuthClient.accessToken(owner.basic());
        assertEquals(200, revoke(owner.basic(), revoked).getStatusCode());
        assertTrue(OAuthClient.isActive(other.basic(), kept));
    }

    @Test
    void revokingTwiceIsFine() {
        String token = OAuthClient.accessToken(owner.basic());
        assertEquals(200, revoke(owner.basic(), token).getStatusCode());
        assertEquals(200, revoke(owner.basic(), token).getStatusCode());
        assertFalse(OAuthClient.isActive(owner.basic(), token));
    }

    @Test
    void revokingAnUnknownTokenSucceeds() {
        assertEquals(200, revoke(owner.basic(), "never-issued-" + Sts.uniqueId("t")).getStatusCode());
    }

    @Test
    void anotherClientCannotRevokeAToken() {
        String token = OAuthClient.accessToken(owner.basic());

        HTTPResponse response = revoke(other.basic(), token);

        assertEquals(400, response.getStatusCode(), response.getBody());
        assertEquals("unauthorized_client", Sts.json(response.getBody()).getString("error"));
        assertTrue(OAuthClient.isActive(owner.basic(), token), "the token stays active");
    }

    @Test
    void revocationNeedsClientAuthentication() {
        String token = OAuthClient.accessToken(owner.basic());
        HttpResponse<String> anonymous = Sts.postForm(Sts.REVOCATION_ENDPOINT, "token=" + token);
        assertEquals(401, anonymous.statusCode());
        assertEquals("invalid_client", Sts.json(anonymous).getString("error"));
        assertEquals(401, revoke(OAuthClient.basic(owner.id(), "wrong"), token).getStatusCode());
        assertTrue(OAuthClient.isActive(owner.basic(), token));
    }

    @Test
    void adminApiRefusesARevokedAdminToken() {
        String adminToken = AdminApi.adminToken();
        assertEquals(200, AdminApi.admin("GET", "/api/admin/clients", null, adminToken).statusCode());

        var adminClient = OAuthClient.basic(Sts.ADMIN_CLIENT_ID, Sts.ADMIN_CLIENT_SECRET);
        assertEquals(200, revoke(adminClient, adminToken).getStatusCode());

        HttpResponse<String> response = AdminApi.admin("GET", "/api/admin/clients", null, adminToken);
        assertEquals(401, response.statusCode(), response.body());
        assertEquals("invalid_token", Sts.json(response).getString("error"));
        assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
    }
}
