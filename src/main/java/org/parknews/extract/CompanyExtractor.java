package org.parknews.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parknews.clean.MatchText;
import org.parknews.clean.Span;
import org.parknews.rules.Lexicon;
import org.parknews.rules.RuleSet;
import org.parknews.rules.SeedLine;
import org.parknews.text.Token;

/**
 * Companies: a name ending in a legal form from company-suffixes.txt (rule
 * {@code company.legal-suffix}), well-known names from companies.txt ({@code company.lexicon}),
 * short names listed before a company count (湘电风能、湖南崇德2家企业;
 * {@code company.enumeration}), and short forms of a full name in the same article: the
 * "full name (简称 X)" pattern and the name without its place and legal form (湘潭金菱科技股份有限公司
 * → 金菱科技; {@code company.short-form}), all linked to the full name.
 */
public final class CompanyExtractor implements Extractor {
    private static final int MAX_PREFIX = 18;
    private static final int MAX_SHORT = 8;
    /** The short name given right after a full name: （以下简称“金菱科技”）. */
    private static final Pattern SHORT_NAME = Pattern.compile(
            "^[（(](?:以下)?(?:简称|下称)?[：:]?[“\"]?([\\p{IsHan}A-Za-z0-9]{2,8})[”\"]?[）)]");

    private final Lexicon<String> known;
    private final Lexicon<String> suffixes;
    private final Set<String> stop;

    public CompanyExtractor(RuleSet rules) {
        Map<String, String> names = new HashMap<>();
        for (SeedLine line : rules.file("companies.txt").lines()) {
            String name = line.required(0, "company name");
            String full = line.column(1);
            names.putIfAbsent(name, full.isEmpty() ? name : full);
        }
        this.known = new Lexicon<>(names);
        this.suffixes = Lexicon.ofWords(rules.file("company-suffixes.txt").entries());
        this.stop = new HashSet<>(rules.optionalFile("company-stop.txt").entries());
    }

    @Override
    public void extract(AnalyzedArticle doc, Findings out) {
        String text = doc.matchText();
        List<EntityMention> found = new ArrayList<>();
        AliasLinks links = new AliasLinks();
        Set<Span> enumerated = enumeratedNames(doc, out);
        for (Lexicon.Match<String> m : suffixes.findLongest(text)) {
            int raw = NameBoundary.leftOf(doc, m.start(), MAX_PREFIX, NameBoundary.Kind.COMPANY);
            int left = NameBoundary.trimLeadingVerbs(doc, raw, m.start());
            // 开山集团: a brand made of a verb is a name only when the article repeats it.
            boolean verbBrand = left >= m.start() && raw < m.start();
            if (verbBrand) {
                left = raw;
            }
            if (left >= m.start() || covered(found, left, m.end())) {
                continue;
            }
            String name = text.substring(left, m.end());
            if (stop.contains(name) || (verbBrand ? !repeated(text, name) : !confirmed(doc, left, m.start(), name, enumerated))) {
                continue;
            }
            found.add(mention(doc, left, m.end(), "company.legal-suffix"));
        }
        for (Lexicon.Match<String> m : known.findLongest(text)) {
            if (!covered(found, m.start(), m.end()) && doc.isWord(m.start(), m.end()) && !insidePark(out, m.start(), m.end())) {
                found.add(mention(doc, m.start(), m.end(), "company.lexicon"));
                links.link(m.key(), m.value());
            }
        }
        for (Span s : enumerated) {
            // 格力电器 in a list of firms is the name, not the 格力 the lexicon found inside it.
            found.removeIf(m -> m.rule().equals("company.lexicon") && s.start() <= m.span().start()
                    && m.span().end() <= s.end() && m.span().end() - m.span().start() < s.end() - s.start());
            if (!covered(found, s.start(), s.end()) && !stop.contains(text.substring(s.start(), s.end()))) {
                found.add(mention(doc, s.start(), s.end(), "company.enumeration"));
            }
        }
        found.addAll(shortForms(doc, found, links));
        linkLeadingParts(doc, found, links);
        for (EntityMention m : found) {
            String full = links.fullestIn(m.name(), text);
            out.add(full.equals(m.name()) ? m : m.asAliasOf(full));
        }
    }

    /** A legal-form name needs a proper-name part, or a second mention, or a place in a list of firms. */
    private boolean confirmed(AnalyzedArticle doc, int left, int headStart, String name, Set<Span> enumerated) {
        if (known.contains(name) || NameBoundary.hasAnchor(doc, left, headStart, NameBoundary.Kind.COMPANY, w -> false)) {
            return true;
        }
        return repeated(doc.matchText(), name) || enumerated.stream().anyMatch(s -> s.start() == left);
    }

    private static boolean repeated(String text, String name) {
        int first = text.indexOf(name);
        return first >= 0 && text.indexOf(name, first + name.length()) >= 0;
    }

    /** Short names in a list closed by a count of firms: each item back to 、 or the word before the list. */
    private Set<Span> enumeratedNames(AnalyzedArticle doc, Findings out) {
        String text = doc.matchText();
        Set<Span> names = new HashSet<>();
        for (FirmCounts.Count count : FirmCounts.in(text)) {
            int end = count.start();
            while (end > 0) {
                int left = NameBoundary.trimLeadingVerbs(doc,
                        NameBoundary.leftOf(doc, end, MAX_PREFIX, NameBoundary.Kind.COMPANY), end);
                if (left >= end || end - left > MAX_PREFIX) {
                    break;
                }
                if (end - left >= (count.bare() ? 3 : 2) && isShortName(doc, out, left, end)) {
                    names.add(new Span(left, end));
                }
                if (left == 0 || text.charAt(left - 1) != '、') {
                    break;
                }
                end = left - 1;
            }
        }
        return names;
    }

    private boolean isShortName(AnalyzedArticle doc, Findings out, int start, int end) {
        String text = doc.matchText();
        if (end - start < 2 || insidePark(out, start, end) || endsWithGenericWord(doc, end)) {
            return false;
        }
        if (known.contains(text.substring(start, end))) {
            return true;
        }
        return doc.tokensIn(new Span(start, end)).size() >= 2
                && NameBoundary.hasAnchor(doc, start, end, NameBoundary.Kind.COMPANY, w -> false);
    }

    /** 新能源产业、电子信息行业: a list of sectors, not of firms. */
    private static boolean endsWithGenericWord(AnalyzedArticle doc, int end) {
        int ti = doc.tokenAt(end - 1);
        if (ti < 0) {
            return true;
        }
        Token t = doc.tokens().get(ti);
        return t.pos().startsWith("v") || Set.of("产业", "行业", "领域", "项目", "企业", "园区", "基地", "平台").contains(t.text());
    }

    /**
     * Short forms of full names found in this article: the name given in brackets after it, and
     * the name without its leading place and trailing legal form when the article uses that.
     */
    private List<EntityMention> shortForms(AnalyzedArticle doc, List<EntityMention> found, AliasLinks links) {
        String text = doc.matchText();
        List<EntityMention> shorts = new ArrayList<>();
        for (EntityMention full : List.copyOf(found)) {
            if (!full.rule().equals("company.legal-suffix")) {
                continue;
            }
            // The region's start is where ^ anchors: no copy of the rest of the text per name.
            Matcher m = SHORT_NAME.matcher(text).region(full.span().end(), text.length());
            Set<String> forms = new HashSet<>();
            if (m.find() && isAbbreviationOf(m.group(1), full.name())) {
                forms.add(m.group(1));
            }
            Span core = core(doc, full);
            if (core.end() - core.start() >= 3 && core.end() - core.start() <= MAX_SHORT
                    && NameBoundary.hasAnchor(doc, core.start(), core.end(), NameBoundary.Kind.COMPANY, w -> false)) {
                forms.add(text.substring(core.start(), core.end()));
            }
            for (String form : forms) {
                links.link(form, full.name());
                int at = 0;
                while ((at = text.indexOf(form, at)) >= 0) {
                    int end = at + form.length();
                    if (!covered(found, at, end) && !covered(shorts, at, end) && doc.isWord(at, end)) {
                        shorts.add(mention(doc, at, end, "company.short-form"));
                    }
                    at = end;
                }
            }
        }
        return shorts;
    }

    /** An abbreviation is built from the full name's own characters (中国工商银行 → 工行). */
    private static boolean isAbbreviationOf(String form, String full) {
        return form.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                && form.codePoints().allMatch(c -> full.indexOf(c) >= 0) && !form.equals(full);
    }

    /**
     * 五新隧道 ↔ 湖南五新隧道智能装备股份有限公司: a short name found on its own that opens the
     * full name, or opens it once the place is dropped, is that company's short form.
     */
    private void linkLeadingParts(AnalyzedArticle doc, List<EntityMention> found, AliasLinks links) {
        for (EntityMention full : found) {
            if (!full.rule().equals("company.legal-suffix")) {
                continue;
            }
            Span core = core(doc, full);
            String coreText = doc.matchText().substring(core.start(), core.end());
            for (EntityMention shorter : found) {
                String name = shorter.name();
                if (!shorter.rule().equals("company.legal-suffix") && name.length() >= 3
                        && name.length() < full.name().length()
                        && (coreText.startsWith(name) || full.name().startsWith(name))) {
                    links.link(name, full.name());
                }
            }
        }
    }

    /** 湘潭金菱科技股份有限公司 → 金菱科技: the name less a leading place token and its legal form. */
    private Span core(AnalyzedArticle doc, EntityMention full) {
        String text = doc.matchText();
        int start = full.span().start();
        int end = full.span().end();
        Lexicon.Match<String> legalForm = suffixes.longestEndingAt(text, start, end);
        if (legalForm != null) {
            end = legalForm.start();
        }
        int ti = doc.tokenAt(start);
        if (ti >= 0 && doc.tokens().get(ti).pos().equals("ns") && doc.tokens().get(ti).end() < end) {
            start = doc.tokens().get(ti).end();
        }
        return new Span(start, Math.max(start, end));
    }

    private static boolean insidePark(Findings out, int start, int end) {
        for (EntityMention m : out.mentions()) {
            if (m.type() == EntityType.PARK && m.span() != null && m.span().start() <= start && m.span().end() >= end) {
                return true;
            }
        }
        return false;
    }

    private static boolean covered(List<EntityMention> found, int start, int end) {
        for (EntityMention m : found) {
            if (m.span().start() < end && start < m.span().end()) {
                return true;
            }
        }
        return false;
    }

    private static EntityMention mention(AnalyzedArticle doc, int start, int end, String rule) {
        return EntityMention.of(EntityType.COMPANY, MatchText.simplified(doc.body().substring(start, end)), new Span(start, end), rule);
    }
}
