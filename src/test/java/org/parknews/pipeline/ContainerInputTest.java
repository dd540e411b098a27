package org.parknews.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parknews.TestPipeline;
import org.parknews.ingest.ContentType;
import org.parknews.ingest.DocumentSink;
import org.parknews.ingest.Ingest;
import org.parknews.ingest.InputReader;
import org.parknews.ingest.RawDocument;
import org.parknews.ingest.SourceInfo;

/**
 * Inputs that hold many documents (as JSON Lines and WARC files do): each document is its own
 * record or error, they run on all threads, and a changed container drops the records it no
 * longer yields. A stand-in reader splits a file on lines of "=====" into documents.
 */
class ContainerInputTest {
    @TempDir
    Path tmp;

    /** Reads {@code *.multi}: documents separated by "=====" lines, each starting with "id: X". */
    static final class SplitFileReader implements InputReader {
        @Override
        public boolean accepts(Path file) {
            return file.toString().endsWith(".multi");
        }

        @Override
        public void read(Path file, DocumentSink sink) throws IOException {
            String[] parts = Files.readString(file).split("\n=====\n");
            for (String part : parts) {
                String id = part.substring(4, part.indexOf('\n'));
                String text = part.substring(part.indexOf('\n') + 1);
                sink.accept(new RawDocument(id, new SourceInfo(file.toString(), "x", "text", "UTF-8", null, null),
                        ContentType.TEXT, text, Map.of(), List.of()));
            }
        }
    }

    private static String doc(String id, String text) {
        return "id: " + id + "\n" + text;
    }

    private RunSummary run(Path in, Path out, int threads) throws IOException {
        Ingest ingest = new Ingest(List.of(new SplitFileReader()));
        return new ExtractRun(TestPipeline.get(), ingest, RunOptions.defaults().withThreads(threads))
                .run(List.of(in), out);
    }

    @Test
    void eachDocumentOfAContainerIsARecordOrAnErrorLine() throws IOException {
        String a = Files.readString(TestPipeline.SAMPLES.resolve("000_79dc9c1204d006a1.txt"));
        String b = Files.readString(TestPipeline.SAMPLES.resolve("001_0acc258f0dc2cd30.txt"));
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path dump = in.resolve("dump.multi");
        Files.writeString(dump, String.join("\n=====\n", doc("a", a), doc("b", b), doc("blank", "   "),
                doc("a", b), doc("c", a)));

        Path one = tmp.resolve("one");
        RunSummary first = run(in, one, 1);
        assertEquals(3, first.written());
        assertEquals(2, first.failed());
        assertEquals(List.of("a", "b", "c"), RunFixtures.recordIds(one));
        List<JsonNode> errors = RunFixtures.errors(one);
        assertTrue(errors.stream().anyMatch(e -> e.get("reason").asText().equals(
                "empty input: no text in the document (id blank)")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.get("reason").asText().startsWith("duplicate id 'a'")),
                errors.toString());

        Path two = tmp.resolve("two");
        run(in, two, 2);
        assertEquals(RunFixtures.recordsJsonl(one), RunFixtures.recordsJsonl(two), "same output on two threads");

        // The dump is recrawled without document c: its record goes, the others are redone.
        Files.writeString(dump, String.join("\n=====\n", doc("a", a), doc("b", b)));
        RunSummary changed = run(in, one, 2);
        assertEquals(1, changed.changed());
        assertEquals(0, changed.failed());
        assertEquals(List.of("a", "b"), RunFixtures.recordIds(one));
        assertFalse(Files.exists(one.resolve("c.json")));
    }
}
