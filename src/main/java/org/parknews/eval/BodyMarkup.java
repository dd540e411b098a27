package org.parknews.eval;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Writes a body into an element with its highlights as nested {@code <mark>} elements, in the
 * manner of displaCy: each mark carries its kind and status as classes, a small label, and its
 * rule in the {@code title} attribute. A highlight that crosses another's edge cannot nest and
 * is left out of the text (the report's tables still list it).
 */
public final class BodyMarkup {

    /** Fills {@code into} with the body's text and marks; returns how many highlights could not be placed. */
    public int write(String body, List<Highlight> highlights, Element into) {
        int length = body.codePointCount(0, body.length());
        List<Highlight> sorted = highlights.stream()
                .filter(h -> h.start() >= 0 && h.end() <= length && h.start() < h.end())
                .sorted(Comparator.comparingInt(Highlight::start).thenComparing(h -> -h.end())
                        .thenComparing(h -> Highlight.MISS.equals(h.status()) ? 0 : 1))
                .toList();
        int skipped = highlights.size() - sorted.size();
        Deque<Open> open = new ArrayDeque<>();
        Element current = into;
        int cursor = 0;
        for (Highlight h : sorted) {
            while (!open.isEmpty() && open.peek().highlight.end() <= h.start()) {
                cursor = close(body, open.pop(), cursor);
                current = open.isEmpty() ? into : open.peek().element;
            }
            if (!open.isEmpty() && h.end() > open.peek().highlight.end()) {
                skipped++;
                continue;
            }
            text(body, cursor, h.start(), current);
            cursor = h.start();
            Element mark = current.appendElement("mark")
                    .addClass("hl").addClass(h.kind()).addClass(h.status())
                    .attr("title", h.title()).attr("data-kind", h.kind()).attr("data-status", h.status());
            open.push(new Open(h, mark));
            current = mark;
        }
        while (!open.isEmpty()) {
            cursor = close(body, open.pop(), cursor);
        }
        text(body, cursor, length, into);
        return skipped;
    }

    private record Open(Highlight highlight, Element element) {
    }

    private static int close(String body, Open o, int cursor) {
        text(body, cursor, o.highlight.end(), o.element);
        String label = Highlight.MISS.equals(o.highlight.status()) ? o.highlight.kind() + " · miss"
                : Highlight.FALSE.equals(o.highlight.status()) ? o.highlight.kind() + " · false" : o.highlight.kind();
        o.element.appendElement("span").addClass("lbl").text(label);
        return o.highlight.end();
    }

    private static void text(String body, int fromCp, int toCp, Element into) {
        if (toCp > fromCp) {
            into.appendText(body.substring(body.offsetByCodePoints(0, fromCp), body.offsetByCodePoints(0, toCp)));
        }
    }
}
