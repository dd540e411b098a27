package org.parknews.extract.quantity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.parknews.rules.RuleSet;
import org.parknews.rules.SeedLine;

/** The qualifier words of {@code seeds/qualifiers.tsv}: 约, 超过, 不到 before a number, 以上, 左右 after it, 余, 多 inside. */
public final class QualifierWords {
    public static final String FILE = "qualifiers.tsv";

    /** One qualifier word and where it stands relative to the number. */
    public record Word(String text, String position, String qualifier) {
    }

    private final List<Word> before = new ArrayList<>();
    private final List<Word> after = new ArrayList<>();
    private final List<Word> inner = new ArrayList<>();

    QualifierWords(List<Word> words) {
        for (Word w : words) {
            switch (w.position()) {
                case "before" -> before.add(w);
                case "after" -> after.add(w);
                case "inner" -> inner.add(w);
                default -> throw new IllegalArgumentException("unknown position " + w.position());
            }
        }
        Comparator<Word> longestFirst = Comparator.comparingInt((Word w) -> -w.text().length());
        before.sort(longestFirst);
        after.sort(longestFirst);
        inner.sort(longestFirst);
    }

    public static QualifierWords from(RuleSet rules) {
        List<Word> words = new ArrayList<>();
        for (SeedLine line : rules.file(FILE).lines()) {
            String position = line.required(1, "position");
            String qualifier = line.required(2, "qualifier");
            if (!List.of("before", "after", "inner").contains(position)) {
                throw line.error("position must be before, after or inner: " + position);
            }
            if (!List.of("approx", "over", "under").contains(qualifier)) {
                throw line.error("qualifier must be approx, over or under: " + qualifier);
            }
            words.add(new Word(line.required(0, "word"), position, qualifier));
        }
        return new QualifierWords(words);
    }

    /** The qualifier word ending right before {@code start} (spaces allowed between). */
    public Optional<Word> before(String text, int start) {
        int s = skipSpacesBack(text, start);
        for (Word w : before) {
            if (s >= w.text().length() && text.startsWith(w.text(), s - w.text().length())) {
                return Optional.of(w);
            }
        }
        return Optional.empty();
    }

    /** The qualifier word starting at {@code end}. */
    public Optional<Word> after(String text, int end) {
        return startingAt(after, text, end);
    }

    /** The inner qualifier (余, 多) starting at {@code offset}, between number and unit. */
    public Optional<Word> inner(String text, int offset) {
        return startingAt(inner, text, offset);
    }

    private static Optional<Word> startingAt(List<Word> words, String text, int offset) {
        for (Word w : words) {
            if (text.startsWith(w.text(), offset)) {
                return Optional.of(w);
            }
        }
        return Optional.empty();
    }

    private static int skipSpacesBack(String text, int start) {
        int s = start;
        while (s > 0 && text.charAt(s - 1) == ' ') {
            s--;
        }
        return s;
    }
}
