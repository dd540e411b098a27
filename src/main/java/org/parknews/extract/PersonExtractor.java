package org.parknews.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parknews.clean.MatchText;
import org.parknews.clean.Span;
import org.parknews.rules.Lexicon;
import org.parknews.rules.RuleSet;
import org.parknews.text.Token;

/**
 * People: names right after a title from titles.txt (rule {@code person.title-before-name}),
 * academic titles right after a name ({@code person.name-before-title}),
 * HanLP person tokens confirmed by their context — a speech verb or 先生/女士 after them, a
 * title right after them, or a second mention of a three-character name
 * ({@code person.confirmed-token}) — the article's byline authors ({@code person.byline}) and
 * well-known names from people.txt ({@code person.lexicon}); every later bare mention of a
 * found name is linked to it. A Chinese name must start with a surname from surnames.txt, must
 * not end in a title (任链长) and must not be a stoplisted common word.
 */
public final class PersonExtractor implements Extractor {
    /** Characters that can follow a name: speech verbs, prepositions, particles, punctuation. */
    private static final String NAME_END = "表说介提指在认强称为带的等和、，,。；;：:“”（(）)是也还与及就对将坦只已都曾向出透谈告宣致讲率";
    /** 刘总, 王某, 李女士: a surname with a form of address is not a full name. */
    private static final Set<String> ADDRESS_FORMS = Set.of("总", "某", "姓", "氏", "老", "女士", "先生", "老师", "师傅",
            "同志", "老板", "阿姨", "大爷", "大姐", "师");
    /** Titles that follow a name in running text (徐华强博士, 江英教授). */
    private static final Set<String> TITLES_AFTER_NAME = Set.of("博士", "教授", "副教授", "院士", "研究员", "工程师",
            "高级工程师", "总工程师");
    private static final Set<String> PERSON_POS = Set.of("nr", "nrf", "nr1", "nr2", "nrj");

    /** Words after a HanLP person token that confirm it names a person (person-verbs.txt). */
    private final Set<String> confirming;
    private final Lexicon<String> titles;
    private final Set<String> surnames;
    private final Set<String> stop;
    private final Lexicon<String> known;

    public PersonExtractor(RuleSet rules) {
        this.confirming = Set.copyOf(rules.file("person-verbs.txt").entries());
        this.titles = Lexicon.ofWords(rules.file("titles.txt").entries());
        this.surnames = new HashSet<>(rules.file("surnames.txt").entries());
        this.stop = new HashSet<>(rules.optionalFile("person-stop.txt").entries());
        this.known = Lexicon.ofWords(rules.optionalFile("people.txt").entries());
    }

    /**
     * Words whose presence in a sentence means a person may be named there: titles, known
     * people and confirming words. Only such sentences need HanLP's person-name recognition.
     */
    public static List<String> cueWords(RuleSet rules) {
        List<String> cues = new ArrayList<>(rules.file("titles.txt").entries());
        cues.addAll(rules.optionalFile("people.txt").entries());
        cues.addAll(rules.file("person-verbs.txt").entries());
        return cues;
    }

    @Override
    public void extract(AnalyzedArticle doc, Findings out) {
        String text = doc.matchText();
        Map<String, EntityMention> found = new LinkedHashMap<>();
        for (String byline : doc.article().authors()) {
            String author = MatchText.simplified(byline);
            found.putIfAbsent(author, EntityMention.of(EntityType.PERSON, author, null, "person.byline"));
        }
        List<EntityMention> titled = new ArrayList<>();
        List<Lexicon.Match<String>> titleMatches = titles.findLongest(text);
        for (Lexicon.Match<String> t : titleMatches) {
            // 记者 孙丽娟: bylines often put a space between the title and the name.
            int at = t.end();
            while (at < text.length() && at - t.end() < 2 && (text.charAt(at) == ' ' || text.charAt(at) == '\u3000')) {
                at++;
            }
            String name = nameAt(doc, at);
            if (name == null) {
                continue;
            }
            TitlePhrase phrase = TitlePhrase.before(doc, out, titles, t.start(), t.end());
            EntityMention m = new EntityMention(EntityType.PERSON, name, new Span(at, at + name.length()),
                    "person.title-before-name", null, phrase.titles(), phrase.org());
            found.merge(name, m, (a, b) -> a.span() == null ? b : a);
            titled.add(m);
        }
        for (Lexicon.Match<String> t : titleMatches) {
            EntityMention m = nameBefore(doc, out, t);
            if (m != null) {
                found.putIfAbsent(m.name(), m);
                titled.add(m);
            }
        }
        for (EntityMention m : confirmedTokens(doc)) {
            found.putIfAbsent(m.name(), m);
            titled.add(m);
        }
        for (Lexicon.Match<String> k : known.findLongest(text)) {
            if (doc.isWord(k.start(), k.end()) && endsName(doc, k.end())) {
                found.putIfAbsent(k.key(), EntityMention.of(EntityType.PERSON, k.key(), new Span(k.start(), k.end()),
                        "person.lexicon"));
            }
        }
        Set<Span> taken = new HashSet<>();
        for (EntityMention m : titled) {
            if (found.containsKey(m.name()) && taken.add(m.span())) {
                out.add(m);
            }
        }
        for (EntityMention person : found.values()) {
            if (person.span() == null) {
                out.add(person);
            } else if (taken.add(person.span())) {
                out.add(person);
            }
            addBareMentions(text, person, taken, out);
        }
    }

    /**
     * 上海药物研究所徐华强博士: an academic title after a name, where the name follows an
     * organisation, a park or company, or punctuation, and starts on a token boundary.
     */
    private EntityMention nameBefore(AnalyzedArticle doc, Findings found, Lexicon.Match<String> title) {
        if (!TITLES_AFTER_NAME.contains(title.key())) {
            return null;
        }
        String text = doc.matchText();
        for (int len = 3; len >= 2; len--) {
            int start = title.start() - len;
            if (start < 0) {
                continue;
            }
            String candidate = text.substring(start, title.start());
            int ti = doc.tokenAt(start);
            if (ti < 0 || doc.tokens().get(ti).start() != start || !isChineseName(candidate)) {
                continue;
            }
            if (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)) || followsOrganisation(doc, found, ti)) {
                return new EntityMention(EntityType.PERSON, candidate, new Span(start, title.start()),
                        "person.name-before-title", null, List.of(title.key()), null);
            }
        }
        return null;
    }

    private static boolean followsOrganisation(AnalyzedArticle doc, Findings found, int ti) {
        if (ti == 0) {
            return true;
        }
        Token before = doc.tokens().get(ti - 1);
        if (before.pos().equals("nis") || before.pos().startsWith("nt")) {
            return true;
        }
        return found.mentions().stream().anyMatch(m -> m.type() != EntityType.PERSON && m.span() != null
                && m.span().end() == before.end());
    }

    /** The name that starts right after a title, if the text there reads as one. */
    private String nameAt(AnalyzedArticle doc, int at) {
        String text = doc.matchText();
        int ti = doc.tokenAt(at);
        if (ti >= 0) {
            Token t = doc.tokens().get(ti);
            if (t.start() == at && t.pos().equals("nrf") && endsName(doc, t.end())) {
                return t.text();
            }
        }
        for (int len = 3; len >= 2; len--) {
            if (at + len > text.length()) {
                continue;
            }
            if (len == 2 && ti >= 0 && isWholePersonToken(doc, ti, at)) {
                return doc.tokens().get(ti).text();
            }
            String candidate = text.substring(at, at + len);
            // 江锐说: a third character that usually follows a name is not part of it.
            boolean lastEndsName = len == 3 && NAME_END.indexOf(candidate.charAt(2)) >= 0;
            if (!lastEndsName && isChineseName(candidate) && endsName(doc, at + len)) {
                return candidate;
            }
        }
        return null;
    }

    /**
     * 董事长谭毅深有感触: a HanLP person token is the whole name when no lone character follows it
     * (任链|长 in 常委任链长 is a verb and a title, not a name).
     */
    private boolean isWholePersonToken(AnalyzedArticle doc, int ti, int at) {
        List<Token> tokens = doc.tokens();
        Token t = tokens.get(ti);
        if (t.start() != at || !t.pos().startsWith("nr") || !isChineseName(t.text())) {
            return false;
        }
        if (ti + 1 >= tokens.size() || t.length() >= 3) {
            return true;
        }
        Token next = tokens.get(ti + 1);
        return next.length() > 1 || NAME_END.indexOf(next.text().charAt(0)) >= 0;
    }

    /** HanLP person tokens that a speech verb, 先生/女士, a following title or a repeat confirm. */
    private List<EntityMention> confirmedTokens(AnalyzedArticle doc) {
        String text = doc.matchText();
        List<Token> tokens = doc.tokens();
        List<EntityMention> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            // Every person tag starts with nr: most tokens are passed over without a set lookup.
            if (!t.pos().startsWith("nr") || !PERSON_POS.contains(t.pos())) {
                continue;
            }
            String name = t.text();
            int end = t.end();
            if (!t.pos().equals("nrf") && name.length() == 2 && i + 2 < tokens.size()
                    && tokens.get(i + 1).length() == 1 && isChineseName(name + tokens.get(i + 1).text())
                    && confirming.contains(tokens.get(i + 2).text())) {
                name = name + tokens.get(i + 1).text();
                end = tokens.get(i + 1).end();
            }
            boolean valid = t.pos().equals("nrf") ? name.length() >= 2 && !stop.contains(name) : isChineseName(name);
            if (!valid) {
                continue;
            }
            int next = doc.tokenAt(end);
            boolean confirmed = next >= 0 && confirming.contains(tokens.get(next).text());
            List<String> after = List.of();
            if (!confirmed) {
                Lexicon.Match<String> title = titleAt(text, end);
                if (title != null) {
                    confirmed = true;
                    after = List.of(title.key());
                }
            }
            if (!confirmed && name.length() == 3) {
                int first = text.indexOf(name);
                confirmed = text.indexOf(name, first + 3) >= 0;
            }
            if (confirmed) {
                out.add(new EntityMention(EntityType.PERSON, name, new Span(t.start(), end), "person.confirmed-token",
                        null, after, null));
            }
        }
        return out;
    }

    /** The longest title starting at {@code at}, within the next eight characters; null if none. */
    private Lexicon.Match<String> titleAt(String text, int at) {
        return titles.longestAt(text, at, Math.min(text.length(), at + 8));
    }

    private boolean endsName(AnalyzedArticle doc, int at) {
        String text = doc.matchText();
        if (at >= text.length() || NAME_END.indexOf(text.charAt(at)) >= 0 || Character.isWhitespace(text.charAt(at))) {
            return true;
        }
        // 江英教授: a title may follow the name, but 委员 in 顾问委员会 is not one.
        Lexicon.Match<String> title = titleAt(text, at);
        int after = title == null ? -1 : title.end();
        return title != null && (after >= text.length() || NAME_END.indexOf(text.charAt(after)) >= 0);
    }

    /** Two to four Han characters opening with a known surname, not a common word, not ending in a title. */
    private boolean isChineseName(String name) {
        if (name.length() < 2 || name.length() > 4 || stop.contains(name)
                || !name.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            return false;
        }
        if (!(surnames.contains(name.substring(0, 1)) || (name.length() >= 3 && surnames.contains(name.substring(0, 2))))) {
            return false;
        }
        if (ADDRESS_FORMS.contains(name.substring(1)) || (name.length() > 2 && ADDRESS_FORMS.contains(name.substring(2)))) {
            return false;
        }
        return titles.longestEndingAt(name, 0, name.length()) == null;
    }

    private static void addBareMentions(String text, EntityMention person, Set<Span> taken, Findings out) {
        int from = 0;
        int at;
        while ((at = text.indexOf(person.name(), from)) >= 0) {
            Span s = new Span(at, at + person.name().length());
            if (taken.add(s)) {
                out.add(new EntityMention(EntityType.PERSON, person.name(), s, person.rule(), null, List.of(), null));
            }
            from = s.end();
        }
    }
}
