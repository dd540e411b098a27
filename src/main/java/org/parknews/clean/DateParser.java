package org.parknews.clean;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a calendar date written as 2014-03-06, 2014年3月6日, 2021/6/9 or 2014.3.6 (full-width digits too). */
public final class DateParser {
    private static final Pattern DATE = Pattern.compile(
            "((?:19|20)\\d{2})\\s*[-年/.]\\s*(\\d{1,2})\\s*[-月/.]\\s*(\\d{1,2})(?!\\d)");
    /** CMS paths write dates with two-digit parts and any or no separators: 20210609, 2021/0609, 202106/09. */
    private static final Pattern URL_DATE = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})[/_-]?(\\d{2})[/_-]?(\\d{2})(?!\\d)");

    /** The first valid date in {@code text}, as ISO {@code YYYY-MM-DD}. */
    public Optional<String> find(String text) {
        Matcher m = DATE.matcher(MatchText.of(text));
        while (m.find()) {
            Optional<String> iso = iso(m.group(1), m.group(2), m.group(3));
            if (iso.isPresent()) {
                return iso;
            }
        }
        return Optional.empty();
    }

    /** A date inside a URL path (/2021/06/09/, /20210609/, /2021/0609/), the last resort for web pages. */
    public Optional<String> findInUrl(String url) {
        if (url == null) {
            return Optional.empty();
        }
        Optional<String> separated = find(url);
        if (separated.isPresent()) {
            return separated;
        }
        Matcher m = URL_DATE.matcher(url);
        while (m.find()) {
            Optional<String> iso = iso(m.group(1), m.group(2), m.group(3));
            if (iso.isPresent()) {
                return iso;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> iso(String y, String mo, String d) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d)).toString());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
