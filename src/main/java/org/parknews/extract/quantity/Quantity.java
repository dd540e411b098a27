package org.parknews.extract.quantity;

/**
 * A number found in text with its unit (or none) and qualifier; offsets are UTF-16 indices.
 *
 * @param unit   base unit, or null for a bare number
 * @param kind   the unit's kind from units.tsv (money, count, …), or null
 */
public record Quantity(String text, double value, Double valueMax, String unit, String kind, String qualifier,
                       int start, int end) {
}
