package org.parknews.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
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
        Map<Key, String> fullerName = new HashMap<>();
        for (EntityMention m : kept) {
            if (m.canonical() != null && !m.canonical().equals(m.name())) {
                fullerName.putIfAbsent(new Key(m.type(), m.name()), m.canonical());
            }
        }
        Map<Key, List<EntityMention>> groups = new LinkedHashMap<>();
        for (EntityMention m : kept) {
            Key key = new Key(m.type(), m.canonical() != null ? m.canonical() : m.name());
            for (int hops = 0; hops < 8 && fullerName.containsKey(key); hops++) {
                key = new Key(m.type(), fullerName.get(key));
            }
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
        }
        List<Entity> entities = new ArrayList<>();
        for (Map.Entry<Key, List<EntityMention>> entry : groups.entrySet()) {
            List<EntityMention> g = entry.getValue();
            EntityMention first = g.get(0);
            String name = entry.getKey().name();
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

    /**
     * Drops each mention that lies inside a longer mention of the same type. Sorted by type,
     * start and longest first, a span lies inside a longer one exactly when an earlier, different
     * span of its type reaches as far: one sweep instead of comparing every pair.
     */
    private static List<EntityMention> dropNested(List<EntityMention> mentions) {
        List<EntityMention> located = new ArrayList<>();
        for (EntityMention m : mentions) {
            if (m.span() != null) {
                located.add(m);
            }
        }
        located.sort(Comparator.comparing(EntityMention::type).thenComparingInt((EntityMention m) -> m.span().start())
                .thenComparingInt(m -> -m.span().end()));
        Set<Placed> inside = new HashSet<>();
        Placed previous = null;
        int reach = -1;
        for (EntityMention m : located) {
            Placed here = new Placed(m.type(), m.span());
            if (previous == null || previous.type() != here.type()) {
                reach = -1;
            } else if (here.equals(previous)) {
                continue;
            }
            if (reach >= here.span().end()) {
                inside.add(here);
            }
            reach = Math.max(reach, here.span().end());
            previous = here;
        }
        List<EntityMention> out = new ArrayList<>();
        for (EntityMention m : mentions) {
            if (m.span() == null || !inside.contains(new Placed(m.type(), m.span()))) {
                out.add(m);
            }
        }
        return out;
    }

    /** Where a mention of a type lies; mentions placed alike are nested alike. */
    private record Placed(EntityType type, Span span) {
    }

    /** An entity's identity while grouping: its type and the name mentions are filed under. */
    private record Key(EntityType type, String name) {
    }
}
