package org.parknews.extract;

import java.util.List;
import org.parknews.clean.Span;

/** One distinct entity of an article with every span that names it; {@code rule} is its first mention's rule. */
public record Entity(EntityType type, String name, List<String> aliases, List<String> titles, String org,
                     List<Span> mentions, String rule) {
    public Entity {
        aliases = List.copyOf(aliases);
        titles = List.copyOf(titles);
        mentions = List.copyOf(mentions);
    }
}
