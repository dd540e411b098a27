package org.parknews.extract.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The hand-written numeral reader matches what the numeral regex matches, everywhere. */
class NumeralsTest {
    private static final Pattern NUMERAL = Pattern.compile(QuantityFinder.NUMERAL_REGEX);
    /** Numeral characters, the separators the grammar knows, and characters it does not. */
    private static final String ALPHABET = "0123456789,,..点点" + QuantityFinder.CN + "亿元年月个％%-~，、a ";

    private static int regexEnd(String text, int at) {
        Matcher m = NUMERAL.matcher(text).region(at, text.length());
        return m.lookingAt() ? m.end() : at;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2156.3亿元        | 0 | 7
            1,234,567个       | 0 | 9
            1,2345            | 0 | 6
            1,23亿            | 0 | 1
            3.亿              | 0 | 1
            三点五亿          | 0 | 3
            三点亿            | 0 | 1
            两千三百万元      | 0 | 5
            一一              | 0 | 2
            是二十            | 0 | 0
            共12.5万平方米    | 1 | 6
            """)
    void readsTheGrammarsCases(String text, int at, int end) {
        assertEquals(end, Numerals.end(text, at));
        assertEquals(regexEnd(text, at), Numerals.end(text, at));
    }

    @Test
    void matchesTheRegexOnRandomText() {
        Random random = new Random(42);
        int numerals = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            int length = 1 + random.nextInt(12);
            for (int k = 0; k < length; k++) {
                sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String text = sb.toString();
            for (int at = 0; at < text.length(); at++) {
                int expected = regexEnd(text, at);
                assertEquals(expected, Numerals.end(text, at), "at " + at + " of " + text);
                assertEquals(expected > at, Numerals.canStart(text.charAt(at)), "start at " + at + " of " + text);
                numerals += expected > at ? 1 : 0;
            }
        }
        assertEquals(true, numerals > 10_000, "the random texts hold numerals: " + numerals);
    }
}
