package org.parknews.extract.quantity;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    MetricWords(Set<String> heads, Map<String, String> roles) {
        this.heads = Set.copyOf(heads);
        this.roles = Map.copyOf(roles);
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
        for (int i = 0; i < phrase.length(); i++) {
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
