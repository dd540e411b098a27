package org.parknews.extract.quantity;

import org.parknews.rules.CharBits;

/**
 * Finds numerals as {@link QuantityFinder#NUMERAL_REGEX} matches them, without the regex
 * engine. A numeral can start at any Chinese numeral character, and those are common in prose
 * (一是, 万家, 千万): the finder asks at thousands of positions an article. Java's regex engine
 * tests a class of 33 single Chinese characters as a chain of 33 predicates, one virtual call
 * each, and every non-numeral character after a numeral ran the whole chain; that was most of
 * the finder's time. Everything after the pattern's greedy parts is optional, so its match is
 * the greedy reading, which this reads directly.
 */
final class Numerals {
    /** The characters of {@link QuantityFinder#CN}: read once per character of a text. */
    private static final CharBits CHINESE = CharBits.of(QuantityFinder.CN);
    /** The digits after a Chinese 点. */
    private static final String DECIMALS = "零〇一二三四五六七八九";

    private Numerals() {
    }

    /** Whether a numeral can start with {@code c}: an ASCII digit or a Chinese numeral character. */
    static boolean canStart(char c) {
        return isDigit(c) || CHINESE.contains(c);
    }

    /**
     * The end of the numeral that starts at {@code at}: what
     * {@code NUMERAL.matcher(text).region(at, text.length()).lookingAt()} matches; {@code at}
     * itself when no numeral starts there.
     */
    static int end(String text, int at) {
        int n = text.length();
        int p = at;
        while (p < n) {
            char c = text.charAt(p);
            if (isDigit(c)) {
                p = arabicEnd(text, p);
            } else if (canStart(c)) {
                p++;
            } else {
                break;
            }
        }
        if (p > at && p + 1 < n && text.charAt(p) == '点' && DECIMALS.indexOf(text.charAt(p + 1)) >= 0) {
            p += 2;
            while (p < n && DECIMALS.indexOf(text.charAt(p)) >= 0) {
                p++;
            }
        }
        return p;
    }

    /** {@link QuantityFinder#ARABIC} from a digit at {@code p}: digits, groups of ,ddd, then .d+. */
    private static int arabicEnd(String text, int p) {
        int n = text.length();
        p = digitsEnd(text, p);
        while (p + 3 < n && text.charAt(p) == ',' && isDigit(text.charAt(p + 1)) && isDigit(text.charAt(p + 2))
                && isDigit(text.charAt(p + 3))) {
            p += 4;
        }
        if (p + 1 < n && text.charAt(p) == '.' && isDigit(text.charAt(p + 1))) {
            p = digitsEnd(text, p + 1);
        }
        return p;
    }

    private static int digitsEnd(String text, int p) {
        while (p < text.length() && isDigit(text.charAt(p))) {
            p++;
        }
        return p;
    }

    /** The regex's \d: ASCII digits only, without the UNICODE_CHARACTER_CLASS flag. */
    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
