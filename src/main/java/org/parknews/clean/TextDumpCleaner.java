package org.parknews.clean;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans a crawled text dump by classifying its lines: site chrome and footers go, header
 * lines are read into fields, the headline is the last line before the first byline or date,
 * and paragraphs broken by the crawler are joined again.
 */
public final class TextDumpCleaner {
    /** How far down a page its header can reach, in non-empty lines. */
    private static final int HEADER_REACH = 15;
    private static final int MAX_TITLE = 80;
    private static final Pattern LABEL_LINE = Pattern.compile("^[【\\[][^】\\]]{1,10}[】\\]]$");
    private static final Pattern TRAILING_CREDIT = Pattern.compile("[（(]\\s*((?:本报|本网|本刊)?(?:特约)?(?:记者|通讯员)[^（()）]{1,30})[)）]\\s*$");
    private static final String SENTENCE_END = "。！？!?";

    private final BoilerplateRules boilerplate;
    private final MetaLineParser meta = new MetaLineParser();
    private final BrokenLineJoiner joiner = new BrokenLineJoiner();

    public TextDumpCleaner(BoilerplateRules boilerplate) {
        this.boilerplate = boilerplate;
    }

    public CleanedPage clean(String text) {
        List<String> lines = new ArrayList<>();
        for (String raw : text.split("\r\n|\r|\n")) {
            String line = Whitespace.normalize(raw);
            if (!line.isEmpty()) {
                lines.add(line);
            }
        }
        return clean(lines);
    }

    /** Cleans already split, whitespace-normalised, non-empty lines (HTML blocks arrive this way). */
    CleanedPage clean(List<String> lines) {
        String site = lines.stream().map(boilerplate::siteName).flatMap(Optional::stream).findFirst().orElse(null);
        lines = cutFooter(lines);

        int firstMeta = -1;
        for (int i = 0; i < Math.min(lines.size(), HEADER_REACH); i++) {
            if (meta.isMetaLine(lines.get(i))) {
                firstMeta = i;
                break;
            }
        }
        String title = null;
        int bodyFrom = 0;
        if (firstMeta >= 0) {
            for (int i = firstMeta - 1; i >= 0; i--) {
                String l = lines.get(i);
                if (!boilerplate.matches(BoilerplateRules.Kind.DROP, l) && l.length() <= MAX_TITLE) {
                    title = l;
                    break;
                }
            }
            bodyFrom = firstMeta;
        } else {
            int first = firstContentLine(lines);
            if (first >= 0 && looksLikeHeadline(lines.get(first)) && first + 1 < lines.size()) {
                title = lines.get(first);
                bodyFrom = first + 1;
            } else {
                bodyFrom = Math.max(first, 0);
            }
        }

        Set<String> authors = new LinkedHashSet<>();
        String published = null;
        String origin = null;
        List<String> paragraphs = new ArrayList<>();
        for (int i = bodyFrom; i < lines.size(); i++) {
            String l = lines.get(i);
            if (isMetaLine(l, i - bodyFrom)) {
                HeaderFields f = meta.parse(l);
                authors.addAll(f.authors());
                published = published != null ? published : f.published();
                origin = origin != null ? origin : f.origin();
                continue;
            }
            if (boilerplate.matches(BoilerplateRules.Kind.DROP, l) || boilerplate.matches(BoilerplateRules.Kind.CAPTION, l)
                    || LABEL_LINE.matcher(l).matches() || (title != null && l.equals(title) && paragraphs.isEmpty())) {
                continue;
            }
            paragraphs.add(l);
        }
        paragraphs = joiner.join(paragraphs);
        stripTrailingCredit(paragraphs, authors);
        return new CleanedPage(title, List.copyOf(authors), published, origin, site, paragraphs);
    }

    /** Meta lines are trusted in the header; further down only short lines that are not prose. */
    private boolean isMetaLine(String line, int distanceFromHeader) {
        if (!meta.isMetaLine(line)) {
            return false;
        }
        return distanceFromHeader < 4 || (line.length() <= 40 && SENTENCE_END.indexOf(line.charAt(line.length() - 1)) < 0);
    }

    private List<String> cutFooter(List<String> lines) {
        for (int i = 1; i < lines.size(); i++) {
            if (boilerplate.matches(BoilerplateRules.Kind.FOOTER, lines.get(i))) {
                return lines.subList(0, i);
            }
        }
        return lines;
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
        return line.length() <= 50 && SENTENCE_END.indexOf(line.charAt(line.length() - 1)) < 0 && line.indexOf('。') < 0;
    }

    /** Removes a closing credit such as （本报记者 纪爱玲报道） and keeps its names as authors. */
    private void stripTrailingCredit(List<String> paragraphs, Set<String> authors) {
        if (paragraphs.isEmpty()) {
            return;
        }
        int last = paragraphs.size() - 1;
        Matcher m = TRAILING_CREDIT.matcher(paragraphs.get(last));
        if (m.find()) {
            meta.trailingCredit(m.group(1)).ifPresent(authors::addAll);
            String rest = paragraphs.get(last).substring(0, m.start()).strip();
            if (rest.isEmpty()) {
                paragraphs.remove(last);
            } else {
                paragraphs.set(last, rest);
            }
        }
    }
}
