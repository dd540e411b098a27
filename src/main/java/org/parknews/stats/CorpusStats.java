package org.parknews.stats;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.parknews.record.RecordJson;

/**
 * The shape of an output folder: articles by year and site, the most-mentioned parks, people
 * and companies, facts by unit and metric, duplicates and errors. Records are streamed from
 * records.jsonl, so a corpus of millions needs memory only for the counters.
 */
public final class CorpusStats {
    private long articles;
    private long duplicates;
    private long errors;
    private long facts;
    private long bodyChars;
    private final Counter years = new Counter();
    private final Counter sites = new Counter();
    private final Counter parks = new Counter();
    private final Counter people = new Counter();
    private final Counter companies = new Counter();
    private final Counter units = new Counter();
    private final Counter metrics = new Counter();

    /** Reads {@code OUT/records.jsonl} and counts {@code OUT/_errors.jsonl}'s lines. */
    public static CorpusStats of(Path outDir) throws IOException {
        Path records = Files.isDirectory(outDir) ? outDir.resolve("records.jsonl") : outDir;
        if (!Files.exists(records)) {
            throw new IOException("no records.jsonl in " + outDir + " (run parknews extract first)");
        }
        CorpusStats s = new CorpusStats();
        try (BufferedReader in = Files.newBufferedReader(records, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank()) {
                    s.add(RecordJson.MAPPER.readTree(line));
                }
            }
        }
        Path errorFile = records.resolveSibling("_errors.jsonl");
        if (Files.exists(errorFile)) {
            try (var lines = Files.lines(errorFile, StandardCharsets.UTF_8)) {
                s.errors = lines.filter(l -> !l.isBlank()).count();
            }
        }
        return s;
    }

    void add(JsonNode r) {
        articles++;
        bodyChars += r.path("body").asText().length();
        String published = r.path("published").isTextual() ? r.get("published").asText() : null;
        years.add(published != null && published.length() >= 4 ? published.substring(0, 4) : null);
        sites.add(r.path("site").isTextual() ? r.get("site").asText() : r.path("origin").isTextual() ? r.get("origin").asText() : null);
        if (r.path("duplicate_of").isTextual()) {
            duplicates++;
        }
        Set<String> seen = new HashSet<>();
        for (JsonNode e : r.path("entities")) {
            String key = e.path("type").asText() + "\u0000" + e.path("name").asText();
            if (!seen.add(key)) {
                continue;
            }
            Counter c = switch (e.path("type").asText()) {
                case "park" -> parks;
                case "person" -> people;
                default -> companies;
            };
            c.add(e.path("name").asText());
        }
        for (JsonNode f : r.path("facts")) {
            facts++;
            units.add(f.path("unit").asText());
            metrics.add(f.path("metric").isTextual() ? f.get("metric").asText() : null);
        }
    }

    public long articles() {
        return articles;
    }

    public long duplicates() {
        return duplicates;
    }

    public long errors() {
        return errors;
    }

    public long facts() {
        return facts;
    }

    public long bodyChars() {
        return bodyChars;
    }

    public Counter years() {
        return years;
    }

    public Counter sites() {
        return sites;
    }

    /** Parks by the number of articles that name them. */
    public Counter parks() {
        return parks;
    }

    public Counter people() {
        return people;
    }

    public Counter companies() {
        return companies;
    }

    public Counter units() {
        return units;
    }

    public Counter metrics() {
        return metrics;
    }
}
