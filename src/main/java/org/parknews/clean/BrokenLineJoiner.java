package org.parknews.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * Re-joins paragraphs that a crawler broke mid-sentence: a prose line that ends without
 * sentence punctuation is continued by the next prose line. Headings (short, unpunctuated
 * lines) are never joined.
 */
final class BrokenLineJoiner {
    private static final String FINAL = "。！？!?；;…”’」』)）》:：";

    List<String> join(List<String> paragraphs) {
        List<String> out = new ArrayList<>();
        for (String p : paragraphs) {
            if (!out.isEmpty() && isUnfinishedProse(out.get(out.size() - 1)) && isProse(p)) {
                out.set(out.size() - 1, out.get(out.size() - 1) + p);
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private static boolean isUnfinishedProse(String line) {
        return isProse(line) && FINAL.indexOf(line.charAt(line.length() - 1)) < 0;
    }

    /** Prose has clause punctuation inside or runs longer than any heading. */
    private static boolean isProse(String line) {
        return line.length() >= 40 || line.indexOf('，') >= 0 || line.indexOf(',') >= 0 || line.indexOf('。') >= 0;
    }
}
