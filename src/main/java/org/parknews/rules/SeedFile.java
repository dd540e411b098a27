package org.parknews.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the common seed-file syntax: UTF-8, one entry per line, columns separated by tabs,
 * blank lines and lines starting with {@code #} ignored.
 */
public final class SeedFile {
    private final String name;
    private final List<SeedLine> lines;
    private final String content;

    /** @param location the file as the user names it (seeds/units.tsv), so errors point at it */
    private SeedFile(String name, String location, String content) {
        this.name = name;
        this.content = content;
        List<SeedLine> parsed = new ArrayList<>();
        String[] raw = content.split("\r?\n", -1);
        for (int i = 0; i < raw.length; i++) {
            String line = raw[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            List<String> cols = Arrays.stream(raw[i].split("\t", -1)).map(String::strip).toList();
            parsed.add(new SeedLine(location, i + 1, cols));
        }
        this.lines = List.copyOf(parsed);
    }

    public static SeedFile load(Path dir, String name) {
        Path file = dir.resolve(name);
        try {
            return new SeedFile(name, file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (java.nio.charset.MalformedInputException e) {
            throw new SeedFileException(file.toString(), 0, "not valid UTF-8");
        } catch (IOException e) {
            throw new SeedFileException(file.toString(), 0, "cannot read: " + e.getMessage());
        }
    }

    /** Loads the file if it exists, otherwise an empty file (optional seeds). */
    public static SeedFile loadOptional(Path dir, String name) {
        return Files.exists(dir.resolve(name)) ? load(dir, name) : new SeedFile(name, name, "");
    }

    public String name() {
        return name;
    }

    public List<SeedLine> lines() {
        return lines;
    }

    /** The first column of every line. */
    public List<String> entries() {
        return lines.stream().map(l -> l.column(0)).toList();
    }

    /** The raw text, which goes into the rule-set hash. */
    public String content() {
        return content;
    }
}
