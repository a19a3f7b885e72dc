package org.symbolon.sts.token.saml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opensaml.saml.saml2.core.AuthnContext;
import org.opensaml.saml.saml2.core.NameIDType;

class SamlAssertionRequestTest {

    private static SamlAssertionRequest request(String subject, String recipient, Duration lifetime,
            Map<String, List<String>> attributes) {
        return new SamlAssertionRequest(subject, NameIDType.PERSISTENT, "https://sp.example.com", recipient, lifetime,
                Instant.now(), AuthnContext.PPT_AUTHN_CTX, attributes, true);
    }

    @Test
    void requestWithoutSubjectOrWithANonPositiveLifetimeIsABug() {
        assertThrows(IllegalArgumentException.class, () -> request(" ", null, Duration.ofMinutes(5), Map.of()));
        assertThrows(IllegalArgumentException.class, () -> request("a", null, Duration.ZERO, Map.of()));
        assertThrows(IllegalArgumentException.class, () -> request("a", "", Duration.ofMinutes(5), Map.of()));
    }

    @Test
    void attributesAreFrozenWhenTheRequestIsMade() {
        List<String> values = new ArrayList<>(List.of("staff"));
        Map<String, List<String>> attributes = new LinkedHashMap<>(Map.of("urn:oid:1.3.6.1.4.1.5923.1.1.1.1", values));
        SamlAssertionRequest request = request("a", null, Duration.ofMinutes(5), attributes);

        values.add("admin");
        attributes.put("urn:oid:0.9.2342.19200300.100.1.3", List.of("a@example.com"));

        assertEquals(Map.of("urn:oid:1.3.6.1.4.1.5923.1.1.1.1", List.of("staff")), request.attributes());
        assertThrows(UnsupportedOperationException.class, () -> request.attributes().put("x", List.of()));
    }
}
