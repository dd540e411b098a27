package org.parknews.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Counts for precision and recall: {@code predicted} items output, {@code gold} items expected,
 * {@code matched} pairs. Scores of several articles add up by their counts (micro-average).
 */
@JsonPropertyOrder({"precision", "recall", "f1", "matched", "predicted", "gold"})
public record Score(int matched, int predicted, int gold) {
    public static final Score EMPTY = new Score(0, 0, 0);

    public Score plus(Score o) {
        return new Score(matched + o.matched, predicted + o.predicted, gold + o.gold);
    }

    @JsonProperty
    public double precision() {
        return predicted == 0 ? (gold == 0 ? 1 : 0) : (double) matched / predicted;
    }

    @JsonProperty
    public double recall() {
        return gold == 0 ? 1 : (double) matched / gold;
    }

    @JsonProperty
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
