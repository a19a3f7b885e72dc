package org.symbolon.sts.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.symbolon.sts.error.StsException;

class UserPolicyTest {

    @Test
    void usernamesAreStoredInOneCaseAndUnicodeForm() {
        assertEquals("alice", UserPolicy.username("ALICE"));
        assertEquals(UserPolicy.username("Jos\u00e9"), UserPolicy.username("JOSE\u0301"));
    }

    @Test
    void usernamesWithControlCharactersSurroundingSpacesOrOverlongAreRefusedNamingTheField() {
        for (String bad : new String[] {null, "", " alice", "alice\n", "a\u0000b", "x".repeat(129)}) {
            assertFalse(UserPolicy.isUsername(bad));
            assertEquals("username", assertThrows(StsException.class, () -> UserPolicy.username(bad)).field());
        }
        assertTrue(UserPolicy.isUsername("x".repeat(128)));
    }

    @Test
    void emailMustHaveTheShapeOfAnAddress() {
        assertEquals("a.b@example.com", UserPolicy.email("a.b@example.com"));
        for (String bad : new String[] {"alice", "alice@", "@example.com", "a b@example.com", "a@example",
                "a@b.c\r\nBcc: x@y.z"}) {
            assertEquals("email", assertThrows(StsException.class, () -> UserPolicy.email(bad)).field());
        }
    }

    @Test
    void passwordsAreRefusedBelowTheMinimumOrAboveTheMaximum() {
        assertEquals("password", assertThrows(StsException.class,
                () -> UserPolicy.password("elevenchars", 12)).field());
        assertEquals("password", assertThrows(StsException.class,
                () -> UserPolicy.password("x".repeat(1025), 12)).field());
        assertEquals(12, UserPolicy.password("twelve chars", 12).length);
    }

    @Test
    void attributesAreBoundedInNamesCountsAndValues() {
        assertEquals(Map.of("dept", List.of("sales")), UserPolicy.attributes(Map.of("dept", List.of("sales"))));
        assertEquals(Map.of("team", List.of("\ud83d\ude80 launch")),
                UserPolicy.attributes(Map.of("team", List.of("\ud83d\ude80 launch"))), "a surrogate pair is one character");
        List<Map<String, List<String>>> bad = List.of(Map.of("bad name", List.of("x")),
                Map.of("dept", List.of("x".repeat(1025))), Map.of("dept", List.of("a\u0007")),
                Map.of("dept", List.of("lone \ud800 surrogate")), Map.of("dept", List.of("not a character \uffff")),
                Map.of("dept", java.util.Collections.nCopies(33, "x")));
        for (Map<String, List<String>> attributes : bad) {
            assertEquals("attributes", assertThrows(StsException.class,
                    () -> UserPolicy.attributes(attributes)).field());
        }
    }
}
