package org.parknews.clean;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parknews.rules.RuleSet;

/**
 * Recognises the header lines a news page prints around its headline — bylines (作者, 文/,
 * 记者, 通讯员, 撰稿, 报道), dates (时间, 发布时间, 发稿时间, or a line that starts with a
 * date) and 来源/来源于/转自 — and reads their values. Photo credits (供图, 摄影, 图/) are meta
 * lines but give no author; neither does 来源 text.
 */
public final class MetaLineParser {
    /** Labels that end a byline's names: the next field of the same header line. */
    private static final String KEY_STOP = "(?=\\s*(?:时间|发布时间|发稿时间|日期|来源|来源于|稿源|转自|发布人|发布|浏览|阅读|点击|编辑|责任编辑|"
            + "供图|摄影|图\\s*[:：/／]|字号|(?:19|20)\\d{2}\\s*[-年/.]|[|｜]|$))";
    private static final String NAME_SEP = "[\\s、,，;；/／]+";
    private static final GuardedPattern AUTHOR = GuardedPattern.compile(
            "(?:^|[\\s|｜])(?:作者|撰稿|撰文|文字|文)\\s*[:：/／|]\\s*(.+?)" + KEY_STOP);
    /** Group 1 is what separates the role from the names (empty when attached: 记者王芳), group 2 the names. */
    private static final GuardedPattern REPORTER = GuardedPattern.compile(
            "(?:本报|本网|本刊)?(?:特约|见习|实习)?(?:记者|通讯员|实习生)(\\s*[:：]?\\s*)((?:[\\p{IsHan}·]{2,5}(?:" + NAME_SEP
                    + "|(?=报道|采写|撰稿|摄|$|[|｜）)])))+)(?:报道|采写|撰稿|摄影|摄)?" + KEY_STOP);
    /** A byline that names the writers and then says what they did: 通讯员 肖红梅 撰稿. */
    private static final GuardedPattern NAMES_THEN_ROLE = GuardedPattern.compile(
            "^((?:[\\p{IsHan}·]{2,4}" + NAME_SEP + "?){1,4})\\s*(?:撰稿|撰文|报道|采写)$");
    private static final GuardedPattern ORIGIN = GuardedPattern.compile("(?:来源|来源于|稿源|转自|转载自)\\s*[:：]\\s*([^\\s|｜]+)");
    private static final GuardedPattern DATE_KEY = GuardedPattern.compile("(?:时间|发布时间|发稿时间|日期|发表于|发布于|更新时间)\\s*[:：]?");
    private static final GuardedPattern LEADING_DATE = GuardedPattern.compile("^\\s*(?:19|20)\\d{2}\\s*[-年/.]\\s*\\d{1,2}\\s*[-月/.]\\s*\\d{1,2}");
    private static final GuardedPattern PHOTO_CREDIT = GuardedPattern.compile(
            "^(?:供图|摄影|图片|图)\\s*[:：/／]|(?:供图|摄影|图)\\s*[:：/／]\\s*[^\\s]+\\s*$|^.{0,12}\\s*(?:供图|摄)$");
    private static final Pattern NAME = Pattern.compile("[\\p{IsHan}·•]{2,6}|[A-Za-z][A-Za-z .'-]{1,40}");
    private static final Pattern NOT_A_NAME = Pattern.compile(".*(记者|通讯员|编辑|本报|本网|本刊|实习生|报道|撰稿|来源|作者).*");
    /** A news-agency lead: 本报讯（记者 曹阳）, 新华社长沙3月5日电（记者 李明）. */
    private static final Pattern LEADING_CREDIT = Pattern.compile(
            // One ^ in front of the alternatives: find() then tries only the paragraph's start,
            // where a ^ in each alternative had it try every character of the paragraph.
            "^(?:[^，。,]{0,24}?(?:讯|电)\\s*[（(]([^（）()]{0,40}(?:记者|通讯员)[^（）()]{0,40})[)）]\\s*"
                    + "|[（(]((?:本报|本网)?(?:记者|通讯员)[^（）()]{1,40})[)）]\\s*"
                    + "|[^，。,（(\\s]{0,16}?(?:\\d{1,2}月\\d{1,2}日|本报|本网|本刊)(?:讯|电)(?:\\s+|[:：]))");
    /** 来源 values that name no publication: the site's own work or an unknown source. */
    private static final Pattern NO_ORIGIN = Pattern.compile("^(本站|本网|原创|本站原创|本网原创|网络|互联网|网友|未知|其他|其它)$");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final GuardedPattern AUTHOR_COLON = GuardedPattern.compile(".*作者\\s*[:：].*");
    private static final Pattern NAME_SEPARATOR = Pattern.compile(NAME_SEP);
    private static final Pattern ROLE_SUFFIX = Pattern.compile("(报道|采写|撰稿|摄影|摄)$");
    private static final Pattern ORIGIN_TAIL = Pattern.compile("(作者|时间|发布时间|编辑|浏览|记者|通讯员).*$");
    /** The rules above whose pre-checks GuardedPatternTest holds to their regexes. */
    static final List<GuardedPattern> GUARDED = List.of(AUTHOR, REPORTER, NAMES_THEN_ROLE, ORIGIN, DATE_KEY, LEADING_DATE,
            PHOTO_CREDIT, AUTHOR_COLON);
    private static final int MAX_META_LINE = 100;
    private static final String SURNAMES = "surnames.txt";

    private final DateParser dates = new DateParser();
    private final Set<String> surnames;

    /** @param surnames family names; a name written right after 记者 without a space must start with one */
    public MetaLineParser(Set<String> surnames) {
        this.surnames = Set.copyOf(surnames);
    }

    public static MetaLineParser from(RuleSet rules) {
        return new MetaLineParser(new HashSet<>(rules.file(SURNAMES).entries()));
    }

    /** Whether the line is a header meta line rather than article text. */
    public boolean isMetaLine(String line) {
        String l = headerCandidate(line);
        if (l == null) {
            return false;
        }
        if (labelsValues(l)) {
            return true;
        }
        return PHOTO_CREDIT.find(l) || (DATE_KEY.find(l) || LEADING_DATE.find(l)) && dates.find(l).isPresent()
                || AUTHOR_COLON.matches(l);
    }

    /**
     * A meta line that labels its values (作者：, 来源：, 发布时间：, 记者 王芳) rather than one that
     * merely starts with a date, which in a page's lists is usually a dated headline.
     */
    public boolean isLabelledMetaLine(String line) {
        String l = headerCandidate(line);
        if (l == null) {
            return false;
        }
        if (labelsValues(l)) {
            return true;
        }
        // Only a date label (时间：) makes the remaining kinds of meta line labelled, so without one
        // the photo-credit and date searches are not needed.
        return DATE_KEY.find(l) && (PHOTO_CREDIT.find(l) || dates.find(l).isPresent() || AUTHOR_COLON.matches(l));
    }

    /** The folded line the header rules read, or null when it is too long or reads as prose. */
    private static String headerCandidate(String line) {
        // Most lines asked are prose: rule them out before paying for the folded copy.
        return line.length() > MAX_META_LINE || hasProsePunctuation(line) ? null : MatchText.of(line).strip();
    }

    /**
     * Whether the line's match text holds prose punctuation never found in a header line: a
     * sentence end. Read a character at a time through the fold rather than from a folded copy,
     * and by a loop rather than a regex, because every line of every page is asked.
     */
    private static boolean hasProsePunctuation(String line) {
        for (int i = 0; i < line.length(); i++) {
            switch (MatchText.fold(line.charAt(i))) {
                case '。', '!', '?':
                    return true;
                default:
                    break;
            }
        }
        return false;
    }

    /** A byline, a 来源 or a names-then-role line: a line that labels its values itself. */
    private boolean labelsValues(String l) {
        return AUTHOR.find(l) || hasReporter(l) || ORIGIN.find(l) || NAMES_THEN_ROLE.matches(l);
    }

    public HeaderFields parse(String line) {
        String original = line.strip();
        String l = MatchText.of(original);
        List<String> authors = new ArrayList<>();
        // Each rule's pre-check spares a matcher where the line lacks the words a match needs.
        if (AUTHOR.mayFind(l)) {
            collectNames(AUTHOR.matcher(l), authors);
        }
        if (REPORTER.mayFind(l)) {
            reporterNames(REPORTER.matcher(l), authors);
        }
        if (NAMES_THEN_ROLE.mayMatch(l)) {
            Matcher role = NAMES_THEN_ROLE.matcher(l);
            if (role.matches()) {
                splitNames(role.group(1), authors);
            }
        }
        String published = DATE_KEY.find(l) || LEADING_DATE.find(l) || l.length() < 40
                ? dates.find(l).orElse(null) : null;
        String origin = null;
        if (ORIGIN.mayFind(l)) {
            Matcher o = ORIGIN.matcher(l);
            if (o.find()) {
                origin = cleanOrigin(o.group(1));
            }
        }
        return new HeaderFields(List.copyOf(new LinkedHashSet<>(inOriginalScript(original, l, authors))), published,
                origin == null ? null : inOriginalScript(original, l, List.of(origin)).get(0));
    }

    /**
     * The writers named by a free-form author value such as a container's {@code author} field
     * ("张三, 李四", "本报记者 王芳", "文/周敏"): role words and credits dropped, names kept in order.
     */
    public List<String> names(String text) {
        String original = text.strip();
        String t = MatchText.of(original);
        List<String> out = new ArrayList<>();
        if (!HAN.matcher(t).find()) {
            // Latin names hold spaces, so only punctuation separates them.
            for (String part : t.split("[,、;；/]+")) {
                if (NAME.matcher(part.strip()).matches()) {
                    out.add(part.strip());
                }
            }
            return inOriginalScript(original, t, out);
        }
        collectNames(AUTHOR.matcher(" " + t), out);
        reporterNames(REPORTER.matcher(t), out);
        if (out.isEmpty()) {
            splitNames(t, out);
        }
        return List.copyOf(new LinkedHashSet<>(inOriginalScript(original, t, out)));
    }

    /** The names a credit such as （本报记者 纪爱玲报道） gives, if the text is one. */
    public Optional<List<String>> trailingCredit(String text) {
        List<String> names = new ArrayList<>();
        String folded = MatchText.of(text);
        reporterNames(REPORTER.matcher(folded), names);
        return names.isEmpty() ? Optional.empty()
                : Optional.of(List.copyOf(new LinkedHashSet<>(inOriginalScript(text, folded, names))));
    }

    /**
     * A paragraph that opens with an agency lead such as 本报讯（记者 曹阳 通讯员 何小兵）: the
     * names it credits and the paragraph without the lead.
     */
    public Optional<LeadingCredit> leadingCredit(String paragraph) {
        if (!mayOpenWithCredit(paragraph)) {
            return Optional.empty();
        }
        Matcher m = LEADING_CREDIT.matcher(paragraph);
        if (!m.find()) {
            return Optional.empty();
        }
        String credit = m.group(1) != null ? m.group(1) : m.group(2);
        List<String> names = credit == null ? List.of() : trailingCredit(credit).orElse(List.of());
        return Optional.of(new LeadingCredit(names, paragraph.substring(m.end()).strip()));
    }

    /**
     * False only when {@link #LEADING_CREDIT} cannot match: every lead opens with a bracket or
     * has its 讯 or 电 within the first 25 characters (24 before it in the first form, 16 and a
     * date of at most 6 in the last). Spares the regex engine most paragraphs.
     */
    static boolean mayOpenWithCredit(String paragraph) {
        if (paragraph.isEmpty()) {
            return false;
        }
        char first = paragraph.charAt(0);
        if (first == '(' || first == '（') {
            return true;
        }
        int reach = Math.min(paragraph.length(), 25);
        for (int i = 0; i < reach; i++) {
            char c = paragraph.charAt(i);
            if (c == '讯' || c == '电') {
                return true;
            }
        }
        return false;
    }

    /** The regex {@link #mayOpenWithCredit} stands guard for, for the test that holds the two together. */
    static Pattern leadingCreditPattern() {
        return LEADING_CREDIT;
    }

    /** What {@link #leadingCredit} finds. */
    public record LeadingCredit(List<String> authors, String rest) {
    }

    /**
     * The values as the page writes them. Rules match the folded line (full-width and
     * traditional characters folded 1:1), so each value found there is read back from the same
     * place in the original line: a Big5 page's byline keeps its traditional characters.
     */
    private static List<String> inOriginalScript(String original, String folded, List<String> values) {
        if (original.length() != folded.length()) {
            return values;
        }
        List<String> out = new ArrayList<>(values.size());
        for (String v : values) {
            int at = folded.indexOf(v);
            out.add(at >= 0 ? original.substring(at, at + v.length()) : v);
        }
        return out;
    }

    private boolean hasReporter(String l) {
        if (!REPORTER.mayFind(l)) {
            return false;
        }
        List<String> names = new ArrayList<>();
        reporterNames(REPORTER.matcher(l), names);
        return !names.isEmpty();
    }

    /** Names after 记者/通讯员; when written without a separator (记者王芳) the first must start with a surname. */
    private void reporterNames(Matcher m, List<String> out) {
        while (m.find()) {
            List<String> names = new ArrayList<>();
            splitNames(m.group(2), names);
            if (!names.isEmpty() && (!m.group(1).isEmpty() || startsWithSurname(names.get(0)))) {
                out.addAll(names);
            }
        }
    }

    private boolean startsWithSurname(String name) {
        return surnames.contains(name.substring(0, 1)) || name.length() > 2 && surnames.contains(name.substring(0, 2));
    }

    private static void collectNames(Matcher m, List<String> out) {
        while (m.find()) {
            splitNames(m.group(1), out);
        }
    }

    private static void splitNames(String group, List<String> out) {
        for (String part : NAME_SEPARATOR.split(group)) {
            String p = ROLE_SUFFIX.matcher(part).replaceAll("").strip();
            if (NAME.matcher(p).matches() && !NOT_A_NAME.matcher(p).matches()) {
                out.add(p);
            }
        }
    }

    private static String cleanOrigin(String raw) {
        String o = ORIGIN_TAIL.matcher(raw).replaceAll("").strip();
        return o.isEmpty() || NO_ORIGIN.matcher(o).matches() ? null : o;
    }
}
