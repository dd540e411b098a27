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

    private static String simplified(String s) {
        return s == null ? null : MatchText.simplified(s);
    }
}
