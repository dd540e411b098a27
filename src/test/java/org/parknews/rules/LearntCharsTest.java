package org.parknews.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LearntCharsTest {
    /** Every character gets the test's answer, the test runs once a character, and neighbours sharing a word stay apart. */
    @Test
    void learnsEachCharacterOnceAndKeepsItsOwnAnswer() {
        AtomicInteger tests = new AtomicInteger();
        LearntChars digits = new LearntChars(c -> {
            tests.incrementAndGet();
            return Character.isDigit(c);
        });
        for (int round = 0; round < 3; round++) {
            for (char c = 0; c < 0x3000; c++) {
                assertEquals(Character.isDigit(c), digits.contains(c), "U+" + Integer.toHexString(c));
            }
        }
        assertEquals(0x3000, tests.get());
        assertTrue(digits.contains('7'));
        assertFalse(digits.contains('七'));
    }

    @Test
    void addedCharactersAreMembersWithoutATest() {
        LearntChars none = new LearntChars(c -> false);
        none.addAll('a', 'c');
        none.addAll('\uFFFE', '\uFFFF');
        assertTrue(none.contains('a') && none.contains('b') && none.contains('c') && none.contains('\uFFFF'));
        assertFalse(none.contains('d') || none.contains('`') || none.contains('\uFFFD'));
    }
}
