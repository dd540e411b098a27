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
 * Parks: well-known names from parks.txt (rule {@code park.lexicon}), and a place or proper
 * name followed by a park head word from park-suffixes.txt (rule {@code park.suffix}).
 */
public final class ParkExtractor implements Extractor {
    private static final int MAX_PREFIX = 12;

    private final Lexicon<String> known;
    private final Lexicon<String> suffixes;
    private final Set<String> stop;

    public ParkExtractor(RuleSet rules) {
        Map<String, String> names = new HashMap<>();
        for (SeedLine line : rules.file("parks.txt").lines()) {
            String name = line.required(0, "park name");
            names.putIfAbsent(name, name);
            for (String alias : line.column(1).split("\\|")) {
                if (!alias.isBlank()) {
                    names.putIfAbsent(alias.strip(), name);
                }
            }
        }
        this.known = new Lexicon<>(names);
        this.suffixes = Lexicon.ofWords(rules.file("park-suffixes.txt").entries());
        this.stop = new HashSet<>(rules.optionalFile("park-stop.txt").entries());
    }

    @Override
    public void extract(AnalyzedArticle doc, Findings out) {
        String text = doc.matchText();
        String body = doc.body();
        for (Lexicon.Match<String> m : known.findLongest(text)) {
            if (stop.contains(m.key())) {
                continue;
            }
            EntityMention mention = EntityMention.of(EntityType.PARK, body.substring(m.start(), m.end()),
                    new Span(m.start(), m.end()), "park.lexicon");
            out.add(m.value().equals(m.key()) ? mention : mention.asAliasOf(m.value()));
        }
        for (Lexicon.Match<String> m : suffixes.findLongest(text)) {
            int left = NameBoundary.leftOf(doc, m.start(), MAX_PREFIX, false);
            if (left == m.start()) {
                continue;
            }
            String name = body.substring(left, m.end());
            if (stop.contains(name) || suffixes.contains(name)) {
                continue;
            }
            out.add(EntityMention.of(EntityType.PARK, name, new Span(left, m.end()), "park.suffix"));
        }
    }
}
