package org.parknews.clean;

/** A half-open range of UTF-16 indices into an article's body. */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    public boolean contains(int index) {
        return index >= start && index < end;
    }

    public String of(String text) {
        return text.substring(start, end);
    }
}
