package org.parknews.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.parknews.pipeline.OutputDirectory;
import org.parknews.record.RecordJson;

/**
 * The JSON Lines files that hold an output's records, read one line at a time so any number of
 * records fits in memory: a records.jsonl file, an extract output folder, or the Spark job's
 * output (its {@code records/} part files).
 */
public final class RecordFiles {
    /** Decimals stay exact, as the records write them. */
    private static final ObjectReader READER = RecordJson.MAPPER.reader()
            .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final String SPARK_RECORDS = "records";

    private final List<Path> files;

    private RecordFiles(List<Path> files) {
        this.files = files;
    }

    /** Finds the record files of {@code in}; fails when it holds none. */
    public static RecordFiles of(Path in) throws IOException {
        if (Files.isRegularFile(in)) {
            return new RecordFiles(List.of(in));
        }
        if (!Files.isDirectory(in)) {
            throw new IOException("input not found: " + in);
        }
        if (Files.isRegularFile(in.resolve(OutputDirectory.RECORDS))) {
            return new RecordFiles(List.of(in.resolve(OutputDirectory.RECORDS)));
        }
        Path parts = Files.isDirectory(in.resolve(SPARK_RECORDS)) ? in.resolve(SPARK_RECORDS) : in;
        try (Stream<Path> list = Files.list(parts)) {
            List<Path> found = list.filter(p -> p.getFileName().toString().startsWith("part-"))
                    .filter(Files::isRegularFile).sorted().toList();
            if (found.isEmpty()) {
                throw new IOException("no " + OutputDirectory.RECORDS + " or Spark records/part-* files in " + in);
            }
            return new RecordFiles(found);
        }
    }

    public List<Path> files() {
        return files;
    }

    /** Hands each record to {@code sink} in file order; a line that is not JSON fails with its place. */
    public void forEach(Consumer<JsonNode> sink) throws IOException {
        for (Path file : files) {
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                long lineNo = 0;
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lineNo++;
                    if (line.isBlank()) {
                        continue;
                    }
                    JsonNode record;
                    try {
                        record = READER.readTree(line);
                    } catch (JsonProcessingException e) {
                        throw new IOException(file + ":" + lineNo + ": not a JSON record: " + e.getOriginalMessage(), e);
                    }
                    if (!record.isObject() || !record.hasNonNull("id")) {
                        throw new IOException(file + ":" + lineNo + ": not a record (no id)");
                    }
                    sink.accept(record);
                }
            }
        }
    }
}
