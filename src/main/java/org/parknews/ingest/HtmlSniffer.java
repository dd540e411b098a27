package org.parknews.ingest;

import java.util.regex.Pattern;

/** Tells whether text that arrived as plain text (a .txt file, a JSON Lines text field) is really HTML markup. */
public final class HtmlSniffer {
    private static final Pattern DOCUMENT = Pattern.compile("(?is)^\\s*(?:<\\?xml[^>]*>\\s*)?<(?:!doctype\\s+html|html|head|body)\\b");
    private static final Pattern FRAGMENT = Pattern.compile("(?i)<(?:p|div|article|section)[\\s>]|<br\\s*/?>");
    private static final int MIN_FRAGMENT_TAGS = 2;

    private HtmlSniffer() {
    }

    /** A full document, or a fragment with at least two block tags. */
    public static boolean looksLikeHtml(String text) {
        if (DOCUMENT.matcher(text).find()) {
            return true;
        }
        var m = FRAGMENT.matcher(text);
        int tags = 0;
        while (tags < MIN_FRAGMENT_TAGS && m.find()) {
            tags++;
        }
        return tags >= MIN_FRAGMENT_TAGS;
    }
}
