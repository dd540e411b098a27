package org.parknews.extract.quantity;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parknews.rules.StartChars;

/**
 * Numbers written as words rather than digits and units: 百分之十五, 三分之一, 半个小时, and
 * rough ranges of neighbouring digits (十五六个, 七八十家). They are read before the plain
 * numerals, whose pattern would split them.
 */
final class WordedNumbers {
    private static final String CN = QuantityFinder.CN;
    private static final Pattern PERCENT_WORD = Pattern.compile("百分之(" + QuantityFinder.NUMERAL_REGEX + ")");
    private static final Pattern FRACTION = Pattern.compile(
            "([一二两三四五六七八九十百千万]+)分之([一二三四五六七八九十]+(?:点[零〇一二三四五六七八九]+)?)");
    private static final Pattern NEIGHBOURS = Pattern.compile(
            "(?<![" + CN + "])((?:[一二三四五六七八九]?[十百千万])?)([一二三四五六七八])([二三四五六七八九])"
            + "(?![一二三四五六七八九])([十百千万亿]*)");

    private static final StartChars FRACTION_START = new StartChars(FRACTION);
    private static final StartChars NEIGHBOURS_START = new StartChars(NEIGHBOURS);

    private final UnitTable units;
    private final QuantityBuilder builder;
    private final ChineseNumberParser parser = new ChineseNumberParser();

    WordedNumbers(UnitTable units, QuantityBuilder builder) {
        this.units = units;
        this.builder = builder;
    }

    /** The worded numbers of {@code text} outside masked stretches, most specific forms first. */
    List<Quantity> find(String text, BitSet masked) {
        List<Quantity> all = new ArrayList<>();
        percentWords(text, masked, all);
        fractions(text, masked, all);
        halves(text, masked, all);
        neighbourPairs(text, masked, all);
        // 百分之十五 also reads as a fraction of 百; the earlier, more specific form wins
        List<Quantity> out = new ArrayList<>();
        BitSet taken = new BitSet(text.length());
        for (Quantity q : all) {
            int next = taken.nextSetBit(q.start());
            if (next < 0 || next >= q.end()) {
                out.add(q);
                taken.set(q.start(), q.end());
            }
        }
        return out;
    }

    /** 百分之十五 → 15 %. */
    void percentWords(String text, BitSet masked, List<Quantity> out) {
        Matcher m = PERCENT_WORD.matcher(text);
        while (m.find()) {
            if (!masked.get(m.start())) {
                parser.parse(m.group(1)).ifPresent(v ->
                        out.add(builder.build(text, m.start(), m.end(), QuantityBuilder.round(v), null, percent(), null)));
            }
        }
    }

    /** 三分之一 → 33.33 %. */
    void fractions(String text, BitSet masked, List<Quantity> out) {
        Matcher m = FRACTION_START.matcher(text);
        char[] chars = text.toCharArray();
        for (int from = 0; FRACTION_START.find(m, chars, from); from = m.end()) {
            OptionalDouble den = parser.parse(m.group(1));
            OptionalDouble num = parser.parse(m.group(2));
            if (!masked.get(m.start()) && den.isPresent() && num.isPresent() && den.getAsDouble() > 0
                    ) {
                double pct = Math.round(num.getAsDouble() / den.getAsDouble() * 10000) / 100.0;
                out.add(builder.build(text, m.start(), m.end(), pct, null, percent(), null));
            }
        }
    }

    /**
     * 十五六个, 七八十家, 五六百人: two neighbouring digits name a rough range (15-16, 70-80,
     * 500-600), after an optional leading part (十) and before an optional scale.
     */
    void neighbourPairs(String text, BitSet masked, List<Quantity> out) {
        Matcher m = NEIGHBOURS_START.matcher(text);
        char[] chars = text.toCharArray();
        for (int from = 0; NEIGHBOURS_START.find(m, chars, from); from = m.end()) {
            int low = ChineseNumberParser.digit(m.group(2).charAt(0));
            int high = ChineseNumberParser.digit(m.group(3).charAt(0));
            if (high != low + 1 || masked.get(m.start())) {
                continue;
            }
            double lead = m.group(1).isEmpty() ? 0 : parser.parse(m.group(1)).orElse(0);
            double scale = m.group(4).isEmpty() ? 1 : parser.parse(m.group(4)).orElse(1);
            Optional<UnitDef> unit = units.at(text, m.end());
            int end = m.end() + unit.map(u -> u.surface().length()).orElse(0);
            double factor = unit.map(UnitDef::factor).orElse(1.0);
            out.add(builder.build(text, m.start(), end, QuantityBuilder.round((lead + low * scale) * factor),
                    QuantityBuilder.round((lead + high * scale) * factor), unit.orElse(null), "range"));
        }
    }

    /** 半年, 半个小时: one half of a duration; 上半年 and 下半年 are periods, not durations. */
    void halves(String text, BitSet masked, List<Quantity> out) {
        for (int i = text.indexOf('半'); i >= 0; i = text.indexOf('半', i + 1)) {
            char prev = i > 0 ? text.charAt(i - 1) : ' ';
            if (masked.get(i) || "上下前后多".indexOf(prev) >= 0 || ChineseNumberParser.digit(prev) >= 0
                    || Character.isDigit(prev)) {
                continue;
            }
            Optional<UnitDef> u = units.at(text, i + 1);
            if (u.isPresent() && "duration".equals(u.get().kind())) {
                int end = i + 1 + u.get().surface().length();
                out.add(builder.build(text, i, end, 0.5 * u.get().factor(), null, u.get(), null));
            }
        }
    }

    private static UnitDef percent() {
        return new UnitDef("百分之", "%", 1, "percent");
    }
}
