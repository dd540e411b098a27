package org.parknews.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** A fingerprint depends on the body alone, not on the bodies fingerprinted before it. */
class MinHasherTest {
    private final MinHasher hasher = new MinHasher();

    @Test
    void sameBodySameFingerprintWhateverCameBefore() throws Exception {
        List<String> bodies = bodies();
        List<String> forward = new ArrayList<>();
        for (String body : bodies) {
            forward.add(hasher.fingerprint(body).format());
        }
        // Each body again on a fresh thread, last first: long bodies now precede short ones.
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            for (int i = bodies.size() - 1; i >= 0; i--) {
                String body = bodies.get(i);
                Future<String> again = pool.submit(() -> hasher.fingerprint(body).format());
                assertEquals(forward.get(i), again.get(), "body " + i);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void countsDistinctShinglesAndTellsNearCopiesApart() {
        Fingerprint once = hasher.fingerprint("高新区今年新增企业四十六家");
        Fingerprint twice = hasher.fingerprint("高新区今年新增企业四十六家。高新区今年新增企业四十六家");
        // Punctuation is dropped, so the repeat adds only the shingles across the seam.
        assertEquals(9, once.shingles());
        assertEquals(13, twice.shingles());
        assertTrue(once.containment(twice) > 0.9);
        assertEquals(0, hasher.fingerprint("").shingles());
        assertEquals(1, hasher.fingerprint("园区").shingles());
    }

    private static List<String> bodies() {
        Random random = new Random(3);
        String alphabet = "园区企业高新技术产业开发区经济增长亿元万平方米项目投资0123456789";
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            int length = random.nextInt(3) == 0 ? random.nextInt(6) : random.nextInt(5000);
            StringBuilder body = new StringBuilder();
            for (int c = 0; c < length; c++) {
                body.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            bodies.add(body.toString());
        }
        return bodies;
    }
}
