package org.symbolon.sts.rest.oauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.symbolon.sts.authn.ClientAuthMethod;
import org.symbolon.sts.authn.ClientCredentials;
import org.symbolon.sts.error.StsException;
import org.symbolon.sts.token.grant.TokenRequest;

class ClientCredentialsReaderTest {

    @Test
    void basicCredentialsAreFormDecoded() {
        ClientCredentials c = ClientCredentialsReader.read(basic("my%3Aclient", "s%2Bcret"), form());
        assertEquals(ClientAuthMethod.CLIENT_SECRET_BASIC, c.method());
        assertEquals("my:client", c.clientId());
        assertEquals("s+cret", c.secret());
    }

    @Test
    void postCredentialsComeFromTheBody() {
        ClientCredentials c = ClientCredentialsReader.read(null, form("client_id", "a", "client_secret", "b"));
        assertEquals(ClientAuthMethod.CLIENT_SECRET_POST, c.method());
        assertEquals("a", c.clientId());
    }

    @Test
    void assertionNeedsTheJwtBearerType() {
        StsException e = assertThrows(StsException.class, () -> ClientCredentialsReader.read(null,
                form("client_assertion", "x.y.z", "client_assertion_type", "other")));
        assertEquals("invalid_request", e.error());
    }

    @Test
    void twoMethodsAtOnceAreRefused() {
        StsException e = assertThrows(StsException.class, () -> ClientCredentialsReader.read(basic("a", "b"),
                form("client_secret", "b")));
        assertEquals("invalid_request", e.error());
    }

    @Test
    void garbageHeadersAreInvalidClient() {
        for (String header : List.of("Basic !!!", "Basic " + b64("nocolon"), "Bearer abc", "Basic ",
                "Basic " + b64(":secret"), "Basic " + "A".repeat(10_000))) {
            StsException e = assertThrows(StsException.class, () -> ClientCredentialsReader.read(header, form()),
                    header);
            assertEquals(401, e.status(), header);
            assertEquals("invalid_client", e.error(), header);
        }
    }

    @Test
    void noCredentialsIsInvalidClient() {
        assertEquals("invalid_client",
                assertThrows(StsException.class, () -> ClientCredentialsReader.read(null, form())).error());
    }

    @Test
    void mismatchedClientIdIsRefused() {
        assertThrows(StsException.class, () -> ClientCredentialsReader.read(basic("a", "b"), form("client_id", "c")));
    }

    private static String basic(String id, String secret) {
        return "Basic " + b64(id + ":" + secret);
    }

    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    private static TokenRequest form(String... pairs) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            params.put(pairs[i], List.of(pairs[i + 1]));
        }
        return new TokenRequest(params);
    }
}
