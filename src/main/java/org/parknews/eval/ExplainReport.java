package org.parknews.eval;

import java.util.stream.Collectors;
import org.parknews.record.Record;

/**
 * {@code explain} as plain text: header fields, the cleaned body, each sentence with its HanLP
 * tokens and tags, then every entity and fact with its rule, span and sentence — enough to
 * see why anything was (or was not) extracted.
 */
public final class ExplainReport {

    public String render(Explanation x) {
        Record r = x.record();
        StringBuilder sb = new StringBuilder();
        sb.append("== ").append(r.id()).append("  (").append(r.source().path()).append(")\n");
        line(sb, "title", r.title());
        line(sb, "authors", String.valueOf(r.authors()));
        line(sb, "published", r.published());
        line(sb, "origin", r.origin());
        line(sb, "site", r.site());
        if (!r.warnings().isEmpty()) {
            line(sb, "warnings", String.valueOf(r.warnings()));
        }
        line(sb, "rules", r.pipeline().rules());

        String body = r.body();
        sb.append("\n-- body (").append(body.codePointCount(0, body.length())).append(" characters)\n")
                .append(body).append('\n');

        sb.append("\n-- sentences (").append(x.sentences().size()).append(") with tokens word/tag\n");
        for (int i = 0; i < x.sentences().size(); i++) {
            Record.Mention span = x.sentenceSpan(i);
            sb.append('[').append(i).append("] ").append(span.start()).append("..").append(span.end()).append("  ")
                    .append(x.sentenceText(i)).append('\n');
            sb.append("    ").append(x.tokensOf(i).stream().map(t -> t.text() + "/" + t.pos())
                    .collect(Collectors.joining(" "))).append('\n');
        }

        sb.append("\n-- entities (").append(r.entities().size()).append(")\n");
        for (Record.EntityOut e : r.entities()) {
            sb.append(e.type()).append("  ").append(e.name());
            if (!e.aliases().isEmpty()) {
                sb.append("  aliases ").append(e.aliases());
            }
            if (e.titles() != null && !e.titles().isEmpty()) {
                sb.append("  titles ").append(e.titles());
            }
            if (e.org() != null) {
                sb.append("  org ").append(e.org());
            }
            sb.append("  rule ").append(e.rule()).append('\n');
            if (e.mentions().isEmpty()) {
                sb.append("    (no mention in the body: read from the header)\n");
            }
            for (Record.Mention m : e.mentions()) {
                int s = x.sentenceAt(m.start());
                sb.append("    span ").append(m.start()).append("..").append(m.end()).append("  sentence ").append(s)
                        .append(": ").append(x.sentenceText(s)).append('\n');
            }
        }

        sb.append("\n-- facts (").append(r.facts().size()).append(")\n");
        for (Record.FactOut f : r.facts()) {
            sb.append(f.text()).append(" = ").append(f.value().toPlainString());
            if (f.valueMax() != null) {
                sb.append("..").append(f.valueMax().toPlainString());
            }
            sb.append(' ').append(f.unit());
            sb.append("  qualifier ").append(f.qualifier()).append("  metric ").append(f.metric())
                    .append("  period ").append(f.period()).append("  subject ").append(f.subject()).append('\n');
            sb.append("    rule ").append(f.rule()).append("  span ").append(f.start()).append("..").append(f.end())
                    .append("  sentence ").append(f.sentence()).append(": ").append(x.sentenceText(f.sentence())).append('\n');
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, String name, String value) {
        sb.append(String.format("%-10s %s%n", name + ":", value));
    }
}
