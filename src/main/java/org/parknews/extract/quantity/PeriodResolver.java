package org.parknews.extract.quantity;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the period a fact refers to from the text before it in its sentence, then its
 * paragraph: an explicit year (2013年), or 今年 / 去年 / 明年 resolved against the published date.
 */
public final class PeriodResolver {
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})年(?!\\d{1,2}月\\d{1,2}日)");
    private static final Pattern RELATIVE = Pattern.compile("今年|去年|明年|前年");

    /** @param context the text before the fact in its paragraph; the closest marker wins */
    public String resolve(String context, String published) {
        int bestAt = -1;
        String best = null;
        Matcher y = YEAR.matcher(context);
        while (y.find()) {
            bestAt = y.start();
            best = y.group(1);
        }
        if (published != null && published.length() >= 4) {
            int year = Integer.parseInt(published.substring(0, 4));
            Matcher r = RELATIVE.matcher(context);
            while (r.find()) {
                if (r.start() > bestAt) {
                    bestAt = r.start();
                    best = switch (r.group()) {
                        case "今年" -> String.valueOf(year);
                        case "去年" -> String.valueOf(year - 1);
                        case "明年" -> String.valueOf(year + 1);
                        default -> String.valueOf(year - 2);
                    };
                }
            }
        }
        return best;
    }
}
