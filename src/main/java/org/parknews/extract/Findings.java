package org.parknews.extract;

import java.util.ArrayList;
import java.util.List;

/** Collects what the extractors find in one article; not shared between articles. */
public final class Findings {
    private final List<EntityMention> mentions = new ArrayList<>();
    private final List<Fact> facts = new ArrayList<>();

    public void add(EntityMention mention) {
        mentions.add(mention);
    }

    public void add(Fact fact) {
        facts.add(fact);
    }

    public List<EntityMention> mentions() {
        return mentions;
    }

    public List<Fact> facts() {
        return facts;
    }
}
