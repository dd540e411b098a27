package org.parknews.clean;

import java.util.List;
import org.parknews.rules.CharBits;

/**
 * Rules out a whole group of line rules before the line is folded to its {@link MatchText}:
 * every rule of the group needs one of a few words (版权所有, 欢迎), so a line none of whose
 * characters folds to the first character of such a word matches no rule. Asked of every line
 * of a page that has not yet named its site, where folding each line was most of the cost.
 */
final class FoldedStartGate {
    /** The raw characters that fold to the first character of a word some rule needs; null: always open. */
    private final CharBits starts;

    FoldedStartGate(List<GuardedPattern> rules) {
        this.starts = startsOf(rules);
    }

    private static CharBits startsOf(List<GuardedPattern> rules) {
        CharBits firsts = new CharBits();
        for (GuardedPattern rule : rules) {
            String[] required = rule.bestRequiredWords();
            if (required == null) {
                return null; // a rule that needs no word can match any line
            }
            for (String word : required) {
                if (word.isEmpty()) {
                    return null;
                }
                firsts.add(word.charAt(0));
            }
        }
        CharBits raw = new CharBits();
        for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
            if (firsts.contains(MatchText.fold((char) c))) {
                raw.add((char) c);
            }
        }
        return raw;
    }

    /** False only when no rule of the group can match the line's match text. */
    boolean mayPass(String line) {
        if (starts == null) {
            return true;
        }
        for (int i = 0; i < line.length(); i++) {
            if (starts.contains(line.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
