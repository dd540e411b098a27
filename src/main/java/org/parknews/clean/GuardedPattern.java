package org.parknews.clean;

import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regex with pre-checks derived from it by {@link RequiredChars}: a text that lacks every
 * character a match needs, or that starts with a character no match of an anchored pattern can
 * start with, is rejected without creating a matcher. Most lines of a page fail most line
 * rules this way.
 */
final class GuardedPattern {
    private final Pattern pattern;
    private final CharSet anyOf;
    private final CharSet firstOf;
    private final boolean anchored;

    private GuardedPattern(Pattern pattern) {
        this.pattern = pattern;
        RequiredChars chars = RequiredChars.of(pattern);
        this.anyOf = CharSet.of(chars.anyOf());
        this.firstOf = CharSet.of(chars.firstOf());
        this.anchored = chars.anchored();
    }

    static GuardedPattern compile(String regex) {
        return new GuardedPattern(Pattern.compile(regex));
    }

    /** False only when {@code pattern.matcher(text).find()} cannot succeed. */
    boolean mayFind(String text) {
        return (!anchored || startsRight(text)) && anyOf.foundIn(text);
    }

    /** False only when {@code pattern.matcher(text).matches()} cannot succeed: a whole-text match starts at 0. */
    boolean mayMatch(String text) {
        return startsRight(text) && anyOf.foundIn(text);
    }

    /** {@code pattern.matcher(text).find()}, skipped when the pre-checks rule a match out. */
    boolean find(String text) {
        return mayFind(text) && pattern.matcher(text).find();
    }

    /** {@code pattern.matcher(text).matches()}, skipped when the pre-checks rule a match out. */
    boolean matches(String text) {
        return mayMatch(text) && pattern.matcher(text).matches();
    }

    /** A matcher over the text, for reading groups after {@link #mayFind} or {@link #mayMatch}. */
    Matcher matcher(String text) {
        return pattern.matcher(text);
    }

    private boolean startsRight(String text) {
        return firstOf.isAny() || !text.isEmpty() && firstOf.contains(text.charAt(0));
    }

    /** A set of characters as bits over the range it spans; the empty set stands for any character. */
    private static final class CharSet {
        private final BitSet bits;
        private final char low;
        private final char high;

        private CharSet(BitSet bits, char low, char high) {
            this.bits = bits;
            this.low = low;
            this.high = high;
        }

        /** @param ascending distinct characters in ascending order; empty for no constraint */
        static CharSet of(String ascending) {
            if (ascending.isEmpty()) {
                return new CharSet(null, Character.MAX_VALUE, Character.MIN_VALUE);
            }
            char low = ascending.charAt(0);
            BitSet bits = new BitSet();
            ascending.chars().forEach(c -> bits.set(c - low));
            return new CharSet(bits, low, ascending.charAt(ascending.length() - 1));
        }

        boolean isAny() {
            return bits == null;
        }

        boolean contains(char c) {
            return c >= low && c <= high && bits.get(c - low);
        }

        /** Whether the text holds a character of the set; always true for the set of any character. */
        boolean foundIn(String text) {
            if (bits == null) {
                return true;
            }
            for (int i = 0; i < text.length(); i++) {
                if (contains(text.charAt(i))) {
                    return true;
                }
            }
            return false;
        }
    }
}
