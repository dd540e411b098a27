package org.parknews.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores over a set of articles: totals add the per-article counts (micro-average).
 *
 * @param unmatchedGold gold files whose article was not among the inputs, so they were not scored
 */
public record Evaluation(List<ArticleEvaluation> articles, List<String> unmatchedGold) {
    public Evaluation {
        articles = List.copyOf(articles);
        unmatchedGold = List.copyOf(unmatchedGold);
    }

    public Evaluation(List<ArticleEvaluation> articles) {
        this(articles, List.of());
    }

    public Map<String, Accuracy> fields() {
        Map<String, Accuracy> out = new LinkedHashMap<>();
        for (String f : Scorer.FIELDS) {
            out.put(f, articles.stream().map(a -> a.fields().getOrDefault(f, Accuracy.EMPTY))
                    .reduce(Accuracy.EMPTY, Accuracy::plus));
        }
        return out;
    }

    public Score entities(String type) {
        return articles.stream().map(a -> a.entities().getOrDefault(type, Score.EMPTY)).reduce(Score.EMPTY, Score::plus);
    }

    /** All entity types together. */
    public Score allEntities() {
        return Scorer.ENTITY_TYPES.stream().map(this::entities).reduce(Score.EMPTY, Score::plus);
    }

    public Score facts() {
        return articles.stream().map(ArticleEvaluation::facts).reduce(Score.EMPTY, Score::plus);
    }

    public Accuracy metric() {
        return articles.stream().map(ArticleEvaluation::metric).reduce(Accuracy.EMPTY, Accuracy::plus);
    }

    public Accuracy period() {
        return articles.stream().map(ArticleEvaluation::period).reduce(Accuracy.EMPTY, Accuracy::plus);
    }

    public Map<String, RuleStat> rules() {
        Map<String, RuleStat> out = new TreeMap<>();
        for (ArticleEvaluation a : articles) {
            a.rules().forEach((rule, stat) -> out.merge(rule, stat, RuleStat::plus));
        }
        return out;
    }
}
