package org.parknews.extract;

import java.util.List;

/** What the extract stage produced for one article. */
public record Extraction(List<Entity> entities, List<Fact> facts) {
}
