package org.parknews.extract.quantity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parknews.clean.Span;
import org.parknews.extract.AnalyzedArticle;
import org.parknews.extract.EntityMention;
import org.parknews.extract.EntityType;
import org.parknews.extract.Extractor;
import org.parknews.extract.Fact;
import org.parknews.extract.Findings;
import org.parknews.rules.RuleSet;
import org.parknews.text.Token;

/** Turns the quantities of each sentence into facts with metric, period and subject. */
public final class FactExtractor implements Extractor {
    private final QuantityFinder finder;
    private final FactFilter filter = new FactFilter();
    private final MetricFinder metrics = new MetricFinder();
    private final PeriodResolver periods = new PeriodResolver();

    public FactExtractor(RuleSet rules) {
        this.finder = new QuantityFinder(UnitTable.from(rules));
    }

    @Override
    public void extract(AnalyzedArticle doc, Findings out) {
        String text = doc.matchText();
        List<EntityMention> parks = doc.body().isEmpty() ? List.of() : parks(out);
        String mainPark = mainPark(parks);
        List<Span> sentences = doc.article().sentences();
        for (Quantity q : finder.find(text)) {
            if (!filter.isFact(q, text)) {
                continue;
            }
            int sentence = doc.article().sentenceIndexAt(q.start());
            Span s = sentences.get(sentence);
            int paragraphStart = text.lastIndexOf('\n', q.start() - 1) + 1;
            List<Token> before = doc.tokensIn(new Span(s.start(), Math.max(s.start(), q.start())));
            String period = periods.resolve(text.substring(paragraphStart, q.start()), doc.article().published());
            out.add(new Fact(doc.body().substring(q.start(), q.end()), q.value(), q.valueMax(), q.unit(),
                    metrics.metric(before, null), q.qualifier(), period, subject(parks, paragraphStart, q.start(), mainPark),
                    new Span(q.start(), q.end()), sentence, "quantity." + q.kind()));
        }
    }

    private static List<EntityMention> parks(Findings out) {
        List<EntityMention> parks = new ArrayList<>();
        for (EntityMention m : out.mentions()) {
            if (m.type() == EntityType.PARK && m.span() != null) {
                parks.add(m);
            }
        }
        parks.sort(Comparator.comparingInt(m -> m.span().start()));
        return parks;
    }

    private static String mainPark(List<EntityMention> parks) {
        Map<String, Integer> counts = new HashMap<>();
        String best = null;
        for (EntityMention m : parks) {
            String name = m.canonical() != null ? m.canonical() : m.name();
            int c = counts.merge(name, 1, Integer::sum);
            if (best == null || c > counts.get(best)) {
                best = name;
            }
        }
        return best;
    }

    private static String subject(List<EntityMention> parks, int paragraphStart, int at, String mainPark) {
        String subject = null;
        for (EntityMention m : parks) {
            if (m.span().start() >= paragraphStart && m.span().end() <= at) {
                subject = m.canonical() != null ? m.canonical() : m.name();
            }
        }
        return subject != null ? subject : mainPark;
    }
}
