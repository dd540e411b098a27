package org.parknews.stats;

import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Entities;

/** Renders corpus statistics as one self-contained HTML page with inline SVG bar charts (no network). */
public final class StatsPage {
    private static final int WIDTH = 420;
    private static final int ROW = 22;

    public String render(CorpusStats s, int top) {
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html lang=\"zh\"><head><meta charset=\"utf-8\"><title>parknews corpus statistics</title>\n")
                .append("<style>body{font-family:sans-serif;margin:2em;max-width:60em}h2{margin-top:2em}"
                        + "svg text{font-size:13px}.bar{fill:#4a7bb7}.summary td{padding:0 1em 0 0}</style></head><body>\n")
                .append("<h1>parknews corpus statistics</h1>\n<table class=\"summary\">");
        row(sb, "articles", s.articles());
        row(sb, "body characters", s.bodyChars());
        row(sb, "facts", s.facts());
        row(sb, "duplicates", s.duplicates());
        row(sb, "errors", s.errors());
        sb.append("</table>\n");
        for (StatsSection section : StatsSection.of(s, top)) {
            sb.append("<section><h2>").append(escape(section.title())).append("</h2>\n");
            chart(sb, section);
            sb.append("</section>\n");
        }
        return sb.append("</body></html>\n").toString();
    }

    private static void row(StringBuilder sb, String label, long value) {
        sb.append("<tr><td>").append(label).append("</td><td>").append(value).append("</td></tr>");
    }

    private static void chart(StringBuilder sb, StatsSection section) {
        long max = section.rows().stream().mapToLong(Map.Entry::getValue).max().orElse(1);
        int label = 200;
        int height = Math.max(ROW, section.rows().size() * ROW);
        sb.append(String.format(Locale.ROOT, "<svg class=\"chart\" width=\"%d\" height=\"%d\" role=\"img\">%n",
                label + WIDTH + 60, height));
        int y = 0;
        for (Map.Entry<String, Long> r : section.rows()) {
            int w = (int) Math.max(1, Math.round((double) r.getValue() / max * WIDTH));
            sb.append(String.format(Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text><rect class=\"bar\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\"><title>%s: %d</title></rect><text x=\"%d\" y=\"%d\">%d</text>%n",
                    label - 6, y + 15, escape(r.getKey()), label, y + 3, w, ROW - 6, escape(r.getKey()), r.getValue(),
                    label + w + 4, y + 15, r.getValue()));
            y += ROW;
        }
        sb.append("</svg>\n");
    }

    private static String escape(String s) {
        return Entities.escape(s);
    }
}
