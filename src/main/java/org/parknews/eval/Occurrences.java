package org.parknews.eval;

import java.util.ArrayList;
import java.util.List;
import org.parknews.record.Record;

/** Where a gold item's text stands in a body, so a miss can be marked where the reader sees it. */
final class Occurrences {
    private Occurrences() {
    }

    /** Every non-overlapping occurrence of {@code text} in {@code body}, as code-point spans. */
    static List<Record.Mention> all(String body, String text) {
        List<Record.Mention> out = new ArrayList<>();
        if (body == null || text == null || text.isEmpty()) {
            return out;
        }
        for (int at = body.indexOf(text); at >= 0; at = body.indexOf(text, at + text.length())) {
            out.add(span(body, at, text));
        }
        return out;
    }

    /**
     * The first occurrence at or after UTF-16 index {@code from}, else the first anywhere; gold
     * facts come in reading order, so this finds the right one of several equal texts.
     */
    static int firstFrom(String body, String text, int from) {
        if (body == null || text == null || text.isEmpty()) {
            return -1;
        }
        int at = body.indexOf(text, from);
        return at >= 0 ? at : body.indexOf(text);
    }

    static Record.Mention span(String body, int utf16Start, String text) {
        int start = body.codePointCount(0, utf16Start);
        return new Record.Mention(start, start + text.codePointCount(0, text.length()));
    }
}
