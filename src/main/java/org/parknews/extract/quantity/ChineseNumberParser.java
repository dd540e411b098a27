package org.parknews.extract.quantity;

import java.util.OptionalDouble;

/**
 * Parses numbers written in Chinese numerals, including financial forms and scale words:
 * 一百二十三, 两千万, 十一, 一万零五, 二十万亿, 壹佰万, 三点五 and a bare 千万 or 亿.
 */
public final class ChineseNumberParser {

    public OptionalDouble parse(String s) {
        if (s == null || s.isEmpty()) {
            return OptionalDouble.empty();
        }
        int point = s.indexOf('点');
        if (point >= 0) {
            OptionalDouble whole = parseInteger(s.substring(0, point));
            String frac = s.substring(point + 1);
            StringBuilder digits = new StringBuilder();
            for (char c : frac.toCharArray()) {
                int d = digit(c);
                if (d < 0) {
                    return OptionalDouble.empty();
                }
                digits.append(d);
            }
            if (whole.isEmpty() || digits.length() == 0) {
                return OptionalDouble.empty();
            }
            return OptionalDouble.of(Double.parseDouble((long) whole.getAsDouble() + "." + digits));
        }
        return parseInteger(s);
    }

    private OptionalDouble parseInteger(String s) {
        if (s.isEmpty()) {
            return OptionalDouble.empty();
        }
        double yi = 0;      // everything scaled by 亿 so far
        double wan = 0;     // the 万 group below the current 亿
        double section = 0; // the part below 万
        int pending = -1;   // a digit waiting for its unit
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = digit(c);
            long small = smallUnit(c);
            if (d >= 0) {
                pending = d;
            } else if (small > 0) {
                section += (pending < 0 ? 1 : pending) * small;
                pending = -1;
            } else if (c == '万' || c == '萬') {
                double group = section + Math.max(pending, 0);
                wan += (group == 0 ? 1 : group) * 1e4;
                section = 0;
                pending = -1;
            } else if (c == '亿' || c == '億') {
                double group = yi + wan + section + Math.max(pending, 0);
                yi = (group == 0 ? 1 : group) * 1e8;
                wan = 0;
                section = 0;
                pending = -1;
            } else {
                return OptionalDouble.empty();
            }
        }
        return OptionalDouble.of(yi + wan + section + Math.max(pending, 0));
    }

    static int digit(char c) {
        return switch (c) {
            case '零', '〇', '0' -> 0;
            case '一', '壹', '幺' -> 1;
            case '二', '两', '贰', '俩' -> 2;
            case '三', '叁', '仨' -> 3;
            case '四', '肆' -> 4;
            case '五', '伍' -> 5;
            case '六', '陆' -> 6;
            case '七', '柒' -> 7;
            case '八', '捌' -> 8;
            case '九', '玖' -> 9;
            default -> -1;
        };
    }

    private static long smallUnit(char c) {
        return switch (c) {
            case '十', '拾' -> 10;
            case '百', '佰' -> 100;
            case '千', '仟' -> 1000;
            default -> 0;
        };
    }
}
