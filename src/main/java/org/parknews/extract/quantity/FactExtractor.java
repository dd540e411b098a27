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

/** Turns the quantities of each sentence into facts with metric, period and subject park. */
public final class FactExtractor implements Extractor {
    private final QuantityFinder finder;
    private final FactFilter filter;
    private final MetricFinder metrics;
    private final PeriodResolver periods;

    public FactExtractor(RuleSet rules) {
        this.finder = QuantityFinder.from(rules);
        this.filter = FactFilter.from(rules);
        this.metrics = new MetricFinder(MetricWords.from(rules));
        this.periods = PeriodResolver.from(rules);
    }

    @Override
    public void extract(AnalyzedArticle doc, Findings out) {
        String text = doc.matchText();
        if (text.isEmpty()) {
            return;
        }
        List<EntityMention> parks = parks(out);
        String mainPark = mainPark(parks);
        List<Span> sentences = doc.article().sentences();
        PeriodResolver.Timeline timeline = periods.timeline(text, sentences, doc.article().published());
        List<Quantity> all = finder.find(text);
        String previousMetric = null;
        int previousParagraph = -1;
        for (int i = 0; i < all.size(); i++) {
            Quantity q = all.get(i);
            int paragraphStart = text.lastIndexOf('\n', Math.max(0, q.start() - 1)) + 1;
            if (paragraphStart != previousParagraph) {
                previousMetric = null;
                previousParagraph = paragraphStart;
            }
            if (!filter.isFact(q, text)) {
                continue;
            }
            int sentence = doc.article().sentenceIndexAt(q.start());
            Span s = sentences.get(sentence);
            int leftLimit = Math.max(s.start(), i > 0 ? Math.min(all.get(i - 1).outerEnd(), q.outerStart()) : 0);
            int rightLimit = Math.min(s.end(), i + 1 < all.size() ? Math.max(all.get(i + 1).outerStart(), q.outerEnd()) : text.length());
            MetricFinder.Context context = new MetricFinder.Context(
                    doc.tokensIn(new Span(leftLimit, q.outerStart())),
                    doc.tokensIn(new Span(q.outerEnd(), rightLimit)), previousMetric);
            String metric = metrics.metric(q, context);
            if (metric != null && !inParentheses(text, paragraphStart, q.start())) {
                previousMetric = metric;
            }
            out.add(new Fact(doc.body().substring(q.start(), q.end()), q.value(), q.valueMax(), q.unit(), metric,
                    q.qualifier(), timeline.periodAt(q.start()), subject(parks, s, paragraphStart, q.start(), mainPark),
                    new Span(q.start(), q.end()), sentence, "quantity." + q.kind()));
        }
    }

    /**
     * 申报专利302项(其中PCT专利1项): an aside in brackets does not start a new chain of facts.
     * True when the last bracket at or before {@code at}, back to {@code from}, opens one; the
     * walk stops at {@code from} rather than searching the whole text before it.
     */
    private static boolean inParentheses(String text, int from, int at) {
        for (int i = Math.min(at, text.length() - 1); i >= from; i--) {
            char c = text.charAt(i);
            if (c == '(' || c == '（') {
                return true;
            }
            if (c == ')' || c == '）') {
                return false;
            }
        }
        return false;
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
        int bestCount = 0;
        for (EntityMention m : parks) {
            String name = name(m);
            int c = counts.merge(name, 1, Integer::sum);
            if (c > bestCount) {
                best = name;
                bestCount = c;
            }
        }
        return best;
    }

    /**
     * The park named last before the fact in its sentence, else in its paragraph, else the main
     * park. {@code parks} is sorted by start, so both searches start from a binary search: an
     * article's facts times its park mentions was a scan of a few thousand mentions.
     */
    private static String subject(List<EntityMention> parks, Span sentence, int paragraphStart, int at, String mainPark) {
        int after = firstStartingAtOrAfter(parks, at + 1);
        // Backwards from the last mention starting at or before the fact: the first one that ends
        // before it is the last such in the paragraph; it is also the sentence's, or none is.
        for (int i = after - 1; i >= 0; i--) {
            EntityMention m = parks.get(i);
            if (m.span().start() < paragraphStart) {
                break;
            }
            if (m.span().end() <= at) {
                return m.span().start() >= sentence.start() ? name(m) : inSentenceAfter(parks, sentence, at, name(m));
            }
        }
        return inSentenceAfter(parks, sentence, at, mainPark);
    }

    /** A park named after the number in the same sentence (860亩的湘潭高新区科技企业加速器), else {@code otherwise}. */
    private static String inSentenceAfter(List<EntityMention> parks, Span sentence, int at, String otherwise) {
        for (int i = firstStartingAtOrAfter(parks, at); i < parks.size() && parks.get(i).span().start() <= sentence.end(); i++) {
            if (parks.get(i).span().end() <= sentence.end()) {
                return name(parks.get(i));
            }
        }
        return otherwise;
    }

    /** The index of the first mention starting at or after {@code offset}, or the size. */
    private static int firstStartingAtOrAfter(List<EntityMention> parks, int offset) {
        int low = 0;
        int high = parks.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (parks.get(mid).span().start() < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static String name(EntityMention m) {
        return m.canonical() != null ? m.canonical() : m.name();
    }
}
