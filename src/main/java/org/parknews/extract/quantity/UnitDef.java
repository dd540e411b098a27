package org.parknews.extract.quantity;

import java.util.regex.Pattern;

/**
 * One line of units.tsv: a written unit, its base unit, the factor into it, its kind, and the
 * characters that may not follow it (方 is no unit in 方案), or null.
 */
public record UnitDef(String surface, String unit, double factor, String kind, Pattern notFollowedBy) {

    public UnitDef(String surface, String unit, double factor, String kind) {
        this(surface, unit, factor, kind, null);
    }

    /** True when the unit written at {@code offset} is not the start of a longer word. */
    boolean fits(String text, int offset) {
        int end = offset + surface.length();
        return notFollowedBy == null || end >= text.length()
                || !notFollowedBy.matcher(text).region(end, text.length()).lookingAt();
    }
}
