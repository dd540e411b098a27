package org.parknews.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.parknews.record.Record;

/**
 * Scores a record against its gold file (gold-format.md). Entities match by name or alias,
 * one to one; facts match when unit agrees and value is within 0.5 %, one to one in reading
 * order; header fields are compared exactly; the body by its start, end and boilerplate.
 */
public final class Scorer {
    public static final List<String> ENTITY_TYPES = List.of("park", "person", "company");
    public static final List<String> FIELDS = List.of("title", "authors", "published", "origin", "body_start", "body_end",
            "body_clean");
    private static final double VALUE_TOLERANCE = 0.005;

    public ArticleEvaluation score(GoldArticle gold, Record rec) {
        List<Finding> misses = new ArrayList<>();
        List<Finding> falseHits = new ArrayList<>();
        List<Finding> wrong = new ArrayList<>();
        Map<String, RuleStat> rules = new LinkedHashMap<>();

        Map<String, Accuracy> fields = new LinkedHashMap<>();
        field(fields, misses, "title", gold.title(), rec.title());
        field(fields, misses, "authors", String.valueOf(gold.authors()), String.valueOf(rec.authors()));
        field(fields, misses, "published", gold.published(), rec.published());
        field(fields, misses, "origin", gold.origin(), rec.origin());
        String body = rec.body() == null ? "" : rec.body();
        GoldArticle.Body gb = gold.body();
        if (gb != null) {
            check(fields, misses, "body_start", gb.startsWith() == null || body.startsWith(gb.startsWith()),
                    gb.startsWith(), head(body));
            check(fields, misses, "body_end", gb.endsWith() == null || body.endsWith(gb.endsWith()),
                    gb.endsWith(), tail(body));
            List<String> left = gb.mustNotContain() == null ? List.of()
                    : gb.mustNotContain().stream().filter(body::contains).toList();
            check(fields, misses, "body_clean", left.isEmpty(), "none of " + gb.mustNotContain(), String.valueOf(left));
        }

        Map<String, Score> entities = new LinkedHashMap<>();
        for (String type : ENTITY_TYPES) {
            entities.put(type, scoreEntities(type, gold.entitiesOf(type), rec, misses, falseHits, rules));
        }

        FactResult facts = scoreFacts(gold.facts() == null ? List.of() : gold.facts(), rec, misses, falseHits, wrong, rules);
        return new ArticleEvaluation(rec.id(), fields, entities, facts.score, facts.metric, facts.period, rules,
                misses, falseHits, wrong);
    }

    private static void field(Map<String, Accuracy> fields, List<Finding> misses, String name, String expected, String actual) {
        check(fields, misses, name, Objects.equals(expected, actual), expected, actual);
    }

    private static void check(Map<String, Accuracy> fields, List<Finding> misses, String name, boolean right,
                              String expected, String actual) {
        fields.put(name, Accuracy.of(right));
        if (!right) {
            misses.add(new Finding(name, expected, actual, null, null));
        }
    }

    private Score scoreEntities(String type, List<GoldArticle.GoldEntity> gold, Record rec, List<Finding> misses,
                                List<Finding> falseHits, Map<String, RuleStat> rules) {
        List<Record.EntityOut> predicted = rec.entities().stream().filter(e -> e.type().equals(type)).toList();
        boolean[] used = new boolean[predicted.size()];
        int matched = 0;
        for (GoldArticle.GoldEntity g : gold) {
            Set<String> names = new HashSet<>(g.aliasesOrEmpty());
            names.add(g.name());
            int hit = -1;
            for (int i = 0; i < predicted.size() && hit < 0; i++) {
                Record.EntityOut p = predicted.get(i);
                if (!used[i] && (names.contains(p.name()) || p.aliases().stream().anyMatch(names::contains))) {
                    hit = i;
                }
            }
            if (hit >= 0) {
                used[hit] = true;
                matched++;
            } else {
                misses.add(new Finding(type, g.name(), null, null, SentenceContext.of(rec.body(), g.name()),
                        Occurrences.all(rec.body(), g.name())));
            }
        }
        for (int i = 0; i < predicted.size(); i++) {
            Record.EntityOut p = predicted.get(i);
            rules.merge(p.rule(), new RuleStat(1, used[i] ? 1 : 0), RuleStat::plus);
            if (!used[i]) {
                String sentence = p.mentions().isEmpty() ? null
                        : SentenceContext.around(rec.body(), p.mentions().get(0).start(), p.mentions().get(0).end());
                falseHits.add(new Finding(type, null, p.name(), p.rule(), sentence, p.mentions()));
            }
        }
        return new Score(matched, predicted.size(), gold.size());
    }

    private record FactResult(Score score, Accuracy metric, Accuracy period) {
    }

    private FactResult scoreFacts(List<GoldArticle.GoldFact> gold, Record rec, List<Finding> misses,
                                  List<Finding> falseHits, List<Finding> wrong, Map<String, RuleStat> rules) {
        List<Record.FactOut> predicted = rec.facts();
        boolean[] used = new boolean[predicted.size()];
        int matched = 0;
        Accuracy metric = Accuracy.EMPTY;
        Accuracy period = Accuracy.EMPTY;
        int cursor = 0;
        int textCursor = 0;
        for (GoldArticle.GoldFact g : gold) {
            int at = Occurrences.firstFrom(rec.body(), g.text(), textCursor);
            if (at >= 0) {
                textCursor = at + g.text().length();
            }
            int hit = findFact(g, predicted, used, cursor);
            if (hit < 0) {
                hit = findFact(g, predicted, used, 0);
            }
            if (hit < 0) {
                List<Record.Mention> where = at < 0 ? List.of() : List.of(Occurrences.span(rec.body(), at, g.text()));
                String sentence = where.isEmpty() ? null
                        : SentenceContext.around(rec.body(), where.get(0).start(), where.get(0).end());
                misses.add(new Finding("fact", describe(g), null, null, sentence, where));
                continue;
            }
            used[hit] = true;
            cursor = hit + 1;
            matched++;
            Record.FactOut p = predicted.get(hit);
            String sentence = SentenceContext.around(rec.body(), p.start(), p.end());
            boolean metricRight = MetricMatch.matches(p.metric(), g.metric());
            metric = metric.plus(Accuracy.of(metricRight));
            if (!metricRight) {
                wrong.add(new Finding("fact.metric", g.text() + " → " + g.metric(), p.metric(), p.rule(), sentence,
                        List.of(new Record.Mention(p.start(), p.end()))));
            }
            boolean periodRight = Objects.equals(p.period(), g.period());
            period = period.plus(Accuracy.of(periodRight));
            if (!periodRight) {
                wrong.add(new Finding("fact.period", g.text() + " → " + g.period(), p.period(), p.rule(), sentence,
                        List.of(new Record.Mention(p.start(), p.end()))));
            }
        }
        for (int i = 0; i < predicted.size(); i++) {
            Record.FactOut p = predicted.get(i);
            rules.merge(p.rule(), new RuleStat(1, used[i] ? 1 : 0), RuleStat::plus);
            if (!used[i]) {
                falseHits.add(new Finding("fact", null, p.text() + " = " + p.value().toPlainString() + " " + p.unit(),
                        p.rule(), SentenceContext.around(rec.body(), p.start(), p.end()),
                        List.of(new Record.Mention(p.start(), p.end()))));
            }
        }
        return new FactResult(new Score(matched, predicted.size(), gold.size()), metric, period);
    }

    /** The first unused fact from {@code from} on with the gold's unit and value, preferring the same text. */
    private static int findFact(GoldArticle.GoldFact g, List<Record.FactOut> predicted, boolean[] used, int from) {
        int first = -1;
        for (int i = from; i < predicted.size(); i++) {
            Record.FactOut p = predicted.get(i);
            if (used[i] || !Objects.equals(p.unit(), g.unit()) || !closeEnough(p.value().doubleValue(), g.value())) {
                continue;
            }
            if (Objects.equals(p.text(), g.text())) {
                return i;
            }
            if (first < 0) {
                first = i;
            }
        }
        return first;
    }

    static boolean closeEnough(double predicted, double gold) {
        if (gold == 0) {
            return predicted == 0;
        }
        return Math.abs(predicted - gold) <= Math.abs(gold) * VALUE_TOLERANCE;
    }

    private static String describe(GoldArticle.GoldFact g) {
        return g.text() + " = " + g.value() + " " + g.unit() + " (" + g.metric() + ")";
    }

    private static String head(String s) {
        return s.substring(0, Math.min(30, s.length()));
    }

    private static String tail(String s) {
        return s.substring(Math.max(0, s.length() - 30));
    }
}
