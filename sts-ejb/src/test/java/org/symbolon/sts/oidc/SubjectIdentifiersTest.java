package org.symbolon.sts.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.symbolon.sts.config.TestConfig;
import org.symbolon.sts.keys.TestKeys;

class SubjectIdentifiersTest {

    private final SubjectIdentifiers subjects = new SubjectIdentifiers();

    SubjectIdentifiersTest() {
        subjects.config = new TestConfig();
        subjects.masterKey = TestKeys.masterKey(subjects.config);
        subjects.init();
    }

    @Test
    void aPublicSubjectIsTheUserId() {
        assertEquals("user-42", subjects.subject(OidcTestClients.web(), "user-42"));
    }

    @Test
    void pairwiseSubjectsDifferBetweenSectorsAndAgreeWithinOne() {
        String a = subjects.subject(OidcTestClients.pairwise("a1", "a.example"), "user-42");
        String a2 = subjects.subject(OidcTestClients.pairwise("a2", "a.example"), "user-42");
        String b = subjects.subject(OidcTestClients.pairwise("b1", "b.example"), "user-42");
        assertEquals(a, a2);
        assertNotEquals(a, b);
        assertNotEquals("user-42", a);
        assertNotEquals(a, subjects.subject(OidcTestClients.pairwise("a1", "a.example"), "user-43"));
    }

    @Test
    void pairwiseIsBase64urlOfSha256OfSectorUserAndSalt() throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256")
                .digest("a.example|user-42|pepper".getBytes(StandardCharsets.UTF_8));
        assertEquals(Base64.getUrlEncoder().withoutPadding().encodeToString(digest),
                SubjectIdentifiers.pairwise("a.example", "user-42", "pepper"));
    }

    @Test
    void aConfiguredSaltReplacesTheDerivedOne() {
        SubjectIdentifiers salted = new SubjectIdentifiers();
        salted.config = new TestConfig() {
            @Override
            public java.util.Optional<String> pairwiseSalt() {
                return java.util.Optional.of("pepper");
            }
        };
        salted.masterKey = TestKeys.masterKey(salted.config);
        salted.init();
        String withSalt = salted.subject(OidcTestClients.pairwise("a1", "a.example"), "user-42");
        assertEquals(SubjectIdentifiers.pairwise("a.example", "user-42", "pepper"), withSalt);
        assertNotEquals(withSalt, subjects.subject(OidcTestClients.pairwise("a1", "a.example"), "user-42"));
    }
}
