package org.parknews.clean;

import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Finds the element holding the article text, in the spirit of GNE: the block with the most
 * non-link text, weighted up by Chinese punctuation (prose) and down by link density
 * (navigation, related lists).
 */
final class ContentScorer {
    private static final String PUNCTUATION = "，。！？；：、“”,.;";

    Element best(Element body) {
        Element best = body;
        double bestScore = score(body) * 0.5;
        Elements candidates = body.select("div, article, section, td, main, font, span");
        for (Element e : candidates) {
            double s = score(e);
            if (s > bestScore) {
                bestScore = s;
                best = e;
            }
        }
        return best;
    }

    private static double score(Element e) {
        String text = e.text();
        int length = text.length();
        if (length < 20) {
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
        int paragraphs = e.select("> p").size() + 1;
        // A container's score grows with the prose it holds directly; deep wrappers around the
        // real content are penalised by the sheer number of descendant tags.
        double tagPenalty = Math.log(2 + e.getAllElements().size());
        return (length - linkText) * (1 - linkDensity) * (1 + Math.log(1 + punct)) * Math.log(1 + paragraphs) / tagPenalty;
    }
}
