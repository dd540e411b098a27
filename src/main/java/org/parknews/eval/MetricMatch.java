package org.parknews.eval;

import java.util.HashSet;
import java.util.Set;

/**
 * Whether an extracted metric says the same as the gold one. Gold metrics are a reader's short
 * phrase, so exact equality is too strict: after dropping punctuation, one containing the
 * other counts, and so does a character-bigram Dice overlap of at least one half.
 */
public final class MetricMatch {
    private static final double MIN_DICE = 0.5;

    private MetricMatch() {
    }

    public static boolean matches(String predicted, String gold) {
        if (predicted == null || gold == null) {
            return predicted == null && gold == null;
        }
        String p = normalize(predicted);
        String g = normalize(gold);
        if (p.isEmpty() || g.isEmpty()) {
            return p.equals(g);
        }
        return p.contains(g) || g.contains(p) || dice(p, g) >= MIN_DICE;
    }

    private static String normalize(String s) {
        return s.replaceAll("[\\p{P}\\s]", "");
    }

    private static double dice(String a, String b) {
        Set<String> x = bigrams(a);
        Set<String> y = bigrams(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        Set<String> both = new HashSet<>(x);
        both.retainAll(y);
        return 2.0 * both.size() / (x.size() + y.size());
    }

    private static Set<String> bigrams(String s) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 2 <= s.length(); i++) {
            out.add(s.substring(i, i + 2));
        }
        return out;
    }
}
