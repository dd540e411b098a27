package org.parknews.extract.quantity;

import java.util.List;
import org.parknews.TestPipeline;
import org.parknews.clean.Article;
import org.parknews.clean.MatchText;
import org.parknews.clean.SentenceSplitter;
import org.parknews.clean.Span;
import org.parknews.extract.AnalyzedArticle;
import org.parknews.extract.EntityMention;
import org.parknews.extract.EntityType;
import org.parknews.extract.Fact;
import org.parknews.extract.Findings;
import org.parknews.extract.PersonExtractor;
import org.parknews.rules.RuleSet;
import org.parknews.text.Segmenter;

/** The project's seeds/ loaded once for the quantity tests, and a helper that extracts facts from a body. */
final class QuantityRules {
    private static RuleSet rules;
    private static Segmenter segmenter;

    private QuantityRules() {
    }

    static synchronized RuleSet rules() {
        if (rules == null) {
            rules = RuleSet.load(TestPipeline.SEEDS);
        }
        return rules;
    }

    static QuantityFinder finder() {
        return QuantityFinder.from(rules());
    }

    /** The quantities of one line, written in match text as the pipeline sees it. */
    static List<Quantity> find(String line) {
        return finder().find(MatchText.of(line));
    }

    /** Runs the fact extractor alone over {@code body} (paragraphs separated by \n). */
    static List<Fact> facts(String body, String published) {
        return facts(body, published, List.of());
    }

    /**
     * Runs the fact extractor over {@code body} after a park extractor that found every
     * occurrence of each of {@code parks}, as the pipeline's extractors run before it.
     */
    static List<Fact> facts(String body, String published, List<String> parks) {
        synchronized (QuantityRules.class) {
            if (segmenter == null) {
                segmenter = new Segmenter(List.of(), PersonExtractor.cueWords(rules()));
            }
        }
        Article article = new Article("test", null, "test", List.of(), published, null, null, body,
                new SentenceSplitter().split(body), List.of());
        AnalyzedArticle doc = AnalyzedArticle.of(article, segmenter);
        Findings findings = new Findings();
        for (String park : parks) {
            for (int at = body.indexOf(park); at >= 0; at = body.indexOf(park, at + 1)) {
                findings.add(EntityMention.of(EntityType.PARK, park, new Span(at, at + park.length()), "test"));
            }
        }
        new FactExtractor(rules()).extract(doc, findings);
        return findings.facts();
    }
}
