package org.parknews.extract.quantity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.parknews.clean.Span;
import org.parknews.rules.Lexicon;
import org.parknews.rules.RuleSet;
import org.parknews.rules.StartChars;
import org.parknews.rules.StartCharsGroup;
import org.parknews.rules.SeedLine;

/**
 * Finds the period each fact refers to, as a reader would: the time named earlier in its
 * sentence (2013年, 今年前10个月, 截至10月底, 2013年2月27日), else earlier in its paragraph,
 * resolved against the published date (or, when there is none, the latest year the article
 * names as past). A date inside a later clause (于去年8月30日开工) covers only its clause;
 * 目前 and 正在 clear the period; 全年 and 年内 mean the year last named.
 */
public final class PeriodResolver {
    public static final String FILE = "period-words.tsv";
    private static final String CN_SMALL = "一二三四五六七八九十";
    private static final StartChars EXPLICIT = new StartChars(Pattern.compile(
            "(?<![\\d.])((?:19|20)\\d{2})\\s*年(?:\\s*(\\d{1,2})\\s*月(?:\\s*(\\d{1,2})\\s*[日号])?)?"));
    private static final StartChars MONTH_DAY = new StartChars(Pattern.compile("(?<![\\d.])(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]"));
    private static final StartChars FIRST_MONTHS = new StartChars(Pattern.compile(
            "(?:前|1\\s*[-~至到—]\\s*)(\\d{1,2}|[" + CN_SMALL + "]{1,3})\\s*个?月"));
    private static final StartChars UNTIL_MONTH = new StartChars(Pattern.compile("截[至止](?:(\\d{4})\\s*年)?\\s*(\\d{1,2})\\s*月(?:底|末|份)?"));
    /** The dated forms above in one scan, with the kind of each. */
    private static final StartCharsGroup DATED = new StartCharsGroup(List.of(EXPLICIT, MONTH_DAY, FIRST_MONTHS, UNTIL_MONTH));
    private static final List<String> DATED_KINDS = List.of("explicit", "month-day", "first-months", "until-month");
    private static final Pattern TARGET_BEFORE = Pattern.compile("(到|至|截至|截止|力争|争取|计划)$");
    private static final String CLAUSE_BREAKS = "，,；;：:";
    private static final Pattern COMPARED_WITH = Pattern.compile("(比|较|同|与|超)$");
    /** A sentence-opening date may follow a quote or space and be followed by 上午, 晚间. */
    private static final int LEADING_SLACK = 2;
    private static final int TRAILING_SLACK = 3;

    private final Lexicon<String[]> words;

    PeriodResolver(Lexicon<String[]> words) {
        this.words = words;
    }

    public static PeriodResolver from(RuleSet rules) {
        Map<String, String[]> m = new HashMap<>();
        for (SeedLine line : rules.file(FILE).lines()) {
            String role = line.required(1, "role");
            if (!List.of("year", "half", "same-year", "present").contains(role)) {
                throw line.error("role must be year, half, same-year or present: " + role);
            }
            if ((role.equals("year") || role.equals("half")) && line.column(2).isEmpty()) {
                throw line.error("missing value (column 3) for role " + role);
            }
            m.put(line.required(0, "word"), new String[] {role, line.column(2)});
        }
        return new PeriodResolver(new Lexicon<>(m));
    }

    /** A time expression with the period it names (null: clears) and whether it covers only its clause. */
    record Mention(int start, int end, String period, boolean clauseOnly, boolean carries, boolean sameYear) {
    }

    /** The periods of one text: build once per article, then ask per offset. */
    public final class Timeline {
        private final String text;
        private final List<Span> sentences;
        private final List<Mention> mentions;

        private Timeline(String text, List<Span> sentences, List<Mention> mentions) {
            this.text = text;
            this.sentences = sentences;
            this.mentions = mentions;
        }

        /** The period of a fact starting at {@code offset}, or null when unclear. */
        public String periodAt(int offset) {
            int si = sentenceIndex(offset);
            Span sentence = sentences.get(si);
            Mention inSentence = null;
            for (Mention m : mentions) {
                if (m.start() >= sentence.start() && m.end() <= offset
                        && (!m.clauseOnly() || atSentenceStart(m, sentence) || sameClause(m.end(), offset))
                        && !(m.sameYear() && inSentence != null && !opensClause(m))) {
                    inSentence = m;
                }
            }
            if (inSentence != null) {
                return inSentence.period();
            }
            int paragraphStart = paragraphStart(sentence.start());
            for (int i = si - 1; i >= 0; i--) {
                Span s = sentences.get(i);
                if (s.end() <= paragraphStart && !continues(paragraphStart)) {
                    return null;
                }
                if (s.end() <= paragraphStart) {
                    paragraphStart = paragraphStart(s.start());
                }
                Mention last = null;
                for (Mention m : mentions) {
                    if (m.start() >= s.start() && m.end() <= s.end() && m.carries()) {
                        last = m;
                    }
                }
                if (last != null) {
                    return last.period();
                }
            }
            return null;
        }

        private int sentenceIndex(int offset) {
            for (int i = 0; i < sentences.size(); i++) {
                if (offset < sentences.get(i).end()) {
                    return i;
                }
            }
            return sentences.size() - 1;
        }

        /** 2013年2月27日，… or 10月9日上午，…: the date opens the sentence and forms its first clause. */
        private boolean atSentenceStart(Mention m, Span sentence) {
            if (m.start() - sentence.start() > LEADING_SLACK) {
                return false;
            }
            int clauseEnd = m.end();
            while (clauseEnd < sentence.end() && CLAUSE_BREAKS.indexOf(text.charAt(clauseEnd)) < 0) {
                clauseEnd++;
            }
            return clauseEnd - m.end() <= TRAILING_SLACK;
        }

        /** ，全年完成…: 全年 opening a clause names the year again; 完成全年任务 only qualifies a noun. */
        private boolean opensClause(Mention m) {
            int i = m.start() - 1;
            while (i >= 0 && text.charAt(i) == ' ') {
                i--;
            }
            return i < 0 || CLAUSE_BREAKS.indexOf(text.charAt(i)) >= 0 || "。！？!?\n".indexOf(text.charAt(i)) >= 0;
        }

        private boolean sameClause(int from, int to) {
            return !containsBreak(from, to);
        }

        private boolean containsBreak(int from, int to) {
            for (int i = from; i < to; i++) {
                if (CLAUSE_BREAKS.indexOf(text.charAt(i)) >= 0) {
                    return true;
                }
            }
            return false;
        }

        private int paragraphStart(int offset) {
            return text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
        }

        /** A paragraph whose predecessor ends in ；or ： continues it (a list under 到2020年：). */
        private boolean continues(int paragraphStart) {
            int i = paragraphStart - 1;
            while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
                i--;
            }
            return i >= 0 && "；;：:".indexOf(text.charAt(i)) >= 0;
        }
    }

    /** Reads every time expression of {@code text} once. */
    public Timeline timeline(String text, List<Span> sentences, String published) {
        Integer reference = published != null && published.length() >= 4
                ? Integer.valueOf(published.substring(0, 4)) : inferredYear(text);
        List<Raw> raw = new ArrayList<>();
        DATED.scan(text, (pattern, m) -> raw.add(new Raw(m.start(), m.end(), DATED_KINDS.get(pattern), groups(m))));
        for (Lexicon.Match<String[]> w : words.findAll(text)) {
            if (COMPARED_WITH.matcher(text.substring(Math.max(0, w.start() - 2), w.start())).find()) {
                continue; // 比去年缩短2天: the year is the comparison, not the period
            }
            raw.add(new Raw(w.start(), w.end(), w.value()[0], new String[] {w.key(), w.value()[1]}));
        }
        raw.sort(Comparator.comparingInt(Raw::start).thenComparingInt(r -> -(r.end() - r.start())));
        List<Mention> mentions = new ArrayList<>();
        Integer lastYear = null;   // the year the text named last, for 全年
        Integer sentenceYear = null;
        int sentenceEnd = -1;
        int covered = 0;
        for (Raw r : raw) {
            if (r.start() < covered) {
                continue;
            }
            covered = r.end();
            if (r.start() >= sentenceEnd) {
                sentenceYear = null;
                sentenceEnd = endOfSentence(sentences, r.start());
            }
            Integer year = sentenceYear != null ? sentenceYear : reference;
            Mention m = switch (r.kind()) {
                case "explicit" -> explicit(r);
                case "month-day" -> year == null ? unknown(r)
                        : day(r, sentenceYear != null ? sentenceYear : yearBefore(published, reference, r));
                case "first-months" -> year == null ? unknown(r)
                        : new Mention(r.start(), r.end(), range(year, 1, month(r.groups()[1])), false, true, false);
                case "until-month" -> untilMonth(r, year);
                case "year" -> reference == null ? unknown(r) : new Mention(r.start(), r.end(),
                        String.valueOf(reference + Integer.parseInt(r.groups()[1])), false, true, false);
                case "half" -> year == null ? unknown(r)
                        : new Mention(r.start(), r.end(), half(year, r.groups()[1]), false, true, false);
                case "same-year" -> lastYear == null ? null
                        : new Mention(r.start(), r.end(), String.valueOf(lastYear), false, true, true);
                default -> new Mention(r.start(), r.end(), null, false, false, false);
            };
            if (m == null) {
                continue;
            }
            Mention prev = mentions.isEmpty() ? null : mentions.get(mentions.size() - 1);
            if (r.kind().equals("month-day") && prev != null && prev.end() == m.start() && prev.carries()) {
                // 去年8月30日: the year word is part of a dated event, not a period of its own
                mentions.set(mentions.size() - 1, new Mention(prev.start(), m.end(), m.period(), true, false, false));
            } else {
                mentions.add(m);
            }
            if (m.period() != null && !m.sameYear()) {
                int y = Integer.parseInt(m.period().substring(0, 4));
                if (r.kind().equals("explicit") || r.kind().equals("year")) {
                    sentenceYear = y;
                }
                lastYear = y;
            }
        }
        return new Timeline(text, sentences, mentions);
    }

    private record Raw(int start, int end, String kind, String[] groups) {
    }

    private static String[] groups(MatchResult m) {
        String[] groups = new String[m.groupCount() + 1];
        for (int i = 0; i <= m.groupCount(); i++) {
            groups[i] = m.group(i);
        }
        return groups;
    }

    private static Mention explicit(Raw r) {
        String[] g = r.groups();
        if (g[2] == null) {
            return new Mention(r.start(), r.end(), g[1], false, true, false);
        }
        String month = g[1] + "-" + two(g[2]);
        String period = g[3] == null ? month : month + "-" + two(g[3]);
        return new Mention(r.start(), r.end(), period, true, false, false);
    }

    /** 10月9日: in the year named just before it (去年8月30日), else the reference year. */
    private static Mention day(Raw r, int year) {
        return new Mention(r.start(), r.end(), year + "-" + two(r.groups()[1]) + "-" + two(r.groups()[2]), true, false, false);
    }

    /**
     * A bare 12月28日 in a report published on 2022-01-15 lies in 2021: news tells of days
     * that have passed, so a month and day after the published one belong to the year before.
     */
    private static int yearBefore(String published, int reference, Raw r) {
        if (published == null || published.length() < 10) {
            return reference;
        }
        String monthDay = two(r.groups()[1]) + "-" + two(r.groups()[2]);
        return monthDay.compareTo(published.substring(5, 10)) > 0 ? reference - 1 : reference;
    }

    /** 今年 in an undated article: a time is named, but which one is unclear. */
    private static Mention unknown(Raw r) {
        return new Mention(r.start(), r.end(), null, false, false, false);
    }

    private static Mention untilMonth(Raw r, Integer year) {
        Integer y = r.groups()[1] != null ? Integer.valueOf(r.groups()[1]) : year;
        if (y == null) {
            return unknown(r);
        }
        return new Mention(r.start(), r.end(), range(y, 1, Integer.parseInt(r.groups()[2])), false, true, false);
    }

    private static int month(String s) {
        if (Character.isDigit(s.charAt(0))) {
            return Integer.parseInt(s);
        }
        return (int) new ChineseNumberParser().parse(s).orElse(0);
    }

    private static String range(int year, int from, int to) {
        return year + "-" + two(String.valueOf(from)) + ".." + year + "-" + two(String.valueOf(to));
    }

    private static String half(int year, String months) {
        String[] fromTo = months.split("\\.\\.");
        return year + "-" + fromTo[0] + ".." + year + "-" + fromTo[1];
    }

    private static String two(String digits) {
        return digits.length() == 1 ? "0" + digits : digits;
    }

    private static int endOfSentence(List<Span> sentences, int offset) {
        for (Span s : sentences) {
            if (offset < s.end()) {
                return s.end();
            }
        }
        return Integer.MAX_VALUE;
    }

    /** Without a published date, the latest year the text names that is not a target (到2020年). */
    static Integer inferredYear(String text) {
        Integer best = null;
        for (MatchResult m : EXPLICIT.findAll(text)) {
            String before = text.substring(Math.max(0, m.start() - 2), m.start());
            if (TARGET_BEFORE.matcher(before).find()) {
                continue;
            }
            int y = Integer.parseInt(m.group(1));
            best = best == null ? y : Math.max(best, y);
        }
        return best;
    }
}
