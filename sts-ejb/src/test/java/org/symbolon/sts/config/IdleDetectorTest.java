package org.symbolon.sts.config;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IdleDetectorTest {

    private static final long S = 1_000_000_000L;
    private static final long MIB = 1 << 20;

    /** 10 s of quiet, at most 10 % of one core, a quarter of the old generation's room filled. */
    private final IdleDetector detector = new IdleDetector(10 * S, 0.10, 0.25);
    private long now = 1_000 * S;
    private long cpu = 50 * S;

    /** One 2 s sample in which the process used the given share of one core. */
    private boolean sample(double coreShare, long oldUsedMiB, long oldAfterLastFullMiB) {
        now += 2 * S;
        cpu += (long) (coreShare * 2 * S);
        // an old generation of 96 MiB
        return detector.due(now, cpu, oldUsedMiB * MIB, oldAfterLastFullMiB * MIB, 96 * MIB);
    }

    @Test
    void collectsOnceTheServerHasBeenQuietLongEnoughAndTheOldGenerationHasGrown() {
        sample(1.8, 90, 64); // under load
        for (int i = 0; i < 4; i++) {
            assertFalse(sample(0.02, 90, 64), "quiet for " + 2 * (i + 1) + " s only");
        }
        assertTrue(sample(0.02, 90, 64), "quiet for 10 s");
    }

    @Test
    void aBusySampleStartsTheQuietStretchAgain() {
        sample(0.0, 90, 64);
        for (int i = 0; i < 4; i++) {
            sample(0.02, 90, 64);
        }
        assertFalse(sample(0.5, 90, 64), "half a core is load");
        for (int i = 0; i < 4; i++) {
            assertFalse(sample(0.02, 90, 64));
        }
        assertTrue(sample(0.02, 90, 64));
    }

    @Test
    void anOldGenerationThatTookInLessThanAQuarterOfItsRoomIsLeftAlone() {
        sample(0.0, 70, 64);
        for (int i = 0; i < 20; i++) {
            assertFalse(sample(0.01, 71, 64), "7 MiB promoted is under a quarter of the 32 MiB left free");
        }
        assertTrue(sample(0.01, 72, 64), "8 MiB promoted");
    }

    @Test
    void theCollectionsOwnCpuDoesNotCountAndNothingRepeatsUntilMoreIsPromoted() {
        sample(0.0, 90, 64);
        for (int i = 0; i < 5; i++) {
            sample(0.02, 90, 64);
        }
        assertTrue(sample(0.02, 90, 64));
        cpu += S / 2; // the collection itself: half a second of CPU
        detector.collected(now, cpu);
        for (int i = 0; i < 20; i++) {
            assertFalse(sample(0.02, 65, 64), "only 1 MiB promoted since the collection");
        }
        assertTrue(sample(0.02, 73, 64));
    }

    @Test
    void theFirstSampleAloneNeverCollects() {
        assertFalse(new IdleDetector(0, 0.10, 0.25).due(now, cpu, 100 * MIB, 0, 128 * MIB));
    }
}
