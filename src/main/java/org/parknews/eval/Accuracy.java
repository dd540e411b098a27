package org.parknews.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Right answers out of those checked, adding up over articles. */
@JsonPropertyOrder({"accuracy", "right", "total"})
public record Accuracy(int right, int total) {
    public static final Accuracy EMPTY = new Accuracy(0, 0);

    public static Accuracy of(boolean right) {
        return new Accuracy(right ? 1 : 0, 1);
    }

    public Accuracy plus(Accuracy o) {
        return new Accuracy(right + o.right, total + o.total);
    }

    @JsonProperty
    public double accuracy() {
        return total == 0 ? 1 : (double) right / total;
    }
}
