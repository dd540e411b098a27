package org.parknews.clean;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the header lines a news page prints around its headline — bylines (作者, 文/,
 * 记者, 通讯员, 撰稿), dates (时间, 发布时间, 发稿时间) and 来源 — and reads their values.
 * Photo credits (供图, 摄影, 图/) are meta lines but give no author.
 */
public final class MetaLineParser {
    private static final String KEY_STOP = "(?=\\s*(?:时间|发布时间|发稿时间|日期|来源|来源于|发布人|发布|浏览|编辑|责任编辑|供图|摄影|点击|字号|$))";
    private static final Pattern AUTHOR = Pattern.compile(
            "(?:作者|撰稿|撰文|文字|文)\\s*[:：/／|]\\s*(.+?)" + KEY_STOP);
    private static final Pattern REPORTER = Pattern.compile(
            "(?:本报|本网|本刊)?(?:特约)?(?:记者|通讯员|实习生)[:：]?\\s*(.+?)(?:报道|采写|摄)?" + KEY_STOP);
    private static final Pattern ORIGIN = Pattern.compile("(?:来源|来源于|稿源|转自)\\s*[:：]\\s*([^\\s|｜]+)");
    private static final Pattern DATE_KEY = Pattern.compile("(?:时间|发布时间|发稿时间|日期|发表于|发布于)\\s*[:：]?");
    private static final Pattern PHOTO_CREDIT = Pattern.compile("^(?:供图|摄影|图片|图)\\s*[:：/／]|供图\\s*[:：/／]|^.{0,12}\\s*(?:供图|摄)$");
    private static final Pattern NAME = Pattern.compile("[\\p{IsHan}·•]{2,6}|[A-Za-z][A-Za-z .'-]{1,40}");

    private final DateParser dates = new DateParser();

    /** Whether the line is a header meta line rather than article text. */
    public boolean isMetaLine(String line) {
        if (line.length() > 80) {
            return false;
        }
        String l = MatchText.of(line);
        return AUTHOR.matcher(l).lookingAt() || REPORTER.matcher(l).lookingAt() || ORIGIN.matcher(l).lookingAt()
                || PHOTO_CREDIT.matcher(l).find()
                || (DATE_KEY.matcher(l).find() && dates.find(l).isPresent())
                || (l.contains("作者") && l.matches(".*作者\\s*[:：].*"));
    }

    public HeaderFields parse(String line) {
        String l = MatchText.of(line).strip();
        List<String> authors = new ArrayList<>();
        if (!PHOTO_CREDIT.matcher(l).find() || AUTHOR.matcher(l).find()) {
            collectNames(AUTHOR.matcher(l), authors);
            collectNames(REPORTER.matcher(l), authors);
        }
        String published = DATE_KEY.matcher(l).find() || l.length() < 40 ? dates.find(l).orElse(null) : null;
        Matcher o = ORIGIN.matcher(l);
        String origin = null;
        if (o.find()) {
            origin = cleanOrigin(o.group(1));
        }
        return new HeaderFields(List.copyOf(new LinkedHashSet<>(authors)), published, origin);
    }

    /** The names a trailing credit such as （本报记者 纪爱玲报道） gives, if the text is one. */
    public Optional<List<String>> trailingCredit(String text) {
        Matcher m = REPORTER.matcher(MatchText.of(text));
        if (!m.find()) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>();
        splitNames(m.group(1), names);
        return names.isEmpty() ? Optional.empty() : Optional.of(names);
    }

    private static void collectNames(Matcher m, List<String> out) {
        while (m.find()) {
            splitNames(m.group(1), out);
        }
    }

    private static void splitNames(String group, List<String> out) {
        for (String part : group.split("[\\s、,，;；/]+")) {
            String p = part.replaceAll("(报道|采写|摄影|摄)$", "").strip();
            if (NAME.matcher(p).matches() && !p.matches(".*(记者|通讯员|编辑|本报|本网).*")) {
                out.add(p);
            }
        }
    }

    private static String cleanOrigin(String raw) {
        String o = raw.replaceAll("(作者|时间|发布时间|编辑|浏览).*$", "").strip();
        return o.isEmpty() ? null : o;
    }
}
