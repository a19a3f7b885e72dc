package org.symbolon.sts.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** An administrator revokes everything a subject got through one client, through the admin API. */
class SubjectRevocationIT {

    @Test
    void everyTokenTheSubjectHoldsFromTheClientBecomesInactiveAndNewOnesWork() throws Exception {
        RegisteredClient client = AdminApi.register();
        RegisteredClient other = AdminApi.register();
        String first = OAuthClient.accessToken(client.basic());
        String second = OAuthClient.accessToken(client.basic());
        String othersToken = OAuthClient.accessToken(other.basic());

        HttpResponse<String> response = AdminApi.admin("POST", "/api/admin/revocations", Json.createObjectBuilder()
                .add("subject", client.id()).add("clientId", client.id()).build().toString());
        assertEquals(200, response.statusCode(), response::body);

        assertFalse(OAuthClient.isActive(client.basic(), first));
        assertFalse(OAuthClient.isActive(client.basic(), second));
        assertTrue(OAuthClient.isActive(other.basic(), othersToken), "other subjects are untouched");
        Thread.sleep(1_100); // tokens carry whole seconds: the revocation covers the second it was made in
        assertTrue(OAuthClient.isActive(client.basic(), OAuthClient.accessToken(client.basic())),
                "tokens issued afterwards are valid");
    }

    @Test
    void aRequestWithoutSubjectIsRefusedNamingTheField() {
        HttpResponse<String> response = AdminApi.admin("POST", "/api/admin/revocations", "{\"clientId\":\"x\"}");
        assertEquals(400, response.statusCode(), response::body);
        assertEquals("subject", Sts.json(response).getString("field"));
    }

    @Test
    void onlyAdministratorsMayRevokeSubjects() {
        RegisteredClient client = AdminApi.register();
        HttpResponse<String> response = AdminApi.admin("POST", "/api/admin/revocations",
                "{\"subject\":\"x\",\"clientId\":\"y\"}", OAuthClient.accessToken(client.basic()));
        assertEquals(403, response.statusCode(), response::body);
    }
}
