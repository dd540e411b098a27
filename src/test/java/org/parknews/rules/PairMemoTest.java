package org.parknews.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PairMemoTest {
    /** A pair gets back its own value or nothing, never another pair's, however many pairs share slots. */
    @Test
    void givesBackOnlyThePairsOwnValue() {
        PairMemo<String> memo = new PairMemo<>();
        assertNull(memo.get('5', '亿'));
        memo.put('5', '亿', "5亿");
        assertEquals("5亿", memo.get('5', '亿'));
        assertNull(memo.get('亿', '5'));
        for (char a = 0x4e00; a < 0x4e00 + 400; a++) {
            for (char b = '0'; b <= '9'; b++) {
                memo.put(a, b, "" + a + b);
            }
        }
        int kept = 0;
        for (char a = 0x4e00; a < 0x4e00 + 400; a++) {
            for (char b = '0'; b <= '9'; b++) {
                String v = memo.get(a, b);
                if (v != null) {
                    assertEquals("" + a + b, v);
                    kept++;
                }
            }
        }
        assertEquals(true, kept > 3_000, "most of 4,000 pairs fit in the table: " + kept);
    }

    /** The pair of two NUL characters is a pair like any other, not an empty slot's. */
    @Test
    void theZeroPairIsRemembered() {
        PairMemo<String> memo = new PairMemo<>();
        assertNull(memo.get('\0', '\0'));
        memo.put('\0', '\0', "nul");
        assertEquals("nul", memo.get('\0', '\0'));
    }
}
