package org.parknews.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parknews.TestPipeline;
import org.parknews.ingest.Ingest;
import org.parknews.record.RecordJson;

/** Reruns do only the new work: unchanged inputs are skipped, changed ones redone, vanished ones pruned. */
class IncrementalRunTest {
    @TempDir
    Path tmp;

    private Path corpus() throws IOException {
        RunFixtures.copySamples(tmp.resolve("in"), 1);
        return tmp.resolve("in");
    }

    private RunSummary run(Path in, RunOptions options) throws IOException {
        return run(in, options, TestPipeline.get().rules().hash());
    }

    private RunSummary run(Path in, RunOptions options, String rulesHash) throws IOException {
        return new ExtractRun(TestPipeline.get()::process, Version.get(), rulesHash, new Ingest(), options)
                .run(List.of(in), tmp.resolve("out"));
    }

    private static RunOptions options() {
        return RunOptions.defaults().withThreads(2);
    }

    @Test
    void rerunSkipsUnchangedAndRedoesChanged() throws IOException {
        Path in = corpus();
        RunSummary first = run(in, options());
        assertEquals(List.of(5L, 5L, 0L, 0L, 5L, 0L), counts(first));
        String before = RunFixtures.recordsJsonl(tmp.resolve("out"));

        FileTime built = Files.getLastModifiedTime(tmp.resolve("out").resolve(OutputDirectory.RECORDS));
        RunSummary second = run(in, options());
        assertEquals(List.of(5L, 0L, 0L, 5L, 0L, 0L), counts(second));
        assertEquals(before, RunFixtures.recordsJsonl(tmp.resolve("out")), "a skipped input keeps its record");
        assertEquals(built, Files.getLastModifiedTime(tmp.resolve("out").resolve(OutputDirectory.RECORDS)),
                "nothing changed, so records.jsonl is not rewritten");

        Path changed = in.resolve("001_0acc258f0dc2cd30-copy000.txt");
        Files.writeString(changed, Files.readString(changed).replace("湘潭高新区", "株洲高新区"));
        Files.writeString(in.resolve("new-article.txt"), Files.readString(changed, StandardCharsets.UTF_8));
        RunSummary third = run(in, options());
        assertEquals(List.of(6L, 1L, 1L, 4L, 2L, 0L), counts(third));
        String records = RunFixtures.recordsJsonl(tmp.resolve("out"));
        assertTrue(records.contains("株洲高新区"), "the changed input's record is the new one");
        assertEquals(6, RunFixtures.recordIds(tmp.resolve("out")).size());
        assertEquals(Set.copyOf(RunFixtures.recordIds(tmp.resolve("out"))).size(), 6, "each record once");
    }

    @Test
    void newRulesOrFullRedoEverything() throws IOException {
        Path in = corpus();
        run(in, options());
        assertEquals(List.of(5L, 0L, 5L, 0L, 5L, 0L), counts(run(in, options(), "other-rules")));
        assertEquals(List.of(5L, 0L, 5L, 0L, 5L, 0L), counts(run(in, options().withFull(true), "other-rules")));
        assertEquals(List.of(5L, 0L, 0L, 5L, 0L, 0L), counts(run(in, options(), "other-rules")));
    }

    @Test
    void vanishedInputsKeepTheirRecordsUntilPruned() throws IOException {
        Path in = corpus();
        run(in, options());
        Path gone = in.resolve("002_9f4cc859fce1cc48-copy000.txt");
        Files.delete(gone);
        Path out = tmp.resolve("out");

        RunSummary kept = run(in, options());
        assertEquals(0, kept.pruned());
        assertTrue(RunFixtures.recordIds(out).contains("002_9f4cc859fce1cc48-copy000"));

        RunSummary pruned = run(in, options().withPrune(true));
        assertEquals(1, pruned.pruned());
        assertFalse(RunFixtures.recordIds(out).contains("002_9f4cc859fce1cc48-copy000"));
        assertFalse(Files.exists(out.resolve("002_9f4cc859fce1cc48-copy000.json")));
        assertFalse(Files.readString(out.resolve(RunState.STATE)).contains("002_9f4cc859fce1cc48-copy000"));
        assertEquals(4, RunFixtures.recordIds(out).size());
    }

    @Test
    void summaryAndStateFilesHoldTheContractFields() throws IOException {
        Path in = corpus();
        run(in, options());
        Path out = tmp.resolve("out");
        JsonNode summary = RunFixtures.summary(out);
        for (String field : List.of("read", "new", "changed", "unchanged", "failed", "written", "pruned", "seconds",
                "articles_per_second")) {
            assertTrue(summary.has(field), "summary has " + field);
        }
        List<String> state = Files.readAllLines(out.resolve(RunState.STATE));
        assertEquals(5, state.size());
        JsonNode entry = RecordJson.MAPPER.readTree(state.get(0));
        assertEquals(in.resolve("000_79dc9c1204d006a1-copy000.txt").toAbsolutePath().normalize().toString(),
                entry.get("path").asText());
        assertEquals(Files.size(in.resolve("000_79dc9c1204d006a1-copy000.txt")), entry.get("size").asLong());
        assertEquals(64, entry.get("sha256").asText().length());
        assertEquals(Version.get(), entry.get("version").asText());
        assertEquals(TestPipeline.get().rules().hash(), entry.get("rules").asText());
        assertEquals("000_79dc9c1204d006a1-copy000", entry.get("records").get(0).asText());
        assertEquals(0, Files.size(out.resolve(RunState.JOURNAL)), "the journal is folded into the checkpoint");
    }

    @Test
    void aFailingExtractorIsIsolatedAndRetriedNextRun() throws IOException {
        Path in = corpus();
        DocumentProcessor buggy = doc -> {
            if (doc.id().startsWith("003")) {
                throw new IllegalStateException("extractor bug on purpose");
            }
            return TestPipeline.get().process(doc);
        };
        Path out = tmp.resolve("out");
        RunSummary first = new ExtractRun(buggy, Version.get(), "r", new Ingest(), options()).run(List.of(in), out);
        assertEquals(1, first.failed());
        assertEquals(4, first.written());
        JsonNode error = RunFixtures.errors(out).get(0);
        assertTrue(error.get("path").asText().endsWith("003_549a2038e5c3f9ed-copy000.txt"));
        assertEquals("extract", error.get("stage").asText());
        assertEquals("extractor bug on purpose", error.get("reason").asText());
        assertTrue(error.get("trace").asText().contains("IllegalStateException"));

        RunSummary fixed = new ExtractRun(TestPipeline.get()::process, Version.get(), "r", new Ingest(), options())
                .run(List.of(in), out);
        assertEquals(List.of(5L, 0L, 0L, 4L, 1L, 0L), counts(fixed));
        assertEquals(1, fixed.retried());
        assertEquals(0, Files.size(out.resolve(OutputDirectory.ERRORS)), "the error log lists current failures only");
    }

    @Test
    void damagedRecordFilesAreNoticedAndRedone() throws IOException {
        Path in = corpus();
        Path out = tmp.resolve("out");
        run(in, options());
        String original = RunFixtures.recordsJsonl(out);
        // What a power loss without --fsync can leave: an emptied file, a torn one.
        Files.write(out.resolve("000_79dc9c1204d006a1-copy000.json"), new byte[0]);
        Files.writeString(out.resolve("001_0acc258f0dc2cd30-copy000.json"), "{\"id\" : \"001_");

        RunSummary second = run(in, options());
        assertEquals(List.of(5L, 0L, 1L, 4L, 1L, 0L), counts(second), "the emptied record is redone at once");
        assertEquals(4, RunFixtures.recordIds(out).size(), "the torn record is dropped, never copied");
        assertFalse(Files.exists(out.resolve("001_0acc258f0dc2cd30-copy000.json")));

        RunSummary third = run(in, options());
        assertEquals(List.of(5L, 0L, 1L, 4L, 1L, 0L), counts(third), "and the torn one on the next run");
        assertEquals(original, RunFixtures.recordsJsonl(out));
    }

    @Test
    void aMovedCorpusTakesItsRecordsOverWithoutDuplicates() throws IOException {
        Path in = corpus();
        Path out = tmp.resolve("out");
        run(in, options());
        String original = RunFixtures.recordsJsonl(out);
        Path moved = Files.move(in, tmp.resolve("moved"));

        RunSummary afterMove = run(moved, options());
        assertEquals(List.of(5L, 5L, 0L, 0L, 5L, 0L), counts(afterMove), "no duplicate-id errors");
        assertEquals(5, RunFixtures.recordIds(out).size());
        RunSummary pruned = run(moved, options().withPrune(true));
        assertEquals(5, pruned.pruned());
        assertEquals(5, RunFixtures.recordIds(out).size(), "pruning the old paths keeps the records now owned by the new");
        assertEquals(original.replace(in.toString(), moved.toString()), RunFixtures.recordsJsonl(out));
    }

    /** read, new, changed, unchanged, written, failed. */
    private static List<Long> counts(RunSummary s) {
        return List.of(s.read(), s.added(), s.changed(), s.unchanged(), s.written(), s.failed());
    }
}
