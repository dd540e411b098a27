package org.parknews.extract.quantity;

import java.util.Optional;

/**
 * Makes a {@link Quantity} from a number read in text: reads the qualifier words around it
 * (约, 以上) and records how far they reach, so metric search can step over them.
 */
final class QuantityBuilder {
    private final QualifierWords qualifiers;

    QuantityBuilder(QualifierWords qualifiers) {
        this.qualifiers = qualifiers;
    }

    /** Adds the qualifier words around the quantity (约, 以上); an inner or range one wins. */
    Quantity build(String text, int start, int end, double value, Double max, UnitDef unit, String inner) {
        String qualifier = inner;
        int outerStart = start;
        int outerEnd = end;
        Optional<QualifierWords.Word> before = qualifiers.before(text, start);
        Optional<QualifierWords.Word> after = qualifiers.after(text, end);
        if (before.isPresent()) {
            outerStart = text.lastIndexOf(before.get().text(), start);
        }
        if (after.isPresent()) {
            outerEnd = end + after.get().text().length();
        }
        if (qualifier == null) {
            qualifier = before.map(QualifierWords.Word::qualifier)
                    .orElse(after.map(QualifierWords.Word::qualifier).orElse(null));
        }
        return new Quantity(text.substring(start, end), value, max, unit == null ? null : unit.unit(),
                unit == null ? null : unit.kind(), qualifier, start, end, outerStart, outerEnd);
    }


    /** Values to four decimals: 2079.4亩 → 1386267.3598 m2, without binary noise. */
    static double round(double v) {
        return Math.round(v * 1e4) / 1e4;
    }
}
