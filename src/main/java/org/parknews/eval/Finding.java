package org.parknews.eval;

/**
 * One miss or false hit for the report: what kind of item, what was expected or found, the
 * rule that produced it (false hits only) and the sentence it stands in.
 *
 * @param kind a header field, an entity type, or "fact"
 */
public record Finding(String kind, String expected, String found, String rule, String sentence) {
}
