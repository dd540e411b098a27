package org.parknews.clean;

import java.util.List;

/** Header values read from one meta line (a byline, a date line, a 来源 line) or gathered from several. */
public record HeaderFields(List<String> authors, String published, String origin) {
    public HeaderFields {
        authors = List.copyOf(authors);
    }
}
