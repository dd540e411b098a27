package org.parknews.text;

import java.util.Objects;

/**
 * A segmented word with its part-of-speech tag and UTF-16 span in the text it was cut from.
 * The word's text is that span, copied out on first use: the extractors read the tags of
 * every token but the text of few, and a string a token was most of the cut's allocation.
 * Equal tokens have the same text, tag and span.
 */
public final class Token {
    private final String source;
    private final String pos;
    private final int start;
    private final int end;
    /** {@code source[start, end)} once asked for; a race computes the same string twice, harmlessly. */
    private String text;

    /** The word {@code source[start, end)}, tagged {@code pos}. */
    Token(String source, String pos, int start, int end) {
        if (start < 0 || end < start || end > source.length()) {
            throw new IllegalArgumentException("bad token span " + start + ".." + end + " in " + source.length() + " chars");
        }
        this.source = source;
        this.pos = pos;
        this.start = start;
        this.end = end;
    }

    public String text() {
        String t = text;
        if (t == null) {
            t = source.substring(start, end);
            text = t;
        }
        return t;
    }

    public String pos() {
        return pos;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    /** The word's length in UTF-16 units, without copying its text. */
    public int length() {
        return end - start;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Token t && start == t.start && end == t.end && pos.equals(t.pos) && text().equals(t.text());
    }

    @Override
    public int hashCode() {
        return Objects.hash(text(), pos, start, end);
    }

    @Override
    public String toString() {
        return "Token[text=" + text() + ", pos=" + pos + ", start=" + start + ", end=" + end + "]";
    }
}
