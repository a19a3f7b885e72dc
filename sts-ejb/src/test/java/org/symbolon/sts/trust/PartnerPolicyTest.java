package org.symbolon.sts.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.nimbusds.jose.JWSAlgorithm;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.symbolon.sts.error.StsException;

class PartnerPolicyTest {

    @Test
    void refusalsNameTheField() {
        assertField("issuerId", () -> PartnerPolicy.checkId("has space"));
        assertField("issuer", () -> PartnerPolicy.issuer("https://sts.test", "https://sts.test"));
        assertField("issuer", () -> PartnerPolicy.issuer(null, "https://sts.test"));
        assertField("protocol", () -> PartnerPolicy.protocol("ws-fed"));
        assertField("jwks", () -> PartnerPolicy.keys(null, null));
        assertField("jwks", () -> PartnerPolicy.keys("{\"keys\":[]}", "https://idp.example/jwks"));
        assertField("jwksUri", () -> PartnerPolicy.keys(null, "http://idp.example/jwks"));
        assertField("jwksUri", () -> PartnerPolicy.keys(null, "file:///etc/passwd"));
        assertField("tokenTypes", () -> PartnerPolicy.tokenTypes("jwt", List.of(TokenTypes.SAML2)));
        assertField("algorithms", () -> PartnerPolicy.algorithms(List.of("HS256")));
        assertField("algorithms", () -> PartnerPolicy.algorithms(List.of("none")));
        assertField("algorithms", () -> PartnerPolicy.algorithms(List.of()));
        assertField("metadata", () -> PartnerPolicy.samlSources(null, null, null, null));
        assertField("metadata", () -> PartnerPolicy.samlSources(null, null, "<md/>", "https://idp.example/md"));
        assertField("jwks", () -> PartnerPolicy.samlSources(null, "https://idp.example/jwks", "<md/>", null));
        assertField("metadataUrl", () -> PartnerPolicy.samlSources(null, null, null, "http://idp.example/md"));
        assertField("metadata", () -> PartnerPolicy.jwtSources("<md/>", null, null));
        assertField("metadataCertificate", () -> PartnerPolicy.metadataCertificate("not a certificate"));
    }

    @Test
    void defaultsAreSafe() {
        assertEquals(Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256), PartnerPolicy.algorithms(null));
        assertEquals(Set.of(TokenTypes.JWT), PartnerPolicy.tokenTypes("jwt", null));
        assertEquals(Set.of(TokenTypes.SAML2), PartnerPolicy.tokenTypes("saml2", null));
        assertEquals("https://sts.test", PartnerPolicy.audience(null, "https://sts.test"));
        PartnerPolicy.keys(null, "http://127.0.0.1:8080/jwks");
        PartnerPolicy.keys(null, "https://idp.example/jwks");
    }

    private static void assertField(String field, Executable check) {
        StsException e = assertThrows(StsException.class, check);
        assertEquals(field, e.field());
    }
}
