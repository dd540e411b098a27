package org.parknews.extract;

import org.parknews.clean.MatchText;

import java.util.ArrayList;
import java.util.List;
import org.parknews.rules.Lexicon;
import org.parknews.text.Token;

/**
 * The positions and organisation a title phrase before a name gives a person:
 * 湘潭高新区党工委书记 → [党工委书记], org 湘潭高新区; 株洲高新区党工委、天元区委书记 →
 * [党工委书记, 天元区委书记], org 株洲高新区 (units joined by 、 share the last title's head);
 * 中国科学院院士 → [院士], org 中国科学院.
 */
record TitlePhrase(List<String> titles, String org) {
    /** The most characters between an organisation and the title it holds (党工委, 管委会). */
    private static final int MAX_UNIT = 4;
    /** First characters of the posts of a place's own government or party committee (区委书记, 市长). */
    private static final String PLACE_POSTS = "区市县省州镇乡";
    /** Endings of research and academic institutions, which can hold a title (中国工程院院士). */
    private static final List<String> INSTITUTION_ENDS = List.of("院", "所", "大学", "学院");

    static TitlePhrase before(AnalyzedArticle doc, Findings found, Lexicon<String> titleWords, int titleStart, int titleEnd) {
        String text = doc.matchText();
        int start = withPlacePrefix(doc, found, titleStart);
        String title = text.substring(start, titleEnd);
        List<String> titles = new ArrayList<>();
        titles.add(title);
        int phraseStart = start;
        if (start > 1 && text.charAt(start - 1) == '、') {
            int unitEnd = start - 1;
            Lexicon.Match<String> own = titleEndingAt(titleWords, text, unitEnd);
            if (own != null) {
                // 高新区党工委副书记、管委会主任: two posts, each a title of its own.
                int ownStart = withPlacePrefix(doc, found, unitEnd - own.key().length());
                titles.add(0, text.substring(ownStart, unitEnd));
                phraseStart = ownStart;
            } else {
                // 党工委、天元区委书记: a unit sharing the head of the title after it.
                int unitStart = unitEnd;
                while (unitStart > 0 && unitEnd - unitStart < MAX_UNIT && isHan(text.charAt(unitStart - 1))
                        && orgEndingAt(doc, found, unitStart) == null) {
                    unitStart--;
                }
                String joined = text.substring(unitStart, unitEnd) + head(titleWords, title);
                if (unitStart < unitEnd && titleWords.contains(joined)) {
                    titles.add(0, joined);
                    phraseStart = unitStart;
                }
            }
        }
        Org org = null;
        for (int gap = 0; gap <= MAX_UNIT && phraseStart - gap > 0 && org == null; gap++) {
            if (gap > 0 && !isHan(text.charAt(phraseStart - gap))) {
                break;
            }
            org = orgEndingAt(doc, found, phraseStart - gap);
        }
        if (org != null && org.start() > 1 && text.charAt(org.start() - 1) == '、') {
            // 宁乡市委副书记、宁乡经开区党工委书记: a post listed before the organisation's own.
            int before = org.start() - 1;
            Lexicon.Match<String> other = titleEndingAt(titleWords, text, before);
            if (other != null) {
                titles.add(0, text.substring(withPlacePrefix(doc, found, before - other.key().length()), before));
            }
        }
        return new TitlePhrase(titles, org == null ? null : org.name());
    }

    /** 天元区委书记: a place name right before the title is part of it, unless it is a park or company. */
    private static int withPlacePrefix(AnalyzedArticle doc, Findings found, int titleStart) {
        int ti = doc.tokenAt(titleStart - 1);
        if (ti < 0 || titleStart == 0) {
            return titleStart;
        }
        Token t = doc.tokens().get(ti);
        boolean place = t.pos().equals("ns") || t.pos().equals("nz");
        // Only a place's own posts take its name: 天元区委书记, 岳麓区委书记 (the token may hold the 区).
        boolean placeTitle = PLACE_POSTS.indexOf(doc.matchText().charAt(titleStart)) >= 0 || t.end() > titleStart;
        return place && placeTitle && t.start() < titleStart && orgEndingAt(doc, found, titleStart) == null
                ? t.start() : titleStart;
    }

    /** The park, company or organisation token that ends exactly at {@code end}, or null. */
    private static Org orgEndingAt(AnalyzedArticle doc, Findings found, int end) {
        for (EntityMention m : found.mentions()) {
            if (m.span() != null && m.type() != EntityType.PERSON && m.span().end() == end) {
                return new Org(m.canonical() != null ? m.canonical() : m.name(), m.span().start());
            }
        }
        int ti = end > 0 ? doc.tokenAt(end - 1) : -1;
        if (ti < 0 || doc.tokens().get(ti).end() != end) {
            return null;
        }
        Token t = doc.tokens().get(ti);
        if (t.pos().startsWith("nt")) {
            return new Org(MatchText.simplified(doc.body().substring(t.start(), t.end())), t.start());
        }
        boolean institution = t.pos().equals("nis") && INSTITUTION_ENDS.stream().anyMatch(t.text()::endsWith);
        int start = t.start();
        for (int i = ti - 1; institution && i >= 0; i--) {
            Token before = doc.tokens().get(i);
            if (before.end() != start || !(before.pos().equals("ns") || before.pos().startsWith("nt"))) {
                break;
            }
            start = before.start();
        }
        return institution && start < t.start() ? new Org(MatchText.simplified(doc.body().substring(start, end)), start) : null;
    }

    /** The longest title that ends exactly at {@code end}, or null. */
    private static Lexicon.Match<String> titleEndingAt(Lexicon<String> titleWords, String text, int end) {
        return titleWords.longestEndingAt(text, end - 8, end);
    }

    /** The shortest title the phrase ends with: 区委书记 → 书记. */
    private static String head(Lexicon<String> titleWords, String title) {
        for (int i = title.length() - 1; i >= 0; i--) {
            if (titleWords.contains(title.substring(i))) {
                return title.substring(i);
            }
        }
        return title;
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** An organisation named before a title, with where its name starts. */
    private record Org(String name, int start) {
    }
}
