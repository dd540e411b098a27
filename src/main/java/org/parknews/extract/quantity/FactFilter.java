package org.parknews.extract.quantity;

import java.util.regex.Pattern;

/**
 * Decides which quantities are facts (gold-format.md): a unit is required, and dates,
 * ordinals, names with numbers, time frames and the idiomatic "一" are not facts.
 */
public final class FactFilter {
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d{2}年");
    private static final Pattern CHINESE_ONE = Pattern.compile("^[一]");

    public boolean isFact(Quantity q, String text) {
        if (q.unit() == null) {
            return false;
        }
        int s = q.start();
        int e = q.end();
        char prev = s > 0 ? text.charAt(s - 1) : ' ';
        char next = e < text.length() ? text.charAt(e) : ' ';
        if (prev == '第' || Character.isDigit(prev) || prev == '.') {
            return false;
        }
        if (YEAR.matcher(q.text()).matches()) {
            return false;
        }
        if ("year".equals(q.unit()) || "month".equals(q.unit()) || "day".equals(q.unit())) {
            // 25年来, 今年前10个月: time frames, not measured durations.
            if (next == '来' || text.startsWith("以来", e) || (s > 0 && text.charAt(s - 1) == '前')) {
                return false;
            }
        }
        if (q.text().length() <= 2 && CHINESE_ONE.matcher(q.text()).find() && q.value() == 1) {
            return false;
        }
        // 世界500强, “5523”工程, 1+3: numbers that are part of a name.
        if (next == '强' || prev == '+' || next == '+' || prev == '“' || next == '”') {
            return false;
        }
        return true;
    }
}
