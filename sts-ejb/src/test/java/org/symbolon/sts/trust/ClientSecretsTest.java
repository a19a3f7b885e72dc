package org.symbolon.sts.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class ClientSecretsTest {

    @Test
    void secretsCarry256RandomBits() {
        String secret = ClientSecrets.generate();
        assertEquals(32, Base64.getUrlDecoder().decode(secret).length);
        assertNotEquals(secret, ClientSecrets.generate());
    }

    @Test
    void storedHashMatchesOnlyTheSecret() {
        String secret = ClientSecrets.generate();
        String hash = ClientSecrets.hash(secret);
        assertFalse(hash.contains(secret));
        assertTrue(ClientSecrets.matches(secret, hash));
        assertFalse(ClientSecrets.matches(secret + "x", hash));
        assertFalse(ClientSecrets.matches(null, hash));
        assertFalse(ClientSecrets.matches(secret, null));
        assertFalse(ClientSecrets.matches(secret, secret));
    }
}
