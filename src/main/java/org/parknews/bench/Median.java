package org.parknews.bench;

import java.util.Arrays;

/** The median of repeated measurements: one slow run on a shared machine does not move it. */
public final class Median {
    private Median() {
    }

    public static double of(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
