package org.parknews.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class CharsMemoTest {
    /** A pair gets back its own value or nothing, never another pair's, however many pairs share slots. */
    @Test
    void givesBackOnlyThePairsOwnValue() {
        CharsMemo<String> memo = new CharsMemo<>();
        assertNull(memo.get(CharKeys.key('5', '亿')));
        memo.put(CharKeys.key('5', '亿'), "5亿");
        assertEquals("5亿", memo.get(CharKeys.key('5', '亿')));
        assertNull(memo.get(CharKeys.key('亿', '5')));
        for (char a = 0x4e00; a < 0x4e00 + 400; a++) {
            for (char b = '0'; b <= '9'; b++) {
                memo.put(CharKeys.key(a, b), "" + a + b);
            }
        }
        int kept = 0;
        for (char a = 0x4e00; a < 0x4e00 + 400; a++) {
            for (char b = '0'; b <= '9'; b++) {
                String v = memo.get(CharKeys.key(a, b));
                if (v != null) {
                    assertEquals("" + a + b, v);
                    kept++;
                }
            }
        }
        assertEquals(true, kept > 3_000, "most of 4,000 pairs fit in the table: " + kept);
    }

    /** Keys of three characters are apart from their pairs; the key of NULs is a key like any other. */
    @Test
    void theZeroPairIsRemembered() {
        CharsMemo<String> memo = new CharsMemo<>();
        assertNull(memo.get(CharKeys.key('\0', '\0')));
        memo.put(CharKeys.key('\0', '\0'), "nul");
        assertEquals("nul", memo.get(CharKeys.key('\0', '\0')));
        memo.put(CharKeys.key('1', '7', '6'), "176");
        assertEquals("176", memo.get(CharKeys.key('1', '7', '6')));
        assertNull(memo.get(CharKeys.key('7', '6')));
        assertNull(memo.get(CharKeys.key('1', '7', '7')));
    }

    /**
     * Keys that hash to one slot share its pair: of 12,000 keys in 32,768 slots, one slot a key
     * keeps about 85 %, a pair of slots about 94 %.
     */
    @Test
    void keysThatCollideShareTheirPairOfSlots() {
        CharsMemo<String> memo = new CharsMemo<>();
        int keys = 0;
        for (char a = '0'; a <= '9'; a++) {
            for (char b = 0x4e00; b < 0x4e00 + 1200; b++, keys++) {
                memo.put(CharKeys.key(a, b, '亿'), "v" + (b % 7));
            }
        }
        int kept = 0;
        for (char a = '0'; a <= '9'; a++) {
            for (char b = 0x4e00; b < 0x4e00 + 1200; b++) {
                String v = memo.get(CharKeys.key(a, b, '亿'));
                if (v != null) {
                    assertEquals("v" + (b % 7), v);
                    kept++;
                }
            }
        }
        assertEquals(12_000, keys);
        assertEquals(true, kept > 11_000, "kept " + kept + " of 12,000");
    }
}
