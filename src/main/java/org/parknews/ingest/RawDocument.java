package org.parknews.ingest;

import java.util.List;
import java.util.Map;

/**
 * One article as read from its source, decoded to text but not yet cleaned.
 *
 * @param hints header values the container already states (a JSON Lines row's title,
 *              published, author, source); the cleaner prefers them to what it parses
 * @param warnings problems met while reading that did not stop it
 */
public record RawDocument(String id, SourceInfo source, ContentType contentType, String text,
                          Map<String, String> hints, List<String> warnings) {

    public RawDocument {
        hints = Map.copyOf(hints);
        warnings = List.copyOf(warnings);
    }

    public String hint(String key) {
        return hints.get(key);
    }
}
