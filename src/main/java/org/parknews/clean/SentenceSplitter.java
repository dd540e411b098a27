package org.parknews.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a body into sentences at 。！？；!?; and line ends. Closing quotes and brackets right
 * after a terminator stay with the sentence they close.
 */
public final class SentenceSplitter {
    private static final String TERMINATORS = "。！？；!?;…";
    private static final String CLOSERS = "”’」』）)》\"'";

    public List<Span> split(String body) {
        List<Span> spans = new ArrayList<>();
        int start = 0;
        int i = 0;
        int n = body.length();
        while (i < n) {
            char c = body.charAt(i);
            if (c == '\n') {
                add(spans, body, start, i);
                start = i + 1;
                i++;
                continue;
            }
            if (isTerminator(c)) {
                int end = i + 1;
                while (end < n && (isTerminator(body.charAt(end)) || CLOSERS.indexOf(body.charAt(end)) >= 0)) {
                    end++;
                }
                add(spans, body, start, end);
                start = end;
                i = end;
                continue;
            }
            i++;
        }
        add(spans, body, start, n);
        return spans;
    }

    /** One of {@link #TERMINATORS}; most characters are ideographs, which the range test passes over at once. */
    private static boolean isTerminator(char c) {
        return (c < '\u4E00' || c > '\u9FFF') && TERMINATORS.indexOf(c) >= 0;
    }

    private static void add(List<Span> spans, String body, int start, int end) {
        while (start < end && Character.isWhitespace(body.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(body.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            spans.add(new Span(start, end));
        }
    }
}
