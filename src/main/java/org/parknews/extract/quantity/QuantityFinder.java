package org.parknews.extract.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds every number in a text with its scale words, inner qualifier (余, 多) and unit, plus
 * the qualifier words around it (约, 以上, 不到 …). Works on match text, where full-width
 * digits are already folded.
 */
public final class QuantityFinder {
    private static final String ARABIC = "\\d+(?:,\\d{3})*(?:\\.\\d+)?";
    private static final String CHINESE = "[零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟]+(?:点[零〇一二三四五六七八九]+)?";
    private static final Pattern NUMBER = Pattern.compile(
            "(?<num>" + ARABIC + "|" + CHINESE + ")(?<inner>余|多)?(?<scale>万亿|亿|万|千|百)?(?<inner2>余|多)?");
    private static final Pattern PERCENT_WORD = Pattern.compile("百分之(?<num>" + ARABIC + "|" + CHINESE + ")");
    private static final Pattern FRACTION = Pattern.compile("(?<den>[一二三四五六七八九十百]+)分之(?<num>[一二三四五六七八九十]+)");
    private static final String[] BEFORE_APPROX = {"约", "大约", "近", "将近", "接近"};
    private static final String[] BEFORE_OVER = {"超过", "逾", "不少于", "至少", "多达"};
    private static final String[] BEFORE_UNDER = {"不到", "不超过", "不足", "低于"};
    private static final String[] AFTER_OVER = {"以上", "多"};
    private static final String[] AFTER_UNDER = {"以下", "以内"};
    private static final String[] AFTER_APPROX = {"左右", "上下"};

    private final UnitTable units;
    private final ChineseNumberParser chinese = new ChineseNumberParser();

    public QuantityFinder(UnitTable units) {
        this.units = units;
    }

    public List<Quantity> find(String text) {
        List<Quantity> out = new ArrayList<>();
        int covered = 0;
        Matcher fr = FRACTION.matcher(text);
        while (fr.find()) {
            OptionalDouble den = chinese.parse(fr.group("den"));
            OptionalDouble num = chinese.parse(fr.group("num"));
            if (den.isPresent() && num.isPresent() && den.getAsDouble() > 0) {
                double pct = Math.round(num.getAsDouble() / den.getAsDouble() * 10000) / 100.0;
                out.add(qualified(text, fr.start(), fr.end(), pct, null, "%", "percent", null));
            }
        }
        Matcher pw = PERCENT_WORD.matcher(text);
        while (pw.find()) {
            parseNumber(pw.group("num")).ifPresent(v ->
                    out.add(qualified(text, pw.start(), pw.end(), v, null, "%", "percent", null)));
        }
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            if (m.start() < covered || insideAny(out, m.start())) {
                continue;
            }
            Optional<Quantity> q = quantityAt(text, m);
            if (q.isPresent()) {
                out.add(q.get());
                covered = q.get().end();
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private Optional<Quantity> quantityAt(String text, Matcher m) {
        String numText = m.group("num");
        OptionalDouble parsed = parseNumber(numText);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        double value = parsed.getAsDouble();
        if (m.group("scale") != null) {
            value *= scale(m.group("scale"));
        }
        String inner = m.group("inner") != null ? m.group("inner") : m.group("inner2");
        int end = m.end();
        String unit = null;
        String kind = null;
        // 5个多亿: the classifier 个 between number and scale is part of the written amount.
        Optional<UnitDef> def = units.at(text, end);
        if (def.isPresent() && def.get().surface().equals("个") && text.startsWith("多亿", end + 1)) {
            value *= 1e8;
            end += 3;
            inner = "多";
            def = units.at(text, end);
        }
        if (def.isPresent()) {
            value *= def.get().factor();
            unit = def.get().unit();
            kind = def.get().kind();
            end += def.get().surface().length();
        }
        return Optional.of(qualified(text, m.start(), end, round(value), null, unit, kind, inner != null ? "over" : null));
    }

    private Quantity qualified(String text, int start, int end, double value, Double max, String unit, String kind, String inner) {
        String qualifier = inner;
        if (qualifier == null) {
            qualifier = before(text, start, BEFORE_APPROX) ? "approx"
                    : before(text, start, BEFORE_OVER) ? "over"
                    : before(text, start, BEFORE_UNDER) ? "under"
                    : after(text, end, AFTER_OVER) ? "over"
                    : after(text, end, AFTER_UNDER) ? "under"
                    : after(text, end, AFTER_APPROX) ? "approx" : null;
        }
        return new Quantity(text.substring(start, end), value, max, unit, kind, qualifier, start, end);
    }

    private OptionalDouble parseNumber(String s) {
        if (!s.isEmpty() && Character.isDigit(s.charAt(0))) {
            try {
                return OptionalDouble.of(Double.parseDouble(s.replace(",", "")));
            } catch (NumberFormatException e) {
                return OptionalDouble.empty();
            }
        }
        return chinese.parse(s);
    }

    private static double scale(String s) {
        return switch (s) {
            case "万亿" -> 1e12;
            case "亿" -> 1e8;
            case "万" -> 1e4;
            case "千" -> 1e3;
            case "百" -> 1e2;
            default -> 1;
        };
    }

    static double round(double v) {
        return Math.round(v * 1e4) / 1e4;
    }

    private static boolean before(String text, int start, String[] words) {
        for (String w : words) {
            if (start >= w.length() && text.startsWith(w, start - w.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean after(String text, int end, String[] words) {
        for (String w : words) {
            if (text.startsWith(w, end)) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideAny(List<Quantity> found, int offset) {
        for (Quantity q : found) {
            if (offset >= q.start() && offset < q.end()) {
                return true;
            }
        }
        return false;
    }
}
