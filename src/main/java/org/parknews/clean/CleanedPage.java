package org.parknews.clean;

import java.util.List;

/** What a page cleaner finds: header fields and the article's paragraphs, in order. */
public record CleanedPage(String title, List<String> authors, String published, String origin, String site,
                          List<String> paragraphs) {
    public CleanedPage {
        authors = List.copyOf(authors);
        paragraphs = List.copyOf(paragraphs);
    }
}
