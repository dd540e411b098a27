package org.parknews.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The shared bit tables: character sets, key filters and word-start filters. */
class FiltersTest {

    @Test
    void charBitsHoldExactlyTheirCharacters() {
        CharBits set = CharBits.of("0一万\uFFFF");
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            assertEquals("0一万".indexOf(c) >= 0, set.contains(c), "U+" + Integer.toHexString(c));
        }
        assertTrue(set.contains('\uFFFF'));
    }

    @Test
    void aKeyFilterKeepsEveryKeyAndRulesOutMostOthers() {
        KeyFilter filter = new KeyFilter(1 << 16);
        for (long k = 0; k < 2_000; k++) {
            filter.add(k * 7919);
        }
        int ruledOut = 0;
        for (long k = 0; k < 2_000; k++) {
            assertTrue(filter.mayContain(k * 7919));
            ruledOut += filter.mayContain(k * 7919 + 1) ? 0 : 1;
        }
        assertTrue(ruledOut > 1_800, "ruled out " + ruledOut);
        assertThrows(IllegalArgumentException.class, () -> new KeyFilter(1000));
    }

    @Test
    void aWordStartFilterAnswersByFirstPairOrLoneCharacter() {
        WordStartFilter starts = new WordStartFilter(1 << 12);
        starts.addWord("园区");
        starts.addWord("区");
        assertTrue(starts.mayStartAt("高新园区", 2));
        assertTrue(starts.mayStartAt("园区", 1), "区 is a word alone");
        assertTrue(starts.mayStartAt("园区".toCharArray(), 0));
        assertFalse(starts.mayStartAt("园林", 0));
        assertFalse(starts.mayStartAt("园", 0), "园 alone is no word, and nothing follows it");
    }
}
