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
}
