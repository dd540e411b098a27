package org.parknews.rules;

import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.stream.IntStream;

/**
 * Several patterns scanned over a text in one pass. Each finds exactly what its own
 * left-to-right {@link StartChars#find} loop finds, but the text is read once: a character no
 * pattern can start with is passed over with one table read, and at the others only the
 * patterns that can start there are tried. Read once per pattern, a group of twenty rules reads
 * twenty tables per character and they crowd each other out of the cache.
 */
public final class StartCharsGroup {
    /** Receives the matches of a scan. */
    public interface MatchSink {
        /** One match of the {@code pattern}-th pattern of the group, held by {@code m} during the call. */
        void match(int pattern, Matcher m);
    }

    /**
     * The indexes of the patterns that can start with one character, in group order. A record,
     * so threads that race to learn a character see the array whole (final field).
     */
    private record Starters(int[] indexes, boolean previousCharDecides) {
        /** Equal by content, so {@link CharsMemo} keeps each distinct set once. */
        @Override
        public boolean equals(Object o) {
            return o instanceof Starters other && previousCharDecides == other.previousCharDecides
                    && Arrays.equals(indexes, other.indexes);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(indexes) * 2 + (previousCharDecides ? 1 : 0);
        }
    }

    /** The starters of most characters, shared. */
    private static final Starters NONE = new Starters(new int[0], false);

    private final List<StartChars> patterns;
    private final LearntChars anyStart;
    /** Per BMP character some pattern can start with: its starters, null until first met. */
    private final Starters[] starters = new Starters[Character.MAX_VALUE + 1];
    /**
     * Per pair of a character and the one after it, where the second can start some pattern:
     * the starters that the first does not rule out ({@link StartChars#canStartAfter}). Inside
     * a number most digit rules cannot start, and asking the regex engine at each digit cost
     * more than the rest of the scan.
     */
    private final CharsMemo<Starters> startersAfter = new CharsMemo<>();
    /**
     * Per character and the two after it: the starters of the first that do not fail on the
     * three ({@link StartChars#canStartWith}). 5亿 starts no date, and neither does 176.
     */
    private final CharsMemo<Starters> startersBefore = new CharsMemo<>();

    public StartCharsGroup(List<StartChars> patterns) {
        this.patterns = List.copyOf(patterns);
        this.anyStart = new LearntChars(c -> starters(c).indexes().length > 0);
    }

    /**
     * Every non-empty match of each pattern in {@code text}, not overlapping the pattern's own
     * earlier matches, in order of start and, at one start, in the order of the patterns.
     */
    public void scan(String text, MatchSink sink) {
        char[] chars = text.toCharArray();
        int n = chars.length;
        Matcher[] matchers = new Matcher[patterns.size()];
        // where each pattern's own find loop resumes: after its last match
        int[] next = new int[patterns.size()];
        for (int p = 0; p < n; p++) {
            char c = chars[p];
            if (!anyStart.contains(c)) {
                continue;
            }
            Starters alone = starters(c);
            int[] here = p + 2 < n ? startersBefore(c, chars[p + 1], chars[p + 2], alone).indexes() : alone.indexes();
            if (here.length > 0 && p > 0 && alone.previousCharDecides()) {
                here = both(here, startersAfter(chars[p - 1], c, alone).indexes());
            }
            for (int i : here) {
                if (p < next[i]) {
                    continue;
                }
                if (matchers[i] == null) {
                    matchers[i] = patterns.get(i).matcher(text);
                }
                Matcher m = matchers[i].region(p, n);
                if (m.lookingAt() && m.end() > m.start()) {
                    next[i] = m.end();
                    sink.match(i, m);
                }
            }
        }
    }

    private Starters startersAfter(char previous, char c, Starters alone) {
        long key = CharKeys.key(previous, c);
        Starters known = startersAfter.get(key);
        return known != null ? known
                : learn(startersAfter, key, alone, i -> patterns.get(i).canStartAfter(previous, c));
    }

    private Starters startersBefore(char c, char next, char afterNext, Starters alone) {
        long key = CharKeys.key(c, next, afterNext);
        Starters known = startersBefore.get(key);
        if (known != null) {
            return known;
        }
        String start = new String(new char[] {c, next, afterNext});
        return learn(startersBefore, key, alone, i -> patterns.get(i).canStartWith(start));
    }

    /** The starters in {@code alone} that pass {@code test}, remembered under {@code key}. */
    private static Starters learn(CharsMemo<Starters> memo, long key, Starters alone, IntPredicate test) {
        int[] indexes = IntStream.of(alone.indexes()).filter(test).toArray();
        Starters known = indexes.length == 0 ? NONE : new Starters(indexes, alone.previousCharDecides());
        memo.put(key, known);
        return known;
    }

    /** The indexes in both ascending arrays, ascending. */
    private static int[] both(int[] a, int[] b) {
        int[] out = new int[Math.min(a.length, b.length)];
        int size = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length;) {
            if (a[i] == b[j]) {
                out[size++] = a[i];
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return size == out.length ? out : Arrays.copyOf(out, size);
    }

    private Starters starters(char c) {
        Starters known = starters[c];
        if (known == null) {
            int[] indexes = IntStream.range(0, patterns.size()).filter(i -> patterns.get(i).canStart(c)).toArray();
            known = starters(indexes);
            starters[c] = known;
        }
        return known;
    }

    private Starters starters(int[] indexes) {
        if (indexes.length == 0) {
            return NONE;
        }
        boolean previousCharDecides = IntStream.of(indexes).anyMatch(i -> patterns.get(i).previousCharDecides());
        return new Starters(indexes, previousCharDecides);
    }
}
