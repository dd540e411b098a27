package org.parknews.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parknews.TestPipeline;
import org.parknews.ingest.Ingest;
import org.parknews.ingest.IngestLimits;
import org.parknews.pipeline.ExtractRun;
import org.parknews.pipeline.RunFixtures;
import org.parknews.pipeline.RunOptions;
import org.parknews.pipeline.RunSummary;
import org.parknews.pipeline.Version;

/**
 * Each bomb fails its own input (or row, or record) with a clear reason after reading a bounded
 * amount, and the good article beside it is still written. One row per attack: the files it
 * writes, the error reasons expected (prefixes, in path order) and the good records expected.
 */
class ResourceLimitsTest {
    @TempDir
    Path tmp;

    interface Attack {
        void write(Path dir) throws IOException;
    }

    static Stream<Arguments> attacks() {
        return Stream.of(
                Arguments.of("gzip bomb article", (Attack) Bombs::textBomb, List.of("decompression bomb"), 0),
                Arguments.of("gzip bomb JSON Lines", (Attack) Bombs::jsonlBomb, List.of("decompression bomb"), 0),
                Arguments.of("gzip bomb WARC", (Attack) Bombs::warcBomb, List.of("record 1: decompression bomb"), 0),
                Arguments.of("gzip-encoded payload bomb in a WARC record", (Attack) Bombs::warcPayloadBomb,
                        List.of("record 1: too large: the payload is over the limit"), 0),
                Arguments.of("300 MB line then a good row", (Attack) d -> Bombs.longLine(d,
                        HostileFixtures.row("after-long", HostileFixtures.sample())), List.of("row 1: too large: the row"), 1),
                Arguments.of("JSON nested 100,000 deep and a million-digit number", (Attack) d -> Bombs.jsonLimits(d,
                        HostileFixtures.sample()), List.of("row 1: refused by the JSON limits: Document nesting depth",
                        "row 3: refused by the JSON limits: Number value length"), 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attacks")
    void eachBombFailsItsInputOnly(String name, Attack attack, List<String> reasons, int goodRecords) throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        attack.write(in);
        Files.writeString(in.resolve("good.txt"), HostileFixtures.sample());
        Path out = tmp.resolve("out");
        RunSummary summary = HostileFixtures.run(in, out);
        List<JsonNode> errors = RunFixtures.errors(out);
        assertEquals(reasons.size(), errors.size(), errors.toString());
        for (int i = 0; i < reasons.size(); i++) {
            assertTrue(errors.get(i).get("reason").asText().startsWith(reasons.get(i)), errors.get(i).toString());
        }
        assertEquals(goodRecords + 1, summary.written());
        assertTrue(RunFixtures.recordIds(out).contains("good"));
    }

    @Test
    void aRowLongerThanMaxBytesIsRefusedAndTheNextRowIsRead() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        String text = HostileFixtures.sample();
        String longRow = HostileFixtures.row("long", text.repeat(20));
        Files.writeString(in.resolve("rows.jsonl"), HostileFixtures.row("a", text) + "\n" + longRow + "\n"
                + HostileFixtures.row("b", text) + "\n");
        long cap = 64 * 1024;
        assertTrue(longRow.getBytes(StandardCharsets.UTF_8).length > cap);
        Path out = tmp.resolve("out");
        RunSummary summary = HostileFixtures.run(in, out, RunOptions.defaults().withThreads(2).withMaxBytes(cap),
                new Ingest(IngestLimits.forDocuments(cap)));
        assertEquals(List.of("a", "b"), RunFixtures.recordIds(out));
        JsonNode error = RunFixtures.errors(out).get(0);
        assertEquals(2, error.get("record").asLong());
        assertTrue(error.get("reason").asText().startsWith("row 2: too large"), error.toString());
        assertEquals(1, summary.failed());
    }

    @Test
    void htmlNested200000DeepEndsAsARecordOrATimeout() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("deep.html"), HostileFixtures.page(HostileFixtures.sample(), "",
                "<div>".repeat(200_000) + "<span>".repeat(50_000)));
        Path out = tmp.resolve("out");
        RunSummary summary = HostileFixtures.run(in, out,
                RunOptions.defaults().withThreads(2).withTimeout(Duration.ofSeconds(20)), new Ingest());
        assertEquals(1, summary.written() + summary.failed(), "one outcome, no crash");
        if (summary.failed() == 1) {
            assertTrue(RunFixtures.errors(out).get(0).get("reason").asText().startsWith("timed out"));
        }
    }

    /**
     * A rule whose regular expression backtracks polynomially (degree 10, seconds on a 28-character
     * line; Java's own regex memoisation defuses the textbook exponential ones), standing in for
     * any pathological pattern in the rules: the document is abandoned at the time budget and
     * reported, and the run finishes with the other article written.
     */
    @Test
    void aBacktrackingRegexIsCutOffByTheTimeBudget() throws IOException {
        Pattern catastrophic = Pattern.compile("(.*园){10}区");
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("evil.txt"), HostileFixtures.sample() + "\n" + "园".repeat(28) + "!\n");
        Files.writeString(in.resolve("good.txt"), HostileFixtures.sample());
        Path out = tmp.resolve("out");
        RunOptions options = RunOptions.defaults().withThreads(2).withTimeout(Duration.ofSeconds(1));
        RunSummary summary = new ExtractRun(doc -> {
            doc.text().lines().forEach(line -> catastrophic.matcher(line).find());
            return TestPipeline.get().process(doc);
        }, Version.get(), "r", new Ingest(), options).run(List.of(in), out);
        assertEquals(1, summary.written());
        JsonNode error = RunFixtures.errors(out).get(0);
        assertTrue(error.get("path").asText().endsWith("evil.txt"));
        assertEquals("timed out after 1 s (--timeout)", error.get("reason").asText());
    }
}
