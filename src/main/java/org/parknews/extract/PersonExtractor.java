package org.parknews.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parknews.clean.Span;
import org.parknews.rules.Lexicon;
import org.parknews.rules.RuleSet;
import org.parknews.text.Token;

/**
 * People: names right after a title from titles.txt (rule {@code person.title-before-name}),
 * the article's byline authors ({@code person.byline}) and well-known names from people.txt
 * ({@code person.lexicon}); every later bare mention of a found name is linked to it. A name
 * must start with a surname from surnames.txt and not be a stoplisted common word.
 */
public final class PersonExtractor implements Extractor {
    private static final String NAME_END = "表说介提指在认强称为带的等和、，,。；;：:“”（(）)是也还与及就对将坦";

    private final Lexicon<String> titles;
    private final Set<String> surnames;
    private final Set<String> stop;
    private final Lexicon<String> known;

    public PersonExtractor(RuleSet rules) {
        this.titles = Lexicon.ofWords(rules.file("titles.txt").entries());
        this.surnames = new HashSet<>(rules.file("surnames.txt").entries());
        this.stop = new HashSet<>(rules.optionalFile("person-stop.txt").entries());
        this.known = Lexicon.ofWords(rules.optionalFile("people.txt").entries());
    }

    @Override
    public void extract(AnalyzedArticle doc, Findings out) {
        String text = doc.matchText();
        Map<String, EntityMention> found = new LinkedHashMap<>();
        for (String author : doc.article().authors()) {
            found.putIfAbsent(author, EntityMention.of(EntityType.PERSON, author, null, "person.byline"));
        }
        for (Lexicon.Match<String> t : titles.findLongest(text)) {
            String name = nameAt(doc, t.end());
            if (name == null) {
                continue;
            }
            Span span = new Span(t.end(), t.end() + name.length());
            EntityMention m = new EntityMention(EntityType.PERSON, name, span, "person.title-before-name", null,
                    List.of(t.key()), orgBefore(out, t.start()));
            found.merge(name, m, (a, b) -> a.span() == null ? b : a);
            out.add(m);
        }
        for (Lexicon.Match<String> k : known.findLongest(text)) {
            found.putIfAbsent(k.key(), EntityMention.of(EntityType.PERSON, k.key(), new Span(k.start(), k.end()), "person.lexicon"));
        }
        for (EntityMention person : found.values()) {
            if (person.span() == null) {
                out.add(person);
            }
            addBareMentions(text, person, out);
        }
    }

    private String nameAt(AnalyzedArticle doc, int at) {
        String text = doc.matchText();
        int ti = doc.tokenAt(at);
        if (ti >= 0) {
            Token t = doc.tokens().get(ti);
            if (t.start() == at && t.pos().startsWith("nr") && t.text().length() >= 2 && t.text().length() <= 4
                    && hasSurname(t.text()) && !stop.contains(t.text())) {
                return t.text();
            }
        }
        for (int len = 3; len >= 2; len--) {
            if (at + len > text.length()) {
                continue;
            }
            String candidate = text.substring(at, at + len);
            boolean allHan = candidate.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
            char next = at + len < text.length() ? text.charAt(at + len) : '。';
            if (allHan && hasSurname(candidate) && NAME_END.indexOf(next) >= 0 && !stop.contains(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private boolean hasSurname(String name) {
        return surnames.contains(name.substring(0, 1)) || (name.length() >= 3 && surnames.contains(name.substring(0, 2)));
    }

    /** The park or company named right before a title is the organisation the title belongs to. */
    private static String orgBefore(Findings out, int titleStart) {
        String org = null;
        for (EntityMention m : out.mentions()) {
            if (m.span() != null && m.type() != EntityType.PERSON && m.span().end() <= titleStart
                    && titleStart - m.span().end() <= 4) {
                org = m.canonical() != null ? m.canonical() : m.name();
            }
        }
        return org;
    }

    private static void addBareMentions(String text, EntityMention person, Findings out) {
        List<Span> spans = new ArrayList<>();
        int from = 0;
        int at;
        while ((at = text.indexOf(person.name(), from)) >= 0) {
            spans.add(new Span(at, at + person.name().length()));
            from = at + person.name().length();
        }
        for (Span s : spans) {
            if (person.span() == null || !s.equals(person.span())) {
                out.add(new EntityMention(EntityType.PERSON, person.name(), s, person.rule(), null, List.of(), null));
            }
        }
    }
}
