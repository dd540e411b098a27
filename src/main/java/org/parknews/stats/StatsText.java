package org.parknews.stats;

import java.util.Locale;
import java.util.Map;

/** Renders corpus statistics as aligned tables for a terminal. */
public final class StatsText {
    private static final int BAR = 30;

    public String render(CorpusStats s, int top) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "articles %d, body characters %d, facts %d, duplicates %d, errors %d%n",
                s.articles(), s.bodyChars(), s.facts(), s.duplicates(), s.errors()));
        for (StatsSection section : StatsSection.of(s, top)) {
            sb.append('\n').append(section.title()).append('\n');
            long max = section.rows().stream().mapToLong(Map.Entry::getValue).max().orElse(1);
            int width = section.rows().stream().mapToInt(e -> displayWidth(e.getKey())).max().orElse(4);
            for (Map.Entry<String, Long> row : section.rows()) {
                String key = row.getKey();
                sb.append("  ").append(key).append(" ".repeat(Math.max(1, width - displayWidth(key) + 1)));
                sb.append(String.format(Locale.ROOT, "%6d ", row.getValue()));
                sb.append("█".repeat((int) Math.max(1, Math.round((double) row.getValue() / max * BAR)))).append('\n');
            }
        }
        return sb.toString();
    }

    /** CJK characters take two terminal columns. */
    static int displayWidth(String s) {
        return s.codePoints().map(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                || (cp >= 0xFF00 && cp <= 0xFFEF) || (cp >= 0x3000 && cp <= 0x303F) ? 2 : 1).sum();
    }
}
