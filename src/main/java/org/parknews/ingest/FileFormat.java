package org.parknews.ingest;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The input formats the pipeline reads, recognised by file name. */
public enum FileFormat {
    TEXT("text", ".txt"),
    HTML("html", ".html", ".htm", ".shtml", ".xhtml", ".jsp", ".php", ".asp", ".aspx");

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

    /** The file name without the format's suffix: the record id of a single-article file. */
    public String stem(Path path) {
        String name = path.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        for (String s : suffixes) {
            if (lower.endsWith(s)) {
                return name.substring(0, name.length() - s.length());
            }
        }
        return name;
    }
}
