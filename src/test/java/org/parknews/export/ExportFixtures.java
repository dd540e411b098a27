package org.parknews.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.parknews.TestPipeline;
import org.parknews.record.Record;
import org.parknews.record.RecordJson;

/** Writes the shipped corpus's records as a records.jsonl, the usual export input. */
final class ExportFixtures {

    private ExportFixtures() {
    }

    static Path sampleRecordsJsonl(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve("records.jsonl");
        List<String> lines = TestPipeline.corpusRecords().stream().map(RecordJson::line).toList();
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    static List<Record> records() throws IOException {
        return TestPipeline.corpusRecords();
    }
}
