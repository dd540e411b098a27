package org.parknews.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.parknews.rules.CharBits;

/**
 * Finds the counts of firms or projects that close an enumeration of names: 等5个项目, 2家企业,
 * 等一批龙头企业, or a bare 等企业, after which an item needs three characters (央企、民企等企业
 * lists kinds of firm, not names).
 *
 * <p>{@link #COUNT} is the grammar. The finder reads it by hand ({@link #countAt}), because
 * the regex engine tested its class of numeral characters as a chain of a dozen predicates at
 * every 一 or 十 of an article; FirmCountsTest holds the two to the same matches on random
 * text. Every part before the lazy run of Han characters matches at most one way, so the
 * regex's first match is the reading below.
 */
final class FirmCounts {
    /** A count's span, and whether it is a bare 等. */
    record Count(int start, int end, boolean bare) {
    }

    static final Pattern COUNT = Pattern.compile(
            "(?:等?[0-9一二三四五六七八九十两百千]+[多余]?(?:家|个)|等(?:一批|一大批|多家|众多|一些)|(?<bare>等))[\\p{IsHan}]{0,4}?(?:企业|公司|项目)");
    /** The numeral characters of {@link #COUNT}: the finder asks about every character of a text. */
    private static final CharBits NUMERALS = CharBits.of("0123456789一二三四五六七八九十两百千");
    private static final List<String> GROUPS = List.of("一批", "一大批", "多家", "众多", "一些");
    private static final List<String> NOUNS = List.of("企业", "公司", "项目");
    private static final int MAX_HAN = 4;

    private FirmCounts() {
    }

    /** Every count in {@code text}, left to right and not overlapping, as a find() loop over {@link #COUNT} sees them. */
    static List<Count> in(String text) {
        List<Count> out = new ArrayList<>();
        for (int p = 0; p < text.length(); p++) {
            char c = text.charAt(p);
            if (c != '等' && !NUMERALS.contains(c)) {
                continue;
            }
            Count count = countAt(text, p);
            if (count != null) {
                out.add(count);
                p = count.end() - 1;
            }
        }
        return out;
    }

    /** The match of {@link #COUNT} that starts at {@code p}, or null: its three alternatives in order. */
    private static Count countAt(String text, int p) {
        boolean etc = text.charAt(p) == '等';
        int numerals = etc ? p + 1 : p;
        int q = numerals;
        while (q < text.length() && NUMERALS.contains(text.charAt(q))) {
            q++;
        }
        if (q > numerals) {
            if (q < text.length() && (text.charAt(q) == '多' || text.charAt(q) == '余')) {
                q++;
            }
            if (q < text.length() && (text.charAt(q) == '家' || text.charAt(q) == '个')) {
                int end = nounEnd(text, q + 1);
                if (end >= 0) {
                    return new Count(p, end, false);
                }
            }
        }
        if (!etc) {
            return null;
        }
        for (String group : GROUPS) {
            if (text.startsWith(group, p + 1)) {
                int end = nounEnd(text, p + 1 + group.length());
                if (end >= 0) {
                    return new Count(p, end, false);
                }
            }
        }
        int end = nounEnd(text, p + 1);
        return end >= 0 ? new Count(p, end, true) : null;
    }

    /** Where {@code [\p{IsHan}]{0,4}?(?:企业|公司|项目)} from {@code from} ends, fewest Han characters first; -1 if it does not match. */
    private static int nounEnd(String text, int from) {
        int at = from;
        for (int han = 0; ; han++) {
            for (String noun : NOUNS) {
                if (text.startsWith(noun, at)) {
                    return at + noun.length();
                }
            }
            if (han == MAX_HAN || at >= text.length()) {
                return -1;
            }
            int cp = text.codePointAt(at);
            if (Character.UnicodeScript.of(cp) != Character.UnicodeScript.HAN) {
                return -1;
            }
            at += Character.charCount(cp);
        }
    }
}
