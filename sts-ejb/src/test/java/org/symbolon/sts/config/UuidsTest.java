package org.symbolon.sts.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UuidsTest {

    @Test
    void randomIdsAreVersion4UuidsThatDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String id = Uuids.random();
            UUID uuid = UUID.fromString(id);
            assertEquals(4, uuid.version());
            assertEquals(2, uuid.variant());
            seen.add(id);
        }
        assertEquals(10_000, seen.size());
    }

    @Test
    void timeOrderedIdsAreVersion7UuidsCarryingTheirMillisecond() {
        long millis = 1_764_700_000_123L; // 2025-12-02T18:26:40.123Z
        UUID uuid = UUID.fromString(Uuids.timeOrdered(millis, new SecureRandom()));
        assertEquals(7, uuid.version());
        assertEquals(2, uuid.variant());
        assertEquals(millis, uuid.getMostSignificantBits() >>> 16);
        assertTrue(Uuids.timeOrdered(millis, new SecureRandom()).startsWith("019ae051-0f7b-7"),
                Uuids.timeOrdered(millis, new SecureRandom()));
    }

    @Test
    void timeOrderedIdsSortAsTextInTheOrderOfTheirMilliseconds() {
        SecureRandom random = new SecureRandom();
        List<String> ids = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (long millis = 1_764_700_000_000L; millis < 1_764_700_000_000L + 5_000; millis += 7) {
            for (int i = 0; i < 3; i++) {
                String id = Uuids.timeOrdered(millis, random);
                seen.add(id);
                if (i == 0) {
                    ids.add(id);
                }
            }
        }
        assertEquals(ids.size() * 3, seen.size());
        List<String> sorted = new ArrayList<>(ids);
        sorted.sort(null);
        assertEquals(ids, sorted);
    }

    @Test
    void timeOrderedHexStartsWithTheMillisecondAndCarriesTheRandomBytesAsked() {
        SecureRandom random = new SecureRandom();
        String id = Uuids.timeOrderedHex(1_764_700_000_123L, 20, random);
        assertTrue(id.matches("019ae0510f7b[0-9a-f]{40}"), id);
        assertTrue(Uuids.timeOrderedHex(1_764_700_000_124L, 20, random).compareTo(
                Uuids.timeOrderedHex(1_764_700_000_123L, 20, random)) > 0);
        assertTrue(!id.equals(Uuids.timeOrderedHex(1_764_700_000_123L, 20, random)));
    }
}
