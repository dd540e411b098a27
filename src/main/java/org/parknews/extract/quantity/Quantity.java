package org.parknews.extract.quantity;

/**
 * A number found in text with its unit (or none) and qualifier; offsets are UTF-16 indices.
 *
 * @param valueMax   the upper bound of a range, else null
 * @param unit       base unit, or null for a bare number
 * @param kind       the unit's kind from units.tsv (money, count, …), or null
 * @param qualifier  approx, over, under, range, or null
 * @param outerStart where the quantity starts with an outer qualifier word (约, 不超过) included
 * @param outerEnd   where it ends with an outer qualifier word (以上, 左右) included
 */
public record Quantity(String text, double value, Double valueMax, String unit, String kind, String qualifier,
                       int start, int end, int outerStart, int outerEnd) {
}
