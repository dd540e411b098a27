package org.parknews.clean;

import java.util.regex.Pattern;

/**
 * Cleans a headline taken from a page's {@code <title>} or a container's title field: the site
 * and channel names that pages append ("_新闻_某某网", " - 【站名】", "|栏目|站名", "--站名")
 * are cut, while a dash that belongs to the headline itself ("——永州市…做法") stays.
 */
public final class TitleText {
    /** Separators pages put before their site and channel names; a bare em-dash pair is not one. */
    private static final Pattern SITE_SUFFIX = Pattern.compile(
            "(?:\\s*(?:_|\\||｜|--|-{1}(?=\\s*【)|\\s[-—–]\\s)\\s*[^_|｜]{1,30}?)+\\s*$");
    private static final int MIN_TITLE = 4;

    private TitleText() {
    }

    /** The headline without a trailing site name; whitespace normalised; null stays null. */
    public static String withoutSiteSuffix(String title) {
        if (title == null) {
            return null;
        }
        String t = Whitespace.normalize(title);
        String stripped = SITE_SUFFIX.matcher(t).replaceFirst("").strip();
        return stripped.length() >= MIN_TITLE ? stripped : t.isEmpty() ? null : t;
    }
}
