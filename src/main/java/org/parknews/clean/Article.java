package org.parknews.clean;

import java.util.List;
import org.parknews.ingest.SourceInfo;

/**
 * A cleaned article: header fields, the body text, and the body's sentences.
 *
 * @param published ISO date {@code YYYY-MM-DD}, or null
 * @param sentences spans into {@code body}, in order, covering every sentence
 */
public record Article(String id, SourceInfo source, String title, List<String> authors, String published,
                      String origin, String site, String body, List<Span> sentences, List<String> warnings) {
    public Article {
        authors = List.copyOf(authors);
        sentences = List.copyOf(sentences);
        warnings = List.copyOf(warnings);
    }

    /** The index of the sentence holding {@code offset}, or the last one. */
    public int sentenceIndexAt(int offset) {
        for (int i = 0; i < sentences.size(); i++) {
            if (offset < sentences.get(i).end()) {
                return i;
            }
        }
        return Math.max(0, sentences.size() - 1);
    }
}
