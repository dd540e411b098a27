package org.parknews.clean;

import java.util.List;

/** Header values read from one meta line (a byline, a date line, a 来源 line). */
public record HeaderFields(List<String> authors, String published, String origin) {
    public static final HeaderFields NONE = new HeaderFields(List.of(), null, null);

    public boolean isEmpty() {
        return authors.isEmpty() && published == null && origin == null;
    }
}
