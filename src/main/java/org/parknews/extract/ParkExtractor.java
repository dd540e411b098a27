package org.parknews.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.parknews.clean.MatchText;
import org.parknews.clean.Span;
import org.parknews.rules.Lexicon;
import org.parknews.rules.RuleSet;
import org.parknews.rules.SeedLine;

/**
 * Parks: well-known names from parks.txt (rule {@code park.lexicon}), and a place or proper
 * name followed by a park head word from park-suffixes.txt (rule {@code park.suffix}). A
 * shorter form is linked to the fullest form of the same park the article uses: a lexicon
 * alias to its full name, 湘潭高新区 to 湘潭高新技术产业开发区 through the suffix table.
 */
public final class ParkExtractor implements Extractor {
    private static final int MAX_PREFIX = 14;
    /** A rank inside a full name (常州国家高新技术产业开发区) that its short form drops (常州高新区). */
    private static final Pattern RANK = Pattern.compile("国家级|国家|省级");

    private final Lexicon<String> known;
    private final Lexicon<String> suffixes;
    private final Set<String> stop;
    private final Set<String> genericPrefixes;
    private final Set<String> provincialHeads;

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
        Map<String, String> heads = new HashMap<>();
        Set<String> provincial = new HashSet<>();
        for (SeedLine line : rules.file("park-suffixes.txt").lines()) {
            String suffix = line.required(0, "park suffix");
            heads.put(suffix, line.column(1).isBlank() ? suffix : line.column(1).strip());
            if (line.column(2).strip().equals("province")) {
                provincial.add(suffix);
            }
        }
        this.provincialHeads = Set.copyOf(provincial);
        this.suffixes = new Lexicon<>(heads);
        this.stop = new HashSet<>(rules.optionalFile("park-stop.txt").entries());
        this.genericPrefixes = new HashSet<>(rules.optionalFile("park-generic-prefixes.txt").entries());
    }

    @Override
    public void extract(AnalyzedArticle doc, Findings out) {
        String text = doc.matchText();
        String body = doc.body();
        List<EntityMention> found = new ArrayList<>();
        AliasLinks links = new AliasLinks();
        for (Lexicon.Match<String> m : known.findLongest(text)) {
            if (stop.contains(m.key()) || !doc.isWord(m.start(), m.end())) {
                continue;
            }
            found.add(EntityMention.of(EntityType.PARK, MatchText.simplified(body.substring(m.start(), m.end())), new Span(m.start(), m.end()),
                    "park.lexicon"));
            links.link(m.key(), m.value());
        }
        for (Lexicon.Match<String> m : suffixes.findLongest(text)) {
            int left = NameBoundary.leftOf(doc, m.start(), MAX_PREFIX, NameBoundary.Kind.PARK);
            if (left == m.start() || coveredBy(found, left, m.end())) {
                continue;
            }
            String name = MatchText.simplified(body.substring(left, m.end()));
            String prefix = text.substring(left, m.start());
            if (stop.contains(name) || suffixes.contains(name) || (genericPrefixes.contains(prefix) && !provincialHeads.contains(m.key()))
                    || !NameBoundary.hasAnchor(doc, left, m.start(), NameBoundary.Kind.PARK, suffixes::contains)) {
                continue;
            }
            found.add(EntityMention.of(EntityType.PARK, name, new Span(left, m.end()), "park.suffix"));
            String place = RANK.matcher(prefix).replaceAll("");
            links.link(place + m.value(), name);
            if (!place.equals(prefix)) {
                links.link(place + m.key(), name);
            }
        }
        for (EntityMention m : found) {
            String full = links.fullestIn(m.name(), text);
            out.add(full.equals(m.name()) ? m : m.asAliasOf(full));
        }
    }

    private static boolean coveredBy(List<EntityMention> found, int start, int end) {
        for (EntityMention m : found) {
            if (m.span().start() <= start && m.span().end() >= end) {
                return true;
            }
        }
        return false;
    }
}
