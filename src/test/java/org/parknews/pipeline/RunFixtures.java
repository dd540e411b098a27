package org.parknews.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.parknews.TestPipeline;
import org.parknews.record.RecordJson;

/** Builds corpora for run tests from the shipped samples and reads back what a run wrote. */
public final class RunFixtures {
    private RunFixtures() {
    }

    /** Writes {@code copies} copies of every sample into {@code dir} under distinct names; returns the files. */
    public static List<Path> copySamples(Path dir, int copies) throws IOException {
        Files.createDirectories(dir);
        List<Path> samples;
        try (Stream<Path> s = Files.list(TestPipeline.SAMPLES)) {
            samples = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        List<Path> written = new ArrayList<>();
        for (int i = 0; i < copies; i++) {
            for (Path sample : samples) {
                String stem = sample.getFileName().toString().replace(".txt", "");
                Path copy = dir.resolve(String.format("%s-copy%03d.txt", stem, i));
                Files.copy(sample, copy);
                written.add(copy);
            }
        }
        return written;
    }

    public static String recordsJsonl(Path out) throws IOException {
        return Files.readString(out.resolve(OutputDirectory.RECORDS), StandardCharsets.UTF_8);
    }

    /** The ids in records.jsonl, in file order. */
    public static List<String> recordIds(Path out) throws IOException {
        List<String> ids = new ArrayList<>();
        for (String line : Files.readAllLines(out.resolve(OutputDirectory.RECORDS), StandardCharsets.UTF_8)) {
            ids.add(RecordJson.MAPPER.readTree(line).get("id").asText());
        }
        return ids;
    }

    public static List<JsonNode> errors(Path out) throws IOException {
        List<JsonNode> errors = new ArrayList<>();
        for (String line : Files.readAllLines(out.resolve(OutputDirectory.ERRORS), StandardCharsets.UTF_8)) {
            errors.add(RecordJson.MAPPER.readTree(line));
        }
        return errors;
    }

    public static JsonNode summary(Path out) throws IOException {
        return RecordJson.MAPPER.readTree(out.resolve(OutputDirectory.SUMMARY).toFile());
    }

    /** Names of the files in the folder, sorted; for comparing two output folders. */
    public static List<String> fileNames(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
