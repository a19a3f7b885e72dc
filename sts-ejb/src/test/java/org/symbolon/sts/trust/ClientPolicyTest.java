package org.symbolon.sts.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.symbolon.sts.error.StsException;

class ClientPolicyTest {

    @Test
    void refusalsNameTheField() throws Exception {
        assertField("clientId", () -> ClientPolicy.checkClientId("bad id"));
        assertField("clientId", () -> ClientPolicy.checkClientId("x".repeat(129)));
        assertField("name", () -> ClientPolicy.checkName(" "));
        assertField("name", () -> ClientPolicy.checkName("line\nbreak"));
        assertField("grantTypes", () -> ClientPolicy.grantTypes(List.of()));
        assertField("grantTypes", () -> ClientPolicy.grantTypes(List.of("password")));
        assertField("grantTypes", () -> ClientPolicy.grantTypes(List.of("client_credentials", "client_credentials")));
        assertField("scopes", () -> ClientPolicy.scopes(List.of("has space")));
        assertField("scopes", () -> ClientPolicy.scopes(List.of("quote\"")));
        assertField("audiences", () -> ClientPolicy.audiences(List.of("two words")));
        assertField("redirectUris", () -> ClientPolicy.redirectUris(List.of("http://app.example.com/cb")));
        assertField("redirectUris", () -> ClientPolicy.redirectUris(List.of("https://app.example.com/cb#frag")));
        assertField("redirectUris", () -> ClientPolicy.redirectUris(List.of("/relative")));
        assertField("accessTokenLifetime", () -> ClientPolicy.lifetime(5, 300, 86400));
        assertField("accessTokenLifetime", () -> ClientPolicy.lifetime(86401, 300, 86400));
        assertField("signingAlg", () -> ClientPolicy.signingAlg("HS256", "RS256"));
        assertField("signingAlg", () -> ClientPolicy.signingAlg("none", "RS256"));
        assertField("jwks", () -> ClientPolicy.jwks("{\"keys\":\"nope\"}"));
        assertField("jwks", () -> ClientPolicy.jwks("{\"keys\":[]}"));
        String privateJwks = "{\"keys\":[" + new RSAKeyGenerator(2048).generate().toJSONString() + "]}";
        assertField("jwks", () -> ClientPolicy.jwks(privateJwks));
    }

    @Test
    void acceptableValuesPass() throws Exception {
        ClientPolicy.checkClientId("orders-api_1.0~x");
        assertEquals(List.of("https://app.example.com/cb", "http://localhost:8080/cb"), ClientPolicy.redirectUris(
                List.of("https://app.example.com/cb", "http://localhost:8080/cb")));
        assertEquals(300, ClientPolicy.lifetime(null, 300, 86400));
        assertEquals("ES256", ClientPolicy.signingAlg("ES256", "RS256"));
        String publicJwks = "{\"keys\":[" + new RSAKeyGenerator(2048).generate().toPublicJWK().toJSONString() + "]}";
        assertEquals(1, ClientPolicy.jwks(publicJwks).getKeys().size());
    }

    private static void assertField(String field, Executable check) {
        StsException e = assertThrows(StsException.class, check);
        assertEquals("invalid_request", e.error());
        assertEquals(400, e.status());
        assertEquals(field, e.field());
    }
}
