package org.parknews.eval;

import java.util.List;
import java.util.Map;

/**
 * The scores of one article against its gold file, with every miss and false hit.
 *
 * @param fields     accuracy per header field and body check (title, authors, published,
 *                   origin, body_start, body_end, body_clean)
 * @param entities   per entity type
 * @param metric     metric right, over matched facts
 * @param period     period right, over matched facts
 * @param misses     gold items the pipeline did not produce (and wrong header fields)
 * @param falseHits  produced items the gold does not have
 * @param wrongDetails matched facts whose metric or period differ
 */
public record ArticleEvaluation(String id, Map<String, Accuracy> fields, Map<String, Score> entities, Score facts,
                                Accuracy metric, Accuracy period, Map<String, RuleStat> rules,
                                List<Finding> misses, List<Finding> falseHits, List<Finding> wrongDetails) {

    /** All entity types of this article together. */
    public Score allEntities() {
        return entities.values().stream().reduce(Score.EMPTY, Score::plus);
    }
}
