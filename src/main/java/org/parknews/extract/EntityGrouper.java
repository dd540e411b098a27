package org.parknews.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parknews.clean.Span;

/**
 * Merges mentions into one entity per type and name: aliases link short forms to the full
 * name, a mention inside a longer mention of the same type is dropped, and titles are united.
 */
public final class EntityGrouper {

    public List<Entity> group(List<EntityMention> mentions) {
        List<EntityMention> kept = dropNested(mentions);
        // Once one mention files a name under a fuller one, every mention of that name goes there too.
        Map<String, String> fullerName = new HashMap<>();
        for (EntityMention m : kept) {
            if (m.canonical() != null && !m.canonical().equals(m.name())) {
                fullerName.putIfAbsent(m.type() + "\u0000" + m.name(), m.canonical());
            }
        }
        Map<String, List<EntityMention>> groups = new LinkedHashMap<>();
        for (EntityMention m : kept) {
            String name = m.canonical() != null ? m.canonical() : m.name();
            for (int hops = 0; hops < 8 && fullerName.containsKey(m.type() + "\u0000" + name); hops++) {
                name = fullerName.get(m.type() + "\u0000" + name);
            }
            String key = m.type() + "\u0000" + name;
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
        }
        List<Entity> entities = new ArrayList<>();
        for (Map.Entry<String, List<EntityMention>> entry : groups.entrySet()) {
            List<EntityMention> g = entry.getValue();
            EntityMention first = g.get(0);
            String name = entry.getKey().substring(entry.getKey().indexOf('\u0000') + 1);
            Set<String> aliases = new LinkedHashSet<>();
            Set<String> titles = new LinkedHashSet<>();
            Set<Span> spans = new LinkedHashSet<>();
            String org = null;
            String rule = null;
            for (EntityMention m : g) {
                if (!m.name().equals(name)) {
                    aliases.add(m.name());
                }
                titles.addAll(m.titles());
                if (org == null) {
                    org = m.org();
                }
                if (m.span() != null) {
                    spans.add(m.span());
                }
                if (rule == null && m.canonical() == null) {
                    rule = m.rule();
                }
            }
            List<Span> sorted = new ArrayList<>(spans);
            sorted.sort(Comparator.comparingInt(Span::start));
            entities.add(new Entity(first.type(), name, List.copyOf(aliases), List.copyOf(titles), org, sorted,
                    rule != null ? rule : first.rule()));
        }
        entities.sort(Comparator.comparing(Entity::type)
                .thenComparingInt(e -> e.mentions().isEmpty() ? -1 : e.mentions().get(0).start()));
        return entities;
    }

    private static List<EntityMention> dropNested(List<EntityMention> mentions) {
        List<EntityMention> out = new ArrayList<>();
        for (EntityMention m : mentions) {
            boolean nested = false;
            if (m.span() != null) {
                for (EntityMention other : mentions) {
                    if (other != m && other.type() == m.type() && other.span() != null
                            && other.span().start() <= m.span().start() && other.span().end() >= m.span().end()
                            && other.span().end() - other.span().start() > m.span().end() - m.span().start()) {
                        nested = true;
                        break;
                    }
                }
            }
            if (!nested) {
                out.add(m);
            }
        }
        return out;
    }
}
