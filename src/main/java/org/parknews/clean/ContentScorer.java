package org.parknews.clean;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Finds the element holding the article text, in the spirit of GNE: the block with the most
 * non-link text, weighted up by Chinese punctuation (prose) and down by link density
 * (navigation, related lists) and by the number of tags it wraps. Two structural vetoes guard
 * against GNE's best-known failure, a copyright or disclaimer block taken for the article: a
 * block that opens with a footer line is never content, and neither is a block that lies
 * wholly before the headline.
 */
final class ContentScorer {
    private static final String PUNCTUATION = "，。！？；：、“”,.;";
    private static final int MIN_TEXT = 20;

    /**
     * @param headline   the headline element, or null when the page has none
     * @param footerLine whether a line opens a footer (copyright, disclaimer)
     */
    Element best(Element body, Element headline, Predicate<String> footerLine) {
        Map<Element, Integer> order = new IdentityHashMap<>();
        Elements all = body.getAllElements();
        for (int i = 0; i < all.size(); i++) {
            order.put(all.get(i), i);
        }
        int headlineAt = headline == null ? -1 : order.getOrDefault(headline, -1);
        Element best = body;
        double bestScore = score(body) * 0.5;
        for (Element e : body.select("div, article, section, td, main, font, span")) {
            double s = score(e);
            if (s > bestScore && !(headlineAt >= 0 && endsBefore(e, headlineAt, order)) && !opensWithFooter(e, footerLine)) {
                bestScore = s;
                best = e;
            }
        }
        return best;
    }

    /** Whether the element and all it holds come before the headline in document order. */
    private static boolean endsBefore(Element e, int headlineAt, Map<Element, Integer> order) {
        Elements inside = e.getAllElements();
        return order.getOrDefault(inside.get(inside.size() - 1), Integer.MAX_VALUE) < headlineAt;
    }

    private static boolean opensWithFooter(Element e, Predicate<String> footerLine) {
        List<String> lines = BlockText.lines(e);
        for (String l : lines) {
            if (!l.equals(BlockText.ImageMarker.LINE)) {
                return footerLine.test(l);
            }
        }
        return false;
    }

    private static double score(Element e) {
        String text = e.text();
        int length = text.length();
        if (length < MIN_TEXT) {
            return 0;
        }
        int linkText = 0;
        for (Element a : e.select("a")) {
            linkText += a.text().length();
        }
        int punct = 0;
        for (int i = 0; i < length; i++) {
            if (PUNCTUATION.indexOf(text.charAt(i)) >= 0) {
                punct++;
            }
        }
        double linkDensity = (double) linkText / length;
        int paragraphs = e.select("> p").size() + e.select("> br").size() / 2 + 1;
        // A container's score grows with the prose it holds directly; deep wrappers around the
        // real content are penalised by the sheer number of descendant tags.
        double tagPenalty = Math.log(2 + e.getAllElements().size());
        return (length - linkText) * (1 - linkDensity) * (1 + Math.log(1 + punct)) * Math.log(1 + paragraphs) / tagPenalty;
    }
}
