package org.parknews.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern with the characters its matches can start with, so a scan tries the regex only
 * there: {@code Matcher.find} runs the pattern at every position of a text, and a rule about
 * digits or dates cannot start at most of them. Which characters can start a match is learnt
 * per character the first time it is met, by running the pattern on that character alone: a
 * match, or a failure that wanted more input ({@link Matcher#hitEnd}), means it can. Rules
 * written by tuners get this without declaring anything.
 */
public final class StartChars {
    private final Pattern pattern;
    /** The characters a match can start with, learnt by probing each alone. */
    private final LearntChars starts;
    /**
     * Whether the character before a position can rule a match out, learnt by running the
     * pattern on the two characters alone ({@link #canStartAfter}). That probe sees one
     * character of left context, and it never says no where the whole text says yes when
     * whatever looks left looks at that one character only: negative lookbehinds over plain
     * characters, and line starts. The patterns tried everywhere are left out, and so are
     * those that never look left of their start (most): for them there is nothing to learn.
     */
    private final boolean previousCharDecides;
    /**
     * A pattern that looks behind its start ((?<=x), \b, \B, \G, an anchor inside (?<!)) can
     * start where a probe without the text before says it cannot, so it is tried everywhere.
     */
    private final boolean everywhere;
    /**
     * Whether {@link #isFoundIn} leaves the search to {@code Matcher.find}: for a pattern tried
     * everywhere, for one anchored at the text's start (find tries it at one position only),
     * and for one that can match the empty string at a text's end, where there is no character
     * to ask about.
     */
    private final boolean plainFind;

    public StartChars(Pattern pattern) {
        this.pattern = pattern;
        this.starts = new LearntChars(this::probe);
        String source = pattern.pattern();
        // A lookbehind holding an input anchor (^, \A) sees a probe's start as the text's.
        boolean anchorMayLookBehind = source.contains("(?<!") && (source.contains("^") || source.contains("\\A"));
        this.everywhere = source.contains("(?<=") || source.contains("\\b") || source.contains("\\B")
                || source.contains("\\G") || anchorMayLookBehind;
        boolean looksLeft = source.contains("(?<!") || source.contains("^");
        this.previousCharDecides = !everywhere && looksLeft;
        // An empty text is the most any end can allow: nothing behind for a (?<!x) to see.
        this.plainFind = everywhere || source.startsWith("^") || matcher("").lookingAt();
        // Surrogates are not probed alone: a supplementary character is always tried.
        starts.addAll(Character.MIN_SURROGATE, Character.MAX_SURROGATE);
        if (everywhere) {
            starts.addAll(Character.MIN_VALUE, Character.MAX_VALUE);
        }
    }

    public Pattern pattern() {
        return pattern;
    }

    /** True when a match of the pattern may begin with {@code c}: one table read once learnt. */
    public boolean canStart(char c) {
        return starts.contains(c);
    }

    private boolean probe(char c) {
        return mayMatchMore(pattern.matcher(String.valueOf(c)));
    }

    /**
     * The verdict of a probe on a few characters alone: a match, or a failure that ran out of
     * characters ({@link Matcher#hitEnd}) and so might have matched on more text.
     */
    private static boolean mayMatchMore(Matcher probe) {
        return probe.lookingAt() || probe.hitEnd();
    }

    /** True when {@link #canStartAfter} can say no: the pattern looks at the character before its start. */
    boolean previousCharDecides() {
        return previousCharDecides;
    }

    /**
     * False only when no match can start at a {@code c} that follows {@code previous}, such as a
     * pattern that begins {@code (?<![\d.])\d} at a digit after a digit: most digits of a text
     * are inside numbers, where such rules cannot start. Callers learn the answer once per pair
     * (it runs the regex); a surrogate on either side is always tried.
     */
    public boolean canStartAfter(char previous, char c) {
        if (!previousCharDecides || Character.isSurrogate(previous) || Character.isSurrogate(c)) {
            return true;
        }
        return mayMatchMore(matcher(new String(new char[] {previous, c})).region(1, 2));
    }

    /**
     * False only when no match can start with the characters {@code start}, whatever follows
     * them, such as \\d{1,2}\\s*月 on 5亿 or on 176: most digits that start a date or time
     * rule start no date. The probe runs the pattern on those characters alone, with nothing
     * before them, which is the most a negative lookbehind or a line start can allow; patterns
     * tried everywhere need what is before them and are always tried. Callers learn the answer
     * once per run of characters.
     */
    public boolean canStartWith(String start) {
        if (everywhere) {
            return true;
        }
        for (int i = 0; i < start.length(); i++) {
            if (Character.isSurrogate(start.charAt(i))) {
                return true;
            }
        }
        return mayMatchMore(matcher(start));
    }

    /**
     * A matcher over {@code text} for {@link #find}: transparent, non-anchoring bounds, so
     * lookbehinds and line anchors still see the text before each tried position.
     */
    public Matcher matcher(CharSequence text) {
        return pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /**
     * What {@code m.find(from)} finds, trying only positions that can start a match; on success
     * {@code m} holds the match. Empty matches are not found. {@code chars} are the matcher's
     * text as an array: callers scan one text with several patterns, and reading an array is
     * several times faster than {@code String.charAt} here.
     */
    public boolean find(Matcher m, char[] chars, int from) {
        int n = chars.length;
        for (int p = from; p < n; p++) {
            if (canStart(chars[p])) {
                m.region(p, n);
                if (m.lookingAt() && m.end() > m.start()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * What {@code pattern.matcher(s).find()} answers, trying the regex only at positions that
     * can start a match: exclusion rules test short contexts around every quantity, and a
     * rule such as (前|过去|最近)$ cost find() one attempt per character.
     */
    public boolean isFoundIn(String s) {
        if (plainFind) {
            return pattern.matcher(s).find();
        }
        int n = s.length();
        Matcher m = null;
        for (int p = 0; p < n; p++) {
            if (canStart(s.charAt(p))) {
                m = m == null ? matcher(s) : m;
                if (m.region(p, n).lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Every non-empty match in {@code text}, left to right and not overlapping, as a find() loop sees them. */
    public List<MatchResult> findAll(String text) {
        List<MatchResult> out = new ArrayList<>();
        Matcher m = matcher(text);
        char[] chars = text.toCharArray();
        for (int from = 0; find(m, chars, from); from = m.end()) {
            out.add(m.toMatchResult());
        }
        return out;
    }
}
