package org.parknews.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TokenTest {
    private static final String TEXT = "湘潭高新区技工贸总收入720.1亿元";

    @Test
    void theTextIsTheSpanOfTheSourceAndItsLengthNeedsNoCopy() {
        Token t = new Token(TEXT, "nz", 2, 5);
        assertEquals("高新区", t.text());
        assertEquals(3, t.length());
        assertEquals("nz", t.pos());
        assertEquals(2, t.start());
        assertEquals(5, t.end());
    }

    /** Tokens cut from different texts are equal when their words, tags and spans are. */
    @Test
    void equalityIsByTextTagAndSpan() {
        Token a = new Token(TEXT, "nz", 2, 5);
        Token b = new Token("××高新区", "nz", 2, 5);
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, new Token(TEXT, "n", 2, 5));
        assertNotEquals(a, new Token(TEXT, "nz", 2, 4));
        assertNotEquals(a, new Token("××高新城", "nz", 2, 5));
    }

    @Test
    void aSpanOutsideTheSourceIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Token(TEXT, "n", 3, 2));
        assertThrows(IllegalArgumentException.class, () -> new Token(TEXT, "n", -1, 2));
        assertThrows(IllegalArgumentException.class, () -> new Token(TEXT, "n", 0, TEXT.length() + 1));
    }
}
