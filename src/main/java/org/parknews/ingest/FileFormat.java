package org.parknews.ingest;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The input formats the pipeline reads, recognised by file name; a {@code .gz} suffix is streamed through gunzip. */
public enum FileFormat {
    TEXT("text", ".txt", ".txt.gz"),
    HTML("html", ".html", ".htm", ".shtml", ".xhtml", ".jsp", ".php", ".asp", ".aspx", ".html.gz", ".htm.gz"),
    JSONL("jsonl", ".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz"),
    WARC("warc", ".warc", ".warc.gz");

    private final String label;
    private final String[] suffixes;

    FileFormat(String label, String... suffixes) {
        this.label = label;
        this.suffixes = suffixes;
    }

    /** The value written to {@code source.format}. */
    public String label() {
        return label;
    }

    public static Optional<FileFormat> of(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        for (FileFormat f : values()) {
            for (String s : f.suffixes) {
                if (name.endsWith(s)) {
                    return Optional.of(f);
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the file holds one article (rather than many rows or records). */
    public boolean singleArticle() {
        return this == TEXT || this == HTML;
    }

    /** Every suffix the pipeline reads, for error messages. */
    public static String knownSuffixes() {
        StringBuilder sb = new StringBuilder();
        for (FileFormat f : values()) {
            for (String s : f.suffixes) {
                sb.append(sb.isEmpty() ? "" : " ").append(s);
            }
        }
        return sb.toString();
    }

    /** The file name without the format's suffix: the record id of a single-article file. */
    public String stem(Path path) {
        String name = path.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        String longest = "";
        for (String s : suffixes) {
            if (lower.endsWith(s) && s.length() > longest.length()) {
                longest = s;
            }
        }
        return name.substring(0, name.length() - longest.length());
    }
}
