package org.parknews.extract.quantity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.parknews.rules.RuleSet;
import org.parknews.rules.SeedLine;
import org.parknews.rules.StartChars;

/**
 * Decides which quantities are facts (gold-format.md): a unit is required, and the context
 * rules of {@code seeds/fact-exclusions.tsv} (ordinals, idiomatic 一, time frames, names with
 * numbers) reject the rest. Dates, times and codes never reach it: {@link QuantityMasks} skips them.
 */
public final class FactFilter {
    public static final String FILE = "fact-exclusions.tsv";
    private static final int CONTEXT = 12;

    /** One exclusion rule; a null pattern is no condition. */
    public record Rule(String name, Set<String> kinds, StartChars before, StartChars text, StartChars after) {
        /** Whether the rule rejects {@code q}, with {@code left} and {@code right} its context. */
        boolean fires(Quantity q, String left, String right) {
            if (!kinds.contains("*") && !kinds.contains(q.kind())) {
                return false;
            }
            return holds(before, left) && holds(text, q.text()) && holds(after, right);
        }

        private static boolean holds(StartChars condition, String s) {
            return condition == null || condition.isFoundIn(s);
        }
    }

    private final List<Rule> rules;

    FactFilter(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static FactFilter from(RuleSet rules) {
        List<Rule> out = new ArrayList<>();
        for (SeedLine line : rules.file(FILE).lines()) {
            out.add(new Rule(line.required(0, "name"), Set.copyOf(Arrays.asList(line.required(1, "kinds").split(","))),
                    pattern(line, 2), pattern(line, 3), pattern(line, 4)));
        }
        return new FactFilter(out);
    }

    private static StartChars pattern(SeedLine line, int column) {
        String regex = line.required(column, "regex or -");
        if (regex.equals("-")) {
            return null;
        }
        try {
            return new StartChars(Pattern.compile(regex));
        } catch (PatternSyntaxException e) {
            throw line.error("bad regex in column " + (column + 1) + ": " + e.getDescription());
        }
    }

    public boolean isFact(Quantity q, String text) {
        return q.unit() != null && rejectedBy(q, text).isEmpty();
    }

    /** The first exclusion rule that rejects {@code q}, if any. */
    public Optional<Rule> rejectedBy(Quantity q, String text) {
        String left = text.substring(Math.max(0, q.start() - CONTEXT), q.start());
        String right = text.substring(q.end(), Math.min(text.length(), q.end() + CONTEXT));
        for (Rule r : rules) {
            if (r.fires(q, left, right)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
