package org.parknews.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.parknews.clean.Span;
import org.parknews.rules.Lexicon;
import org.parknews.rules.RuleSet;
import org.parknews.rules.SeedLine;

/**
 * Companies: a name ending in a legal form from company-suffixes.txt (rule
 * {@code company.legal-suffix}) and well-known names from companies.txt (rule
 * {@code company.lexicon}), short names linked to their full name.
 */
public final class CompanyExtractor implements Extractor {
    private static final int MAX_PREFIX = 16;

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
        String body = doc.body();
        Set<String> fullNamesSeen = new HashSet<>();
        for (Lexicon.Match<String> m : suffixes.findLongest(text)) {
            int left = NameBoundary.leftOf(doc, m.start(), MAX_PREFIX, true);
            if (left == m.start()) {
                continue;
            }
            String name = body.substring(left, m.end());
            if (stop.contains(name)) {
                continue;
            }
            fullNamesSeen.add(name);
            out.add(EntityMention.of(EntityType.COMPANY, name, new Span(left, m.end()), "company.legal-suffix"));
        }
        for (Lexicon.Match<String> m : known.findLongest(text)) {
            String name = body.substring(m.start(), m.end());
            EntityMention mention = EntityMention.of(EntityType.COMPANY, name, new Span(m.start(), m.end()), "company.lexicon");
            // A short name is linked to its full name only when the article also gives the full name.
            out.add(!m.value().equals(name) && fullNamesSeen.contains(m.value()) ? mention.asAliasOf(m.value()) : mention);
        }
    }
}
