package org.parknews.extract.quantity;

import java.util.regex.Matcher;

/**
 * The characters a pattern's matches can start with, so a scan tries the regex only there:
 * {@code Matcher.find} would run the pattern (long character-class chains for Chinese numerals)
 * at every position of the text, and most positions cannot start a number.
 */
final class StartChars {
    private final boolean[] starts = new boolean[Character.MAX_VALUE + 1];

    /** @param chars the possible first characters; {@code asciiDigits} adds 0-9 */
    StartChars(String chars, boolean asciiDigits) {
        for (char c : chars.toCharArray()) {
            starts[c] = true;
        }
        if (asciiDigits) {
            for (char c = '0'; c <= '9'; c++) {
                starts[c] = true;
            }
        }
    }

    /**
     * What {@code m.find(from)} finds, for a pattern whose matches start only at these characters.
     * The matcher must use transparent, non-anchoring bounds so lookbehinds still see the text
     * before each tried position.
     */
    boolean find(Matcher m, CharSequence text, int from) {
        int n = text.length();
        for (int p = from; p < n; p++) {
            if (starts[text.charAt(p)]) {
                m.region(p, n);
                if (m.lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A matcher set up for {@link #find}. */
    static Matcher matcher(java.util.regex.Pattern pattern, CharSequence text) {
        return pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    }
}
