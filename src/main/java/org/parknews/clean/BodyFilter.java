package org.parknews.clean;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Classifies the lines of an article's body region, for text dumps and HTML content blocks
 * alike: the footer and anything after a sign-off line are cut; navigation, captions (by rule,
 * or a short unpunctuated line right under an image) and header lines are dropped, header lines
 * read into fields; credits at the start or end of the text become authors; paragraphs the
 * crawler broke mid-sentence are joined again.
 */
final class BodyFilter {
    /** Meta lines are trusted this close to the header; further down only when short and unpunctuated. */
    private static final int HEADER_ZONE = 4;
    private static final int MAX_CAPTION = 40;
    private static final int SHORT_META = 40;
    private static final GuardedPattern LABEL_LINE = GuardedPattern.compile("^[【\\[][^】\\]]{1,10}[】\\]]$");
    private static final Pattern TRAILING_CREDIT = Pattern.compile(
            "[（(]\\s*((?:本报|本网|本刊)?(?:特约)?(?:记者|通讯员)[^（()）]{1,30})[)）]\\s*$");
    private static final String SENTENCE_END = "。！？!?";
    /** Section heads (一、 （二） 3. 第四) are text even right under an image. */
    private static final Pattern ENUMERATED = Pattern.compile("^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\\d]+[)）]|\\d+[、.．]|第[一二三四五六七八九十\\d]+)");

    private final BoilerplateRules boilerplate;
    private final MetaLineParser meta;
    private final BrokenLineJoiner joiner = new BrokenLineJoiner();

    BodyFilter(BoilerplateRules boilerplate, MetaLineParser meta) {
        this.boilerplate = boilerplate;
        this.meta = meta;
    }

    /** The result: paragraphs and the header values met on the way. */
    record Result(List<String> paragraphs, Set<String> authors, String published, String origin) {
    }

    /**
     * @param lines  the body region's lines, image placeholders included
     * @param ignore lines that are not body text wherever they appear (the title, the site name)
     */
    Result filter(List<String> lines, Set<String> ignore) {
        Set<String> authors = new LinkedHashSet<>();
        String published = null;
        String origin = null;
        List<String> kept = new ArrayList<>();
        boolean afterImage = false;
        int index = -1;
        for (String line : lines) {
            index++;
            // Every rule asks about the match text: fold the line once for all of them.
            String match = MatchText.of(line);
            if (line.equals(BlockText.ImageMarker.LINE) || boilerplate.matchesMatchText(BoilerplateRules.Kind.IMAGE, match)) {
                afterImage = true;
                continue;
            }
            boolean underImage = afterImage;
            afterImage = false;
            if (!kept.isEmpty() && boilerplate.matchesMatchText(BoilerplateRules.Kind.FOOTER, match)) {
                break;
            }
            Optional<String> signoff = kept.isEmpty() ? Optional.empty() : boilerplate.signoffNames(line, match);
            if (signoff.isPresent()) {
                meta.trailingCredit("记者 " + signoff.get()).ifPresent(authors::addAll);
                break;
            }
            if (isMetaLine(line, index)) {
                HeaderFields f = meta.parse(line);
                authors.addAll(f.authors());
                published = published != null ? published : f.published();
                origin = origin != null ? origin : f.origin();
                continue;
            }
            if (ignore.contains(line) || LABEL_LINE.matches(line) || isCaption(line, match, underImage)
                    || boilerplate.matchesMatchText(BoilerplateRules.Kind.DROP, match)) {
                continue;
            }
            kept.add(line);
        }
        List<String> paragraphs = joiner.join(kept);
        takeLeadingCredit(paragraphs, authors);
        takeTrailingCredit(paragraphs, authors);
        return new Result(paragraphs, authors, published, origin);
    }

    private boolean isMetaLine(String line, int index) {
        if (!meta.isMetaLine(line)) {
            return false;
        }
        return index < HEADER_ZONE || (line.length() <= SHORT_META && !endsSentence(line));
    }

    private boolean isCaption(String line, String match, boolean underImage) {
        return boilerplate.matchesMatchText(BoilerplateRules.Kind.CAPTION, match)
                || (underImage && line.length() <= MAX_CAPTION && !endsSentence(line) && !ENUMERATED.matcher(line).find());
    }

    private static boolean endsSentence(String line) {
        return SENTENCE_END.indexOf(line.charAt(line.length() - 1)) >= 0;
    }

    /** 本报讯（记者 曹阳）今年… → authors 曹阳, paragraph 今年… */
    private void takeLeadingCredit(List<String> paragraphs, Set<String> authors) {
        if (paragraphs.isEmpty()) {
            return;
        }
        meta.leadingCredit(paragraphs.get(0)).ifPresent(c -> {
            authors.addAll(c.authors());
            if (c.rest().isEmpty()) {
                paragraphs.remove(0);
            } else {
                paragraphs.set(0, c.rest());
            }
        });
    }

    /** Removes a closing credit such as （本报记者 纪爱玲报道） and keeps its names as authors. */
    private void takeTrailingCredit(List<String> paragraphs, Set<String> authors) {
        if (paragraphs.isEmpty()) {
            return;
        }
        int last = paragraphs.size() - 1;
        String paragraph = paragraphs.get(last);
        // A credit holds no bracket between its own and ends the paragraph, so the last opening
        // bracket is the only place one can start: one try instead of find() at every character.
        int open = Math.max(paragraph.lastIndexOf('('), paragraph.lastIndexOf('（'));
        Matcher m = TRAILING_CREDIT.matcher(paragraph);
        if (open >= 0 && m.region(open, paragraph.length()).lookingAt()) {
            meta.trailingCredit(m.group(1)).ifPresent(authors::addAll);
            String rest = paragraph.substring(0, m.start()).strip();
            if (rest.isEmpty()) {
                paragraphs.remove(last);
            } else {
                paragraphs.set(last, rest);
            }
        }
    }
}
