package org.symbolon.sts.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Signing keys through the admin API: one active and one announced next key per algorithm, and
 * rotation that never breaks a token already issued.
 */
class KeyRotationIT {

    private static List<JsonObject> keys() {
        HttpResponse<String> response = AdminApi.admin("GET", "/api/admin/keys", null);
        assertEquals(200, response.statusCode(), response.body());
        return Sts.json(response).getJsonArray("keys").getValuesAs(JsonObject.class);
    }

    private static String kid(List<JsonObject> keys, String alg, String state) {
        List<String> kids = keys.stream()
                .filter(k -> alg.equals(k.getString("alg")) && state.equals(k.getString("state")))
                .map(k -> k.getString("kid")).toList();
        assertEquals(1, kids.size(), "exactly one " + state + " " + alg + " key: " + keys);
        return kids.get(0);
    }

    @Test
    void keyListShowsOneActiveAndOneNextKeyPerAlgorithmAndNoPrivateMaterial() {
        List<JsonObject> keys = keys();
        for (String alg : List.of("RS256", "ES256")) {
            assertNotEquals(kid(keys, alg, "active"), kid(keys, alg, "next"));
        }
        Map<String, Long> states = keys.stream().collect(Collectors.groupingBy(k -> k.getString("state"),
                Collectors.counting()));
        assertTrue(List.of("active", "next", "retired").containsAll(states.keySet()), states.toString());
        for (JsonObject key : keys) {
            assertFalse(key.containsKey("d") || key.containsKey("privateKey") || key.containsKey("p"), key.toString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"RS256", "ES256"})
    void rotationPromotesTheNextKeyAndOldTokensStayValid(String alg) throws Exception {
        RegisteredClient client = AdminApi.register(c -> c.add("signingAlg", alg));
        RegisteredClient resourceServer = AdminApi.register();
        List<JsonObject> before = keys();
        String activeBefore = kid(before, alg, "active");
        String nextBefore = kid(before, alg, "next");
        String oldToken = OAuthClient.accessToken(client.basic());
        assertEquals(activeBefore, SignedJWT.parse(oldToken).getHeader().getKeyID());

        HttpResponse<String> rotated = AdminApi.admin("POST", "/api/admin/keys/rotate?alg=" + alg, null);

        assertEquals(200, rotated.statusCode(), rotated.body());
        List<JsonObject> after = keys();
        assertEquals(nextBefore, kid(after, alg, "active"), "the announced next key becomes active");
        String nextAfter = kid(after, alg, "next");
        assertFalse(List.of(activeBefore, nextBefore).contains(nextAfter), "a brand-new next key");
        assertTrue(after.stream().anyMatch(k -> activeBefore.equals(k.getString("kid"))
                && "retired".equals(k.getString("state"))), "the old active key is retired: " + after);
        JWKSet published = OAuthClient.publishedKeys();
        assertNotNull(published.getKeyByKeyId(activeBefore), "the retired key stays published");
        assertNotNull(published.getKeyByKeyId(nextAfter), "the next key is published in advance");
        assertEquals(client.id(), OAuthClient.verifyAccessToken(oldToken).getSubject());
        assertTrue(OAuthClient.isActive(resourceServer.basic(), oldToken));
        String newToken = OAuthClient.accessToken(client.basic());
        assertEquals(nextBefore, SignedJWT.parse(newToken).getHeader().getKeyID());
        assertEquals(client.id(), OAuthClient.verifyAccessToken(newToken).getSubject());
    }

    @Test
    void rotationOfTheOtherAlgorithmLeavesTheseKeysAlone() {
        String rsActive = kid(keys(), "RS256", "active");
        assertEquals(200, AdminApi.admin("POST", "/api/admin/keys/rotate?alg=ES256", null).statusCode());
        assertEquals(rsActive, kid(keys(), "RS256", "active"));
    }

    @Test
    void rotationOfAnUnknownAlgorithmIs400NamingAlg() {
        AdminApiIT.assertRefusedField(AdminApi.admin("POST", "/api/admin/keys/rotate?alg=HS256", null), "alg");
    }
}
