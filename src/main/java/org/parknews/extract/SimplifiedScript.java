package org.parknews.extract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.parknews.clean.MatchText;
import org.parknews.clean.Span;

/**
 * Gives what the extractors found in simplified script, so an article in traditional
 * characters yields the same entities and facts as its simplified version: names, titles,
 * organisations, metrics and subjects are simplified, and each traditional form a mention
 * writes in the body is kept as an alias. A fact's text stays as written: it is a body span.
 */
final class SimplifiedScript {
    private SimplifiedScript() {
    }

    static Extraction apply(Extraction x, String body) {
        List<Entity> entities = x.entities().stream().map(e -> entity(e, body)).toList();
        List<Fact> facts = x.facts().stream().map(SimplifiedScript::fact).toList();
        return new Extraction(entities, facts);
    }

    private static Fact fact(Fact f) {
        String metric = simplified(f.metric());
        String subject = simplified(f.subject());
        if (Objects.equals(metric, f.metric()) && Objects.equals(subject, f.subject())) {
            return f;
        }
        return new Fact(f.text(), f.value(), f.valueMax(), f.unit(), metric, f.qualifier(), f.period(), subject,
                f.span(), f.sentence(), f.rule());
    }

    private static Entity entity(Entity e, String body) {
        if (isSimplifiedAlready(e, body)) {
            return e; // what the rebuild below would give back, in nearly every article
        }
        String name = MatchText.simplified(e.name());
        Set<String> aliases = new LinkedHashSet<>();
        for (String a : e.aliases()) {
            aliases.add(MatchText.simplified(a));
        }
        for (Span m : e.mentions()) {
            if (!MatchText.isSimplified(body, m.start(), m.end())) {
                aliases.add(m.of(body));
            }
        }
        aliases.remove(name);
        if (name.equals(e.name()) && List.copyOf(aliases).equals(e.aliases()) && e.org() == null
                && e.titles().stream().allMatch(t -> t.equals(MatchText.simplified(t)))) {
            return e;
        }
        return new Entity(e.type(), name, List.copyOf(aliases),
                e.titles().stream().map(MatchText::simplified).distinct().toList(), simplified(e.org()), e.mentions(),
                e.rule());
    }

    /**
     * True when {@link #entity} has nothing to change: name, aliases and titles simplified, no
     * mention written in traditional script, the aliases distinct and without the name, and no
     * organisation (which entity() always rebuilds).
     */
    private static boolean isSimplifiedAlready(Entity e, String body) {
        String name = e.name();
        if (e.org() != null || !MatchText.isSimplified(name, 0, name.length())) {
            return false;
        }
        List<String> aliases = e.aliases();
        for (int i = 0; i < aliases.size(); i++) {
            String a = aliases.get(i);
            if (!MatchText.isSimplified(a, 0, a.length()) || a.equals(name) || aliases.subList(0, i).contains(a)) {
                return false;
            }
        }
        for (String t : e.titles()) {
            if (!MatchText.isSimplified(t, 0, t.length())) {
                return false;
            }
        }
        for (Span m : e.mentions()) {
            if (!MatchText.isSimplified(body, m.start(), m.end())) {
                return false;
            }
        }
        return true;
    }

    private static String simplified(String s) {
        return s == null ? null : MatchText.simplified(s);
    }
}
