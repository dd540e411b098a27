package org.parknews.clean;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the element holding the article text, in the spirit of GNE: the block with the most
 * non-link text, weighted up by Chinese punctuation (prose) and down by link density
 * (navigation, related lists) and by the number of tags it wraps. Two structural vetoes guard
 * against GNE's best-known failure, a copyright or disclaimer block taken for the article: a
 * block that opens with a footer line is never content, and neither is a block that lies
 * wholly before the headline. Statistics are gathered in one bottom-up pass, so the cost stays
 * linear in the page size however deep it nests.
 */
final class ContentScorer {
    private static final String PUNCTUATION = "，。！？；：、“”,.;";
    private static final Set<String> CANDIDATES = Set.of("div", "article", "section", "td", "main", "font", "span");
    private static final int MIN_TEXT = 20;

    /** Per-element totals over its subtree. */
    private static final class Stats {
        int chars;
        int linkChars;
        int punct;
        int elements = 1;
        int paragraphs;
        int breaks;
    }

    /**
     * @param headline   the headline element, or null when the page has none
     * @param footerLine whether a line opens a footer (copyright, disclaimer)
     */
    Element best(Element body, Element headline, Predicate<String> footerLine) {
        Map<Element, Stats> stats = new IdentityHashMap<>();
        Map<Element, Integer> order = new IdentityHashMap<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    order.put(e, order.size());
                    stats.put(e, new Stats());
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof TextNode t && t.parent() instanceof Element parent) {
                    count(t.getWholeText(), stats.get(parent));
                } else if (node instanceof Element e && e != body && e.parent() != null) {
                    Stats s = stats.get(e);
                    if (e.normalName().equals("a")) {
                        s.linkChars = s.chars;
                    }
                    Stats p = stats.get(e.parent());
                    p.chars += s.chars;
                    p.linkChars += s.linkChars;
                    p.punct += s.punct;
                    p.elements += s.elements;
                    p.paragraphs += e.normalName().equals("p") ? 1 : 0;
                    p.breaks += e.normalName().equals("br") ? 1 : 0;
                }
            }
        }, body);

        int headlineAt = headline == null ? -1 : order.getOrDefault(headline, -1);
        double floor = score(stats.get(body)) * 0.5;
        // Best score first; the structural vetoes are checked only until one candidate passes.
        List<Map.Entry<Element, Double>> ranked = new ArrayList<>();
        for (Map.Entry<Element, Stats> entry : stats.entrySet()) {
            double s = score(entry.getValue());
            if (CANDIDATES.contains(entry.getKey().normalName()) && s > floor) {
                ranked.add(Map.entry(entry.getKey(), s));
            }
        }
        ranked.sort(Comparator.comparing((Map.Entry<Element, Double> en) -> en.getValue()).reversed()
                .thenComparing(en -> order.get(en.getKey())));
        for (Map.Entry<Element, Double> candidate : ranked) {
            Element e = candidate.getKey();
            if (!(headlineAt >= 0 && endsBefore(e, headlineAt, order)) && !opensWithFooter(e, footerLine)) {
                return e;
            }
        }
        return body;
    }

    private static void count(String text, Stats s) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                s.chars++;
                if (PUNCTUATION.indexOf(c) >= 0) {
                    s.punct++;
                }
            }
        }
    }

    /** Whether the element and all it holds come before the headline in document order. */
    private static boolean endsBefore(Element e, int headlineAt, Map<Element, Integer> order) {
        Element last = e;
        while (last.lastElementChild() != null) {
            last = last.lastElementChild();
        }
        return order.getOrDefault(last, Integer.MAX_VALUE) < headlineAt;
    }

    /** Whether the element's first text opens a footer. */
    private static boolean opensWithFooter(Element e, Predicate<String> footerLine) {
        StringBuilder first = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t && !t.isBlank()) {
                    first.append(Whitespace.normalize(t.getWholeText()));
                    return FilterResult.STOP;
                }
                return FilterResult.CONTINUE;
            }
        }, e);
        return !first.isEmpty() && footerLine.test(first.toString());
    }

    private static double score(Stats s) {
        if (s.chars < MIN_TEXT) {
            return 0;
        }
        double linkDensity = (double) s.linkChars / s.chars;
        int paragraphs = s.paragraphs + s.breaks / 2 + 1;
        // A container's score grows with the prose it holds directly; deep wrappers around the
        // real content are penalised by the sheer number of descendant tags.
        double tagPenalty = Math.log(2 + s.elements);
        return (s.chars - s.linkChars) * (1 - linkDensity) * (1 + Math.log(1 + s.punct)) * Math.log(1 + paragraphs) / tagPenalty;
    }
}
