package org.parknews.extract;

import org.parknews.clean.Span;

/**
 * A numeric fact: a quantity in the body with what it measures and when.
 *
 * @param value     the number scaled into {@code unit}
 * @param valueMax  the upper bound of a range, else null
 * @param qualifier approx, over, under, range, or null
 * @param period    2013, 2017-01..2017-10 or 2017-10-09, or null
 * @param subject   the park the fact is about, or null
 * @param sentence  0-based index of the sentence holding the span
 */
public record Fact(String text, double value, Double valueMax, String unit, String metric, String qualifier,
                   String period, String subject, Span span, int sentence, String rule) {
}
