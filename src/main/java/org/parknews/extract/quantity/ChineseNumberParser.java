package org.parknews.extract.quantity;

import java.util.OptionalDouble;

/**
 * Parses one written number into its value: Arabic (2,593,406; 82,225.00), Chinese numerals
 * with financial forms and scale words (一百二十三, 两千万, 一万零五, 二十万亿, 壹佰万, 三点五,
 * a bare 千万), digit-by-digit Chinese (二〇一三), and mixes of both (1.6亿, 3万4000, 100万三千).
 * Works on match text, where full-width digits are already ASCII.
 */
public final class ChineseNumberParser {

    public OptionalDouble parse(String s) {
        if (s == null || s.isEmpty()) {
            return OptionalDouble.empty();
        }
        int point = s.indexOf('点');
        if (point >= 0) {
            return decimal(s.substring(0, point), s.substring(point + 1));
        }
        if (isPositional(s)) {
            return positional(s);
        }
        return grouped(s);
    }

    /** 三点五, 一百二十点零五: the part after 点 is read digit by digit. */
    private OptionalDouble decimal(String whole, String frac) {
        OptionalDouble w = grouped(whole);
        if (w.isEmpty() || frac.isEmpty()) {
            return OptionalDouble.empty();
        }
        StringBuilder digits = new StringBuilder();
        for (char c : frac.toCharArray()) {
            int d = digit(c);
            if (d < 0) {
                return OptionalDouble.empty();
            }
            digits.append(d);
        }
        return OptionalDouble.of(w.getAsDouble() + Double.parseDouble("0." + digits));
    }

    /**
     * Chinese digits without any scale word, read digit by digit (二〇一三 is 2013): three or
     * more, or two with a zero. 唯一一个 and 三四个 hold two digits that are no such number.
     */
    private static boolean isPositional(String s) {
        if (s.length() < 2 || s.length() == 2 && s.indexOf('〇') < 0 && s.indexOf('零') < 0) {
            return false;
        }
        for (char c : s.toCharArray()) {
            if (digit(c) < 0 || Character.isDigit(c)) {
                return false;
            }
        }
        return true;
    }

    private static OptionalDouble positional(String s) {
        double v = 0;
        for (char c : s.toCharArray()) {
            v = v * 10 + digit(c);
        }
        return OptionalDouble.of(v);
    }

    /**
     * Reads scale groups the way a reader does: digits (Chinese or an Arabic run) wait for a
     * small unit (十百千), 万 closes the group below it, 亿 everything before it.
     */
    private OptionalDouble grouped(String s) {
        if (s.isEmpty()) {
            return OptionalDouble.empty();
        }
        double yi = 0;        // everything scaled by 亿 so far
        double wan = 0;       // the 万 group below the current 亿
        double section = 0;   // the part below 万
        double pending = -1;  // a digit (or Arabic number) waiting for its unit
        double lastUnit = 0;  // the unit written last, for 三千五 = 3500
        boolean unitJustBefore = false;
        boolean lastDigitFollowsUnit = false;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isDigit(c)) {
                int end = arabicEnd(s, i);
                OptionalDouble a = arabic(s.substring(i, end));
                if (a.isEmpty() || pending >= 0) {
                    return OptionalDouble.empty();
                }
                pending = a.getAsDouble();
                lastDigitFollowsUnit = unitJustBefore;
                unitJustBefore = false;
                i = end;
                continue;
            }
            int d = digit(c);
            long small = smallUnit(c);
            if (d >= 0) {
                if (pending > 0) {
                    return OptionalDouble.empty(); // 一一, 三四: two digits with no unit between
                }
                pending = d;
                lastDigitFollowsUnit = unitJustBefore && d > 0;
                unitJustBefore = false;
                i++;
                continue;
            } else if (small > 0) {
                section += (pending < 0 ? 1 : pending) * small;
                lastUnit = small;
            } else if (c == '万' || c == '萬') {
                double group = section + Math.max(pending, 0);
                wan += (group == 0 ? 1 : group) * 1e4;
                section = 0;
                lastUnit = 1e4;
            } else if (c == '亿' || c == '億') {
                double group = yi + wan + section + Math.max(pending, 0);
                yi = (group == 0 ? 1 : group) * 1e8;
                wan = 0;
                section = 0;
                lastUnit = 1e8;
            } else {
                return OptionalDouble.empty();
            }
            pending = -1;
            unitJustBefore = true;
            lastDigitFollowsUnit = false;
            i++;
        }
        // 三千五, 两万三, 1万5: a lone last digit right after a unit of 百 or more counts in the place below it
        if (lastDigitFollowsUnit && pending > 0 && pending < 10 && pending == Math.floor(pending) && lastUnit >= 100) {
            pending *= lastUnit / 10;
        }
        return OptionalDouble.of(yi + wan + section + Math.max(pending, 0));
    }

    private static int arabicEnd(String s, int from) {
        int i = from;
        while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == ',' || s.charAt(i) == '.')) {
            i++;
        }
        return i;
    }

    /** An Arabic number; commas are thousands separators (MatchText folds ，to ,). */
    static OptionalDouble arabic(String s) {
        if (isShortInteger(s)) {
            return OptionalDouble.of(Long.parseLong(s)); // most numbers: exact, without parseDouble
        }
        String plain = s.replace(",", "");
        if (plain.isEmpty() || plain.startsWith(".") || plain.endsWith(".")) {
            return OptionalDouble.empty();
        }
        try {
            return OptionalDouble.of(Double.parseDouble(plain));
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    /** Up to 15 ASCII digits: a whole number a double holds exactly. */
    private static boolean isShortInteger(String s) {
        if (s.isEmpty() || s.length() > 15) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
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

    static long smallUnit(char c) {
        return switch (c) {
            case '十', '拾' -> 10;
            case '百', '佰' -> 100;
            case '千', '仟' -> 1000;
            default -> 0;
        };
    }

    /** 十, 百, 千, 万, 亿 (and their financial forms): characters that scale a number. */
    static boolean isScale(char c) {
        return smallUnit(c) > 0 || c == '万' || c == '萬' || c == '亿' || c == '億';
    }
}
