package org.parknews.extract.quantity;

import java.util.List;
import java.util.regex.Pattern;
import org.parknews.text.Token;

/**
 * Names what a number measures from the words before it in its clause: the run of nouns and
 * verbs closest to the number, without time words, adverbs and function words.
 */
public final class MetricFinder {
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[，,；;。：:、（(）)“”\"！？!?]");
    private static final int MAX_WORDS = 4;

    /** @param before the tokens of the sentence that end before the number, in order */
    public String metric(List<Token> before, String growthWord) {
        StringBuilder sb = new StringBuilder();
        int words = 0;
        for (int i = before.size() - 1; i >= 0 && words < MAX_WORDS; i--) {
            Token t = before.get(i);
            if (CLAUSE_BREAK.matcher(t.text()).find()) {
                break;
            }
            if (isContentWord(t)) {
                sb.insert(0, t.text());
                words++;
            } else if (sb.length() > 0) {
                break;
            }
        }
        String m = sb.toString();
        return m.isEmpty() ? null : m;
    }

    private static boolean isContentWord(Token t) {
        String pos = t.pos();
        return (pos.startsWith("n") || pos.startsWith("v") || pos.startsWith("g") || pos.equals("j") || pos.equals("vn"))
                && !pos.equals("vshi") && !pos.equals("vyou") && !t.text().matches("达到?|为|是|有|共|实现|完成|增至|约|近");
    }
}
