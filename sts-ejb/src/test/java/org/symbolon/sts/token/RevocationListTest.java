package org.symbolon.sts.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RevocationListTest {

    private static final long CUTOFF = 1_000_000;
    private static final long EXPIRY = 5_000_000;
    private final RevocationList list = new RevocationList();

    @Test
    void aRevokedTokenIdIsRevokedAndNoOtherIs() {
        String jti = "3f2b8c1e-9d4a-4e7b-8a61-0c5d2e9f7b14";
        list.add(jti, EXPIRY);

        assertTrue(list.isRevoked(jti));
        assertTrue(list.isRevoked(new String(jti.toCharArray())), "the id is compared by value");
        assertFalse(list.isRevoked("3f2b8c1e-9d4a-4e7b-8a61-0c5d2e9f7b15"), "one bit apart");
        assertFalse(list.isRevoked("4f2b8c1e-9d4a-4e7b-8a61-0c5d2e9f7b14"), "one bit apart in the first half");
        assertFalse(list.isRevoked(jti.toUpperCase()), "another string is another id, even for the same UUID");
        assertFalse(list.isRevoked(null));
    }

    @Test
    void idsOfAnyShapeAreRevokedByTheirExactString() {
        String[] ids = {
            "_a3f09b77c2d1e4f5a6b7c8d9e0f1a2b3c4d5e6f7", // a SAML assertion id
            "3F2B8C1E-9D4A-4E7B-8A61-0C5D2E9F7B14",    // a UUID in capitals
            "3f2b8c1e-9d4a-4e7b-8a61-0c5d2e9f7b1g",    // not hex at the end
            "3f2b8c1e9-d4a-4e7b-8a61-0c5d2e9f7b14",    // a dash out of place
            "00000000-0000-0000-0000-000000000000",
            "ffffffff-ffff-ffff-ffff-ffffffffffff",
            "",
        };
        for (String id : ids) {
            list.add(id, EXPIRY);
        }

        for (String id : ids) {
            assertTrue(list.isRevoked(id), id);
        }
        assertEquals(ids.length, list.size());
        assertFalse(list.isRevoked("3f2b8c1e-9d4a-4e7b-8a61-0c5d2e9f7b14"), "no shape stands in for another");
        assertFalse(list.isRevoked("00000000-0000-0000-0000-000000000001"));
    }

    @Test
    void eachRevokedIdIsForgottenWhenItsOwnTokenExpires() {
        String early = "11111111-1111-4111-8111-111111111111";
        String late = "22222222-2222-4222-8222-222222222222";
        String assertion = "_0193f0a1b2c3d4e5f60718293a4b5c6d7e8f9012";
        list.add(early, 1_000);
        list.add(late, 3_000);
        list.add(assertion, 1_000);

        list.forgetExpired(2_000);

        assertFalse(list.isRevoked(early));
        assertFalse(list.isRevoked(assertion));
        assertTrue(list.isRevoked(late), "kept until its own expiry");
        assertEquals(1, list.size());
    }

    @Test
    void revokingAnIdAgainKeepsItUntilTheLaterExpiryGiven() {
        String jti = "11111111-1111-4111-8111-111111111111";
        list.add(jti, 1_000);
        list.add(jti, 3_000);

        list.forgetExpired(2_000);

        assertTrue(list.isRevoked(jti));
        assertEquals(1, list.size());
    }

    @Test
    void aSubjectRevokedForAllClientsLosesTokensFromEveryClientIssuedUntilTheCutoff() {
        list.revokeSubjectForAllClients(SubjectRevocationKey.ofSubject("user-1"), CUTOFF, EXPIRY);

        assertTrue(list.isRevokedSubject("user-1", "portal", CUTOFF));
        assertTrue(list.isRevokedSubject("user-1", "mobile-app", CUTOFF - 1));
        assertFalse(list.isRevokedSubject("user-1", "portal", CUTOFF + 1), "tokens issued afterwards are valid");
        assertFalse(list.isRevokedSubject("user-2", "portal", CUTOFF), "other subjects are untouched");
        assertFalse(list.isRevokedSubject(null, "portal", CUTOFF));
    }

    @Test
    void aPerClientRevocationStaysLimitedToItsClient() {
        list.revokeSubject(SubjectRevocationKey.of("user-1", "portal"), CUTOFF, EXPIRY);

        assertTrue(list.isRevokedSubject("user-1", "portal", CUTOFF));
        assertFalse(list.isRevokedSubject("user-1", "mobile-app", CUTOFF));
    }

    @Test
    void theSubjectKeyCannotBeForgedFromAClientIdThatLooksLikeASeparator() {
        list.revokeSubjectForAllClients(SubjectRevocationKey.ofSubject("user-1\u0000portal"), CUTOFF, EXPIRY);

        assertFalse(list.isRevokedSubject("user-1", "portal", CUTOFF));
    }

    @Test
    void anExpiredAllClientsRevocationIsForgotten() {
        list.revokeSubjectForAllClients(SubjectRevocationKey.ofSubject("user-1"), CUTOFF, EXPIRY);
        list.forgetExpired(EXPIRY + 1);

        assertFalse(list.isRevokedSubject("user-1", "portal", CUTOFF));
    }

    @Test
    void theStoredRowOfAnAllClientsRevocationIsToldApartFromAPerClientOne() {
        String key = SubjectRevocationKey.ofSubject("user-1");
        String row = SubjectRevocationKey.allClientsRowId(key, CUTOFF);

        assertTrue(SubjectRevocationKey.isAllClientsRevocation(row));
        assertFalse(SubjectRevocationKey.isSubjectRevocation(row));
        assertTrue(key.equals(SubjectRevocationKey.allClientsKeyOf(row)));
        assertFalse(SubjectRevocationKey.isAllClientsRevocation(SubjectRevocationKey.rowId(key, CUTOFF)));
    }
}
