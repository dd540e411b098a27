package org.parknews.eval;

import java.util.List;
import org.parknews.record.Record;

/**
 * One miss or false hit for the report: what kind of item, what was expected or found, the
 * rule that produced it (false hits only), the sentence it stands in, and where it stands.
 *
 * @param kind  a header field, an entity type, or "fact"
 * @param spans code-point spans in the body: a false hit's mentions, or the places a missed
 *              item's text occurs; empty for header fields and items not in the body
 */
public record Finding(String kind, String expected, String found, String rule, String sentence,
                      List<Record.Mention> spans) {
    public Finding {
        spans = spans == null ? List.of() : List.copyOf(spans);
    }

    /** A finding that has no place in the body, such as a wrong header field. */
    public Finding(String kind, String expected, String found, String rule, String sentence) {
        this(kind, expected, found, rule, sentence, List.of());
    }
}
