package org.symbolon.sts.token;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RevocationListTest {

    private static final long CUTOFF = 1_000_000;
    private static final long EXPIRY = 5_000_000;
    private final RevocationList list = new RevocationList();

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
