package org.parknews.extract.quantity;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parknews.rules.StartChars;
import org.parknews.rules.StartCharsGroup;

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

    /** The three forms in one scan of the text, in this order. */
    private static final StartCharsGroup FORMS = new StartCharsGroup(
            List.of(new StartChars(PERCENT_WORD), new StartChars(FRACTION), new StartChars(NEIGHBOURS)));
    private static final int PERCENT = 0;
    private static final int FRACTIONS = 1;

    private final UnitTable units;
    private final QuantityBuilder builder;
    private final ChineseNumberParser parser = new ChineseNumberParser();

    WordedNumbers(UnitTable units, QuantityBuilder builder) {
        this.units = units;
        this.builder = builder;
    }

    /** The worded numbers of {@code text} outside masked stretches, most specific forms first. */
    List<Quantity> find(String text, BitSet masked) {
        List<Quantity> percents = new ArrayList<>();
        List<Quantity> fractions = new ArrayList<>();
        List<Quantity> neighbours = new ArrayList<>();
        FORMS.scan(text, (form, m) -> {
            if (form == PERCENT) {
                percentWord(text, m, masked, percents);
            } else if (form == FRACTIONS) {
                fraction(text, m, masked, fractions);
            } else {
                neighbourPair(text, m, masked, neighbours);
            }
        });
        List<Quantity> all = new ArrayList<>(percents);
        all.addAll(fractions);
        halves(text, masked, all);
        all.addAll(neighbours);
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
    private void percentWord(String text, Matcher m, BitSet masked, List<Quantity> out) {
        if (!masked.get(m.start())) {
            parser.parse(m.group(1)).ifPresent(v ->
                    out.add(builder.build(text, m.start(), m.end(), QuantityBuilder.round(v), null, percent(), null)));
        }
    }

    /** 三分之一 → 33.33 %. */
    private void fraction(String text, Matcher m, BitSet masked, List<Quantity> out) {
        OptionalDouble den = parser.parse(m.group(1));
        OptionalDouble num = parser.parse(m.group(2));
        if (!masked.get(m.start()) && den.isPresent() && num.isPresent() && den.getAsDouble() > 0) {
            double pct = Math.round(num.getAsDouble() / den.getAsDouble() * 10000) / 100.0;
            out.add(builder.build(text, m.start(), m.end(), pct, null, percent(), null));
        }
    }

    /**
     * 十五六个, 七八十家, 五六百人: two neighbouring digits name a rough range (15-16, 70-80,
     * 500-600), after an optional leading part (十) and before an optional scale.
     */
    private void neighbourPair(String text, Matcher m, BitSet masked, List<Quantity> out) {
        int low = ChineseNumberParser.digit(m.group(2).charAt(0));
        int high = ChineseNumberParser.digit(m.group(3).charAt(0));
        if (high != low + 1 || masked.get(m.start())) {
            return;
        }
        double lead = m.group(1).isEmpty() ? 0 : parser.parse(m.group(1)).orElse(0);
        double scale = m.group(4).isEmpty() ? 1 : parser.parse(m.group(4)).orElse(1);
        Optional<UnitDef> unit = units.at(text, m.end());
        int end = m.end() + unit.map(u -> u.surface().length()).orElse(0);
        double factor = unit.map(UnitDef::factor).orElse(1.0);
        out.add(builder.build(text, m.start(), end, QuantityBuilder.round((lead + low * scale) * factor),
                QuantityBuilder.round((lead + high * scale) * factor), unit.orElse(null), "range"));
    }

    /** 半年, 半个小时: one half of a duration; 上半年 and 下半年 are periods, not durations. */
    private void halves(String text, BitSet masked, List<Quantity> out) {
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
