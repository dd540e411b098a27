package org.parknews.clean;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cleans a crawled text dump by classifying its lines: site chrome and footers go, header
 * lines are read into fields, the headline is the last line before the first byline or date
 * (or the first line when it reads as a headline), and the body lines go through the same
 * {@link BodyFilter} as HTML content blocks.
 */
public final class TextDumpCleaner {
    /** How far down a page its header can reach, in non-empty lines. */
    private static final int HEADER_REACH = 15;
    private static final int MAX_TITLE = 80;
    private static final int MAX_HEADLINE = 50;
    private static final String SENTENCE_END = "。！？!?";
    private static final Pattern SUBTITLE = Pattern.compile("^[—－-]{1,2}\\s*\\S");

    private final BoilerplateRules boilerplate;
    private final MetaLineParser meta;
    private final BodyFilter bodyFilter;

    public TextDumpCleaner(BoilerplateRules boilerplate, MetaLineParser meta) {
        this.boilerplate = boilerplate;
        this.meta = meta;
        this.bodyFilter = new BodyFilter(boilerplate, meta);
    }

    public CleanedPage clean(String text) {
        // String.lines breaks at \n, \r and \r\n, and finds them faster than a charAt loop or a regex split.
        List<String> lines = text.lines().map(Whitespace::normalize).filter(line -> !line.isEmpty()).toList();
        String site = null;
        for (int i = 0; site == null && i < lines.size(); i++) {
            site = boilerplate.siteName(lines.get(i)).orElse(null);
        }

        int firstMeta = -1;
        for (int i = 0; i < Math.min(lines.size(), HEADER_REACH); i++) {
            if (meta.isMetaLine(lines.get(i))) {
                firstMeta = i;
                break;
            }
        }
        String title = null;
        int bodyFrom;
        if (firstMeta >= 0) {
            int t = titleLineBefore(lines, firstMeta - 1);
            // A subtitle (——…) sits under the headline; the headline is the line above it.
            if (t > 0 && SUBTITLE.matcher(lines.get(t)).find()) {
                int above = titleLineBefore(lines, t - 1);
                t = above >= 0 ? above : t;
            }
            title = t >= 0 ? lines.get(t) : null;
            bodyFrom = firstMeta;
        } else {
            int first = firstContentLine(lines);
            if (first >= 0 && looksLikeHeadline(lines.get(first)) && first + 1 < lines.size()) {
                title = lines.get(first);
                bodyFrom = first + 1;
                if (bodyFrom + 1 < lines.size() && SUBTITLE.matcher(lines.get(bodyFrom)).find()
                        && looksLikeHeadline(lines.get(bodyFrom))) {
                    bodyFrom++;
                }
            } else {
                bodyFrom = Math.max(first, 0);
            }
        }
        Set<String> ignore = new HashSet<>();
        if (title != null) {
            ignore.add(title);
        }
        BodyFilter.Result body = bodyFilter.filter(lines.subList(Math.min(bodyFrom, lines.size()), lines.size()), ignore);
        return new CleanedPage(title, List.copyOf(body.authors()), body.published(), body.origin(), site, body.paragraphs());
    }

    /** The nearest line at or above {@code from} that can be a headline, or -1. */
    private int titleLineBefore(List<String> lines, int from) {
        for (int i = from; i >= 0; i--) {
            String l = lines.get(i);
            if (!boilerplate.matches(BoilerplateRules.Kind.DROP, l) && l.length() <= MAX_TITLE) {
                return i;
            }
        }
        return -1;
    }

    private int firstContentLine(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (!boilerplate.matches(BoilerplateRules.Kind.DROP, lines.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean looksLikeHeadline(String line) {
        return line.length() <= MAX_HEADLINE && SENTENCE_END.indexOf(line.charAt(line.length() - 1)) < 0
                && line.indexOf('。') < 0;
    }
}
