package org.parknews.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** How many items one rule produced and how many of them the gold confirms. */
@JsonPropertyOrder({"produced", "right", "precision"})
public record RuleStat(int produced, int right) {
    public RuleStat plus(RuleStat o) {
        return new RuleStat(produced + o.produced, right + o.right);
    }

    @JsonProperty
    public double precision() {
        return produced == 0 ? 0 : (double) right / produced;
    }
}
