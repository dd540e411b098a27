package org.parknews.extract.quantity;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parknews.rules.CharBits;
import org.parknews.rules.RuleSet;
import org.parknews.rules.SeedLine;

/**
 * The word lists metric attribution uses: head words of measures ({@code seeds/metrics.txt})
 * and the roles of {@code seeds/metric-words.tsv} (stop, change, basis, anaphor).
 */
public final class MetricWords {
    public static final String HEADS_FILE = "metrics.txt";
    public static final String ROLES_FILE = "metric-words.tsv";
    private static final List<String> ROLES = List.of("stop", "change", "basis", "anaphor");

    private final Set<String> heads;
    private final Map<String, String> roles;
    /** The longest head word's length: no longer ending of a phrase can be one. */
    private final int longestHead;
    /** The last characters of the head words: most phrases end with none of them. */
    private final CharBits headEnds = new CharBits();

    MetricWords(Set<String> heads, Map<String, String> roles) {
        this.heads = Set.copyOf(heads);
        this.roles = Map.copyOf(roles);
        int longest = 0;
        for (String head : this.heads) {
            if (!head.isEmpty()) {
                headEnds.add(head.charAt(head.length() - 1));
                longest = Math.max(longest, head.length());
            }
        }
        this.longestHead = longest;
    }

    public static MetricWords from(RuleSet rules) {
        Set<String> heads = new HashSet<>(rules.file(HEADS_FILE).entries());
        Map<String, String> roles = new HashMap<>();
        for (SeedLine line : rules.file(ROLES_FILE).lines()) {
            String role = line.required(1, "role");
            if (!ROLES.contains(role)) {
                throw line.error("role must be one of " + ROLES + ": " + role);
            }
            roles.put(line.required(0, "word"), role);
        }
        return new MetricWords(heads, roles);
    }

    /** True when {@code phrase} ends with a head word of a measure (总规划面积 ends with 面积). */
    public boolean endsWithHead(String phrase) {
        // Only the last few endings can be heads, and only when the phrase ends as one does.
        if (phrase.isEmpty()) {
            return false;
        }
        if (!headEnds.contains(phrase.charAt(phrase.length() - 1))) {
            return false;
        }
        for (int i = Math.max(0, phrase.length() - longestHead); i < phrase.length(); i++) {
            if (heads.contains(phrase.substring(i))) {
                return true;
            }
        }
        return false;
    }

    public boolean isStop(String word) {
        return "stop".equals(roles.get(word));
    }

    public boolean isChange(String word) {
        return "change".equals(roles.get(word));
    }

    public boolean isBasis(String word) {
        return "basis".equals(roles.get(word));
    }

    public boolean isAnaphor(String word) {
        return "anaphor".equals(roles.get(word));
    }
}
