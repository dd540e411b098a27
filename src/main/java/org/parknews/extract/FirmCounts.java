package org.parknews.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parknews.rules.StartChars;

/**
 * Finds the counts of firms or projects that close an enumeration of names: 等5个项目, 2家企业,
 * 等一批龙头企业, or a bare 等企业, after which an item needs three characters (央企、民企等企业
 * lists kinds of firm, not names).
 */
final class FirmCounts {
    /** A count's span, and whether it is a bare 等. */
    record Count(int start, int end, boolean bare) {
    }

    static final StartChars COUNT = new StartChars(Pattern.compile(
            "(?:等?[0-9一二三四五六七八九十两百千]+[多余]?(?:家|个)|等(?:一批|一大批|多家|众多|一些)|(?<bare>等))[\\p{IsHan}]{0,4}?(?:企业|公司|项目)"));
    /** What {@link #COUNT} allows before its 家 or 个: 等, digits, numerals, 多, 余. */
    private static final String NUMBER_CHARS = "等0123456789一二三四五六七八九十两百千多余";
    /** The nouns that end a count. */
    private static final List<String> NOUNS = List.of("企业", "公司", "项目");
    /** The most characters from a count's 家, 个 or 等 to its noun: 等 + 一大批 + four characters. */
    private static final int MAX_TO_NOUN = 8;

    private FirmCounts() {
    }

    /** Every count in {@code text}, left to right and not overlapping, as a find() loop over COUNT sees them. */
    static List<Count> in(String text) {
        List<Count> out = new ArrayList<>();
        Matcher m = COUNT.matcher(text);
        char[] chars = text.toCharArray();
        for (int from = earliestStart(text, 0); from >= 0 && COUNT.find(m, chars, from); from = earliestStart(text, m.end())) {
            out.add(new Count(m.start(), m.end(), m.group("bare") != null));
        }
        return out;
    }

    /**
     * Where the first count at or after {@code from} can start, or -1 if none can, so the regex
     * is not tried at every numeral of the text. Every count holds a 家, 个 or 等 with its noun
     * at most {@link #MAX_TO_NOUN} characters on, and only {@link #NUMBER_CHARS} before that
     * 家, 个 or 等; no count starts before the run of them that leads to the first such place.
     * Keep in step with {@link #COUNT}.
     */
    private static int earliestStart(String text, int from) {
        for (int k = from; k < text.length(); k++) {
            char c = text.charAt(k);
            if ((c == '家' || c == '个' || c == '等') && nounWithin(text, k + 1)) {
                int start = k;
                while (start > from && NUMBER_CHARS.indexOf(text.charAt(start - 1)) >= 0) {
                    start--;
                }
                return start;
            }
        }
        return -1;
    }

    private static boolean nounWithin(String text, int from) {
        for (int i = from; i <= from + MAX_TO_NOUN - 1 && i < text.length(); i++) {
            for (String noun : NOUNS) {
                if (text.startsWith(noun, i)) {
                    return true;
                }
            }
        }
        return false;
    }
}
