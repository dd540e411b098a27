package org.parknews.extract.quantity;

/** One line of units.tsv: a written unit, its base unit, the factor into it, and its kind. */
public record UnitDef(String surface, String unit, double factor, String kind) {
}
