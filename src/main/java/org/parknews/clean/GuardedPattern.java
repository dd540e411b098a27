package org.parknews.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parknews.rules.StartChars;

/**
 * A regex with pre-checks derived from it: a text that lacks every word of one of the word
 * lists a match needs a word of ({@link RequiredText}), or that starts with a character no match of an anchored pattern can
 * start with ({@link StartChars}), is rejected without creating a matcher. Most lines of a page
 * fail most line rules this way.
 */
final class GuardedPattern {
    private final Pattern pattern;
    /**
     * {@link RequiredText#allOf} as arrays, most selective list first: the check runs on every
     * line, and a list's iterator is an allocation.
     */
    private final String[][] required;
    private final StartChars starts;
    /** Whether the empty text matches, so an empty line cannot be ruled out by its first character. */
    private final boolean matchesEmpty;
    private final boolean anchored;

    private GuardedPattern(Pattern pattern) {
        this.pattern = pattern;
        RequiredText required = RequiredText.of(pattern);
        this.required = required.allOf().stream().map(words -> words.toArray(String[]::new)).toArray(String[][]::new);
        this.starts = new StartChars(pattern);
        this.matchesEmpty = pattern.matcher("").lookingAt();
        this.anchored = required.anchored();
    }

    static GuardedPattern compile(String regex) {
        return new GuardedPattern(Pattern.compile(regex));
    }

    /** False only when {@code pattern.matcher(text).find()} cannot succeed. */
    boolean mayFind(String text) {
        return (!anchored || startsRight(text)) && holdsAll(text);
    }

    /** False only when {@code pattern.matcher(text).matches()} cannot succeed: a whole-text match starts at 0. */
    boolean mayMatch(String text) {
        return startsRight(text) && holdsAll(text);
    }

    /** {@code pattern.matcher(text).find()}, skipped when the pre-checks rule a match out. */
    boolean find(String text) {
        return mayFind(text) && pattern.matcher(text).find();
    }

    /** {@code pattern.matcher(text).matches()}, skipped when the pre-checks rule a match out. */
    boolean matches(String text) {
        return mayMatch(text) && pattern.matcher(text).matches();
    }

    /**
     * The most selective list of words a match needs one of, or null when nothing is known:
     * for gates that rule out a whole group of patterns at once.
     */
    String[] bestRequiredWords() {
        return required.length == 0 ? null : required[0];
    }

    /** The regex, for tests that hold the guards to it. */
    String regex() {
        return pattern.pattern();
    }

    /** A matcher over the text, for reading groups after {@link #mayFind} or {@link #mayMatch}. */
    Matcher matcher(String text) {
        return pattern.matcher(text);
    }

    /** Whether the text holds a word of each required list. */
    private boolean holdsAll(String text) {
        for (String[] anyOf : required) {
            if (!holdsAnyOf(text, anyOf)) {
                return false;
            }
        }
        return true;
    }

    private static boolean holdsAnyOf(String text, String[] words) {
        for (String word : words) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private boolean startsRight(String text) {
        return text.isEmpty() ? matchesEmpty : starts.canStart(text.charAt(0));
    }
}
