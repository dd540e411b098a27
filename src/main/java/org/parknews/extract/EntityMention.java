package org.parknews.extract;

import java.util.List;
import org.parknews.clean.Span;

/**
 * One place an extractor found an entity named.
 *
 * @param canonical the entity's fullest name when this mention is a shorter form of it (an
 *                  alias), else null
 * @param titles    positions the mention's context gives a person; empty for other types
 * @param org       the organisation a person's title belongs to, or null
 */
public record EntityMention(EntityType type, String name, Span span, String rule, String canonical,
                            List<String> titles, String org) {
    public EntityMention {
        titles = List.copyOf(titles);
    }

    public static EntityMention of(EntityType type, String name, Span span, String rule) {
        return new EntityMention(type, name, span, rule, null, List.of(), null);
    }

    public EntityMention asAliasOf(String fullName) {
        return new EntityMention(type, name, span, rule, fullName, titles, org);
    }
}
