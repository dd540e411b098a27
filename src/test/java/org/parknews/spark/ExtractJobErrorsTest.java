package org.parknews.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parknews.TestPipeline;
import org.parknews.record.RecordJson;

/** Failures and duplicate ids go to errors/ as the CLI reports them; the rest is still written. */
class ExtractJobErrorsTest {

    @Test
    void unreadableAndDuplicateInputsBecomeErrorLines(@TempDir Path tmp) throws IOException {
        Path sample = Files.list(TestPipeline.SAMPLES).sorted().findFirst().orElseThrow();
        Path in = tmp.resolve("in");
        Files.createDirectories(in.resolve("a"));
        Files.createDirectories(in.resolve("b/nested"));
        Files.copy(sample, in.resolve("a").resolve(sample.getFileName()));
        Files.copy(sample, in.resolve("b/nested").resolve(sample.getFileName()));
        Files.write(in.resolve("b/scan.txt"), new byte[] {'%', 'P', 'D', 'F', 0, 1, 2, 0, 5});
        Files.writeString(in.resolve("b/notes.pdf"), "no reader takes this name", StandardCharsets.UTF_8);

        String out = tmp.resolve("out").toUri().toString();
        List<String> stagingBefore = stagingDirs();
        ExtractJob.Counts counts = ExtractJob.run(SparkTestSession.get(), List.of(in.toString()), out,
                SeedsBundle.read(TestPipeline.SEEDS), 2, false);

        assertEquals(new ExtractJob.Counts(1, 2), counts);
        assertEquals(stagingBefore, stagingDirs(), "executors remove their staged copies");
        List<String> records = ExtractJobTest.lines(tmp.resolve("out").resolve(ExtractJob.RECORDS));
        JsonNode kept = RecordJson.MAPPER.readTree(records.get(0));
        assertTrue(kept.at("/source/path").asText().contains("/in/a/"), "the first input by URI is kept");

        List<JsonNode> errors = new ArrayList<>();
        for (String line : ExtractJobTest.lines(tmp.resolve("out").resolve(ExtractJob.ERRORS))) {
            errors.add(RecordJson.MAPPER.readTree(line));
        }
        errors.sort((x, y) -> x.get("stage").asText().compareTo(y.get("stage").asText()));
        assertEquals("ingest", errors.get(0).get("stage").asText());
        assertTrue(errors.get(0).get("path").asText().endsWith("/b/scan.txt"), errors.get(0).toString());
        assertTrue(errors.get(0).get("reason").asText().contains("binary"), errors.get(0).toString());
        assertEquals("record", errors.get(1).get("stage").asText());
        assertTrue(errors.get(1).get("path").asText().contains("/b/nested/"), errors.get(1).toString());
        assertTrue(errors.get(1).get("reason").asText().startsWith("duplicate id"), errors.get(1).toString());
    }

    private static List<String> stagingDirs() throws IOException {
        try (var list = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return list.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("parknews-input-")).sorted()
                    .toList();
        }
    }
}
