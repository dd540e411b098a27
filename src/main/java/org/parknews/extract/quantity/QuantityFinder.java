package org.parknews.extract.quantity;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parknews.rules.RuleSet;

/**
 * Finds every number in a text with its scale words, inner qualifier (余, 多), unit and range,
 * plus the qualifier words around it (约, 以上, 不到 …): the number grammar of issue 4. Works on
 * match text, where full-width digits are already folded; skips masked dates, times and codes.
 */
public final class QuantityFinder {
    /** The characters of Chinese numerals, financial forms included. */
    static final String CN = "零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟萬億";
    /** An Arabic number with thousands separators and decimals (match text: ，and ．folded). */
    static final String ARABIC = "\\d+(?:,\\d{3})*(?:\\.\\d+)?";
    /**
     * One numeral: Arabic runs and Chinese numeral characters mixed, with a Chinese 点 decimal.
     * The finder reads it with {@link Numerals}, which matches exactly this.
     */
    static final String NUMERAL_REGEX = "(?:" + ARABIC + "|[" + CN + "])+(?:点[零〇一二三四五六七八九]+)?";
    private static final Pattern SCALE_ONLY = Pattern.compile("[十百千万亿拾佰仟萬億]+");
    private static final Pattern COLLOQUIAL_SCALE = Pattern.compile("个[多余]?([万亿]+)");
    private static final String RANGE_SEPARATORS = "-~—到至";
    private static final String IMPLICIT_MONEY_UNIT = "CNY";
    /** Kind of a recognised time of day; such matches are consumed but never reported. */
    private static final String TIME = "time";

    private final UnitTable units;
    private final QualifierWords qualifiers;
    private final QuantityMasks masks;
    private final ChineseNumberParser parser = new ChineseNumberParser();
    private final QuantityBuilder builder;
    private final WordedNumbers worded;

    public QuantityFinder(UnitTable units, QualifierWords qualifiers, QuantityMasks masks) {
        this.units = units;
        this.qualifiers = qualifiers;
        this.masks = masks;
        this.builder = new QuantityBuilder(qualifiers);
        this.worded = new WordedNumbers(units, builder);
    }

    public static QuantityFinder from(RuleSet rules) {
        return new QuantityFinder(UnitTable.from(rules), QualifierWords.from(rules), QuantityMasks.from(rules));
    }

    /** Every quantity in {@code text}, in reading order, not overlapping. */
    public List<Quantity> find(String text) {
        BitSet masked = masks.masked(text);
        List<Quantity> out = new ArrayList<>();
        BitSet taken = new BitSet(text.length());
        for (Quantity q : worded.find(text, masked)) {
            add(out, taken, q);
        }
        int start = 0;
        while (true) {
            while (start < text.length() && !Numerals.canStart(text.charAt(start))) {
                start++;
            }
            if (start == text.length()) {
                break;
            }
            int end = Numerals.end(text, start);
            int from = end;
            if (masked.get(start)) {
                from = masked.nextClearBit(start); // 8:00，800-1000: read on after the mask
            } else if (!taken.get(start)) {
                Optional<Quantity> q = quantityAt(text, start, end, masked);
                if (q.isPresent() && add(out, taken, q.get())) {
                    from = q.get().end();
                } else if (q.isEmpty() && end - start > 1 && !Character.isDigit(text.charAt(start))) {
                    from = start + 1; // 唯一一个: 一一 is no number, but 一个 is
                }
            }
            start = from;
        }
        out.removeIf(q -> TIME.equals(q.kind()));
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /** A number (numeral, inner qualifier, scale, unit), and a range when a second one follows. */
    private Optional<Quantity> quantityAt(String text, int start, int numeralEnd, BitSet masked) {
        Optional<Part> first = part(text, start, numeralEnd);
        if (first.isEmpty()) {
            return Optional.empty();
        }
        Part a = first.get();
        int sep = a.end;
        if (sep < text.length() - 1 && RANGE_SEPARATORS.indexOf(text.charAt(sep)) >= 0 && !masked.get(sep + 1)) {
            int secondEnd = Numerals.end(text, sep + 1);
            if (secondEnd > sep + 1) {
                Optional<Part> second = part(text, sep + 1, secondEnd);
                if (second.isPresent() && compatible(a, second.get())) {
                    Part b = second.get();
                    double low = a.value;
                    if (a.unit == null && a.scale == 1) {
                        low *= b.scale;
                    }
                    if (a.unit == null && b.unit != null) {
                        low *= b.unit.factor();
                    }
                    double high = b.unitValue();
                    if (b.unit == null && isClock(a.numeral) && isClock(b.numeral)) {
                        return Optional.of(new Quantity(text.substring(start, b.end), low, high, null, TIME, null,
                                start, b.end, start, b.end)); // 800-1000: opening hours with the colon lost
                    }
                    if (low < high) {
                        return Optional.of(builder.build(text, start, b.end, QuantityBuilder.round(low), QuantityBuilder.round(high), b.unit, "range"));
                    }
                }
            }
        }
        if (!a.hasDigit && !a.numeral.startsWith("十") && (a.unit == null || !"money".equals(a.unit.kind()))
                && !(a.unit != null && qualifiers.before(text, start).isPresent())) {
            return Optional.empty(); // 千万 (must), 万家 (many): scale words alone count as money or after 逾, 近
        }
        if (a.unit == null && a.chinese && !(a.numeral.length() >= 2 && a.hasDigit) && !isMinus(text, start)) {
            return Optional.empty(); // a lone Chinese digit without a unit is a word, not a number
        }
        if (isMinus(text, start)) {
            return Optional.of(builder.build(text, start - 1, a.end, -QuantityBuilder.round(a.unitValue()), null, a.unit, a.innerQualifier));
        }
        return Optional.of(builder.build(text, start, a.end, QuantityBuilder.round(a.unitValue()), null, a.unit, a.innerQualifier));
    }

    /** 负5, -2.3%: a sign right before the number that is not a range dash (1-2). */
    private static boolean isMinus(String text, int start) {
        if (start == 0 || "负-−".indexOf(text.charAt(start - 1)) < 0) {
            return false;
        }
        if (text.charAt(start - 1) == '负') {
            return true;
        }
        char before = start >= 2 ? text.charAt(start - 2) : ' ';
        return !Character.isLetterOrDigit(before) || Character.UnicodeScript.of(before) == Character.UnicodeScript.HAN
                && ChineseNumberParser.digit(before) < 0 && !ChineseNumberParser.isScale(before);
    }

    /** 800, 1030: three or four ASCII digits read as hours and minutes 00 or 30. */
    private static boolean isClock(String numeral) {
        if (!numeral.matches("\\d{3,4}")) {
            return false;
        }
        int v = Integer.parseInt(numeral);
        return v / 100 <= 24 && (v % 100 == 0 || v % 100 == 30);
    }

    private static boolean compatible(Part a, Part b) {
        if (a.unit != null && b.unit != null) {
            return a.unit.unit().equals(b.unit.unit());
        }
        return a.unit == null;
    }

    /** One number with everything written up to its unit. */
    private Optional<Part> part(String text, int start, int numeralEnd) {
        numeralEnd = unitAwareEnd(text, start, numeralEnd);
        String numeral = text.substring(start, numeralEnd);
        OptionalDouble parsed = parser.parse(numeral);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        double value = parsed.getAsDouble();
        int pos = numeralEnd;
        String inner = null;
        Optional<QualifierWords.Word> in = qualifiers.inner(text, pos);
        double scale = trailingScale(numeral);
        if (in.isPresent()) {
            Matcher s = SCALE_ONLY.matcher(text).region(pos + in.get().text().length(), text.length());
            inner = in.get().qualifier();
            if (s.lookingAt()) {
                double extra = parser.parse(s.group()).orElse(1);
                value *= extra;
                scale *= extra;
                pos = s.end();
            } else if (units.at(text, pos + in.get().text().length()).isPresent()) {
                pos += in.get().text().length();
            } else {
                inner = null;
            }
        }
        boolean implicitMoney = false;
        // 5个亿, 5个多亿: colloquial money; the classifier sits between number and scale.
        Matcher colloquial = colloquialScale(text, pos);
        if (colloquial != null) {
            value *= parser.parse(colloquial.group(1)).orElse(1);
            if (colloquial.group().length() > colloquial.group(1).length() + 1) {
                inner = "over";
            }
            pos = colloquial.end();
            implicitMoney = true;
        }
        Optional<UnitDef> unit = units.at(text, pos);
        UnitDef def = unit.orElse(null);
        if (def != null) {
            pos += def.surface().length();
            if (def.surface().contains("多") || def.surface().contains("余")) {
                inner = "over";
            }
            // 一年半, 两个半小时: a trailing 半 adds one half of the unit.
            if ("duration".equals(def.kind()) && pos < text.length() && text.charAt(pos) == '半') {
                value += 0.5;
                pos++;
            }
        } else if (implicitMoney) {
            def = new UnitDef("", IMPLICIT_MONEY_UNIT, 1, "money");
        }
        boolean hasDigit = false;
        boolean chinese = true;
        for (char c : numeral.toCharArray()) {
            hasDigit |= ChineseNumberParser.digit(c) >= 0 || Character.isDigit(c);
            chinese &= !Character.isDigit(c);
        }
        return Optional.of(new Part(numeral, value, scale, def, inner, pos, hasDigit, chinese));
    }

    /** The colloquial scale (个亿, 个多亿) at {@code pos}, or null: most numbers have no 个 after them and need no matcher. */
    private static Matcher colloquialScale(String text, int pos) {
        if (!text.startsWith("个", pos)) {
            return null;
        }
        Matcher m = COLLOQUIAL_SCALE.matcher(text).region(pos, text.length());
        return m.lookingAt() ? m : null;
    }

    /**
     * 12万千瓦: the numeral regex swallows the 千 of 千瓦; give trailing scale characters back
     * when no unit follows the numeral but one starts inside it.
     */
    private int unitAwareEnd(String text, int start, int numeralEnd) {
        if (units.at(text, numeralEnd).isPresent() || qualifiers.inner(text, numeralEnd).isPresent()) {
            return numeralEnd;
        }
        for (int end = numeralEnd - 1; end > start && ChineseNumberParser.isScale(text.charAt(end)); end--) {
            Optional<UnitDef> u = units.at(text, end);
            if (u.isPresent() && end + u.get().surface().length() > numeralEnd) {
                return end;
            }
        }
        return numeralEnd;
    }

    /** The scale written after the last digit of a numeral (8亿 → 1e8, 三万 → 1e4), else 1. */
    private double trailingScale(String numeral) {
        int i = numeral.length();
        while (i > 0 && ChineseNumberParser.isScale(numeral.charAt(i - 1))) {
            i--;
        }
        if (i == numeral.length() || i == 0) {
            return 1;
        }
        return parser.parse(numeral.substring(i)).orElse(1);
    }

    private static boolean add(List<Quantity> out, BitSet taken, Quantity q) {
        int next = taken.nextSetBit(q.start());
        if (next >= 0 && next < q.end()) {
            return false;
        }
        out.add(q);
        taken.set(q.start(), q.end());
        return true;
    }

    /** A number read up to its unit: the numeral, its value in the written unit, and where it ends. */
    private record Part(String numeral, double value, double scale, UnitDef unit, String innerQualifier, int end,
                       boolean hasDigit, boolean chinese) {
        double unitValue() {
            return unit == null ? value : value * unit.factor();
        }
    }
}
