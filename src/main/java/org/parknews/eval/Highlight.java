package org.parknews.eval;

/**
 * One marked span of a body in an HTML report.
 *
 * @param start  code-point offset into the body (as records count)
 * @param end    code-point offset, exclusive
 * @param kind   park, person, company or fact: picks the colour
 * @param status found (no gold), matched, false (a false hit) or miss (gold item not produced)
 * @param title  what the browser shows on hover: the item, its rule, why it is marked
 */
public record Highlight(int start, int end, String kind, String status, String title) {
    public static final String FOUND = "found";
    public static final String MATCHED = "matched";
    public static final String FALSE = "false";
    public static final String MISS = "miss";
}
