package org.parknews.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parknews.pipeline.OutputDirectory;
import org.parknews.pipeline.RunFixtures;
import org.parknews.pipeline.RunSummary;
import org.parknews.pipeline.SafeFileName;

/**
 * Record ids come from file names, JSON Lines {@code id} fields and WARC record ids; none of
 * them may name a file outside the output folder, a hidden or run-owned file, or an
 * over-long name, and distinct ids never share a record file.
 */
class SafeOutputNamesTest {
    @TempDir
    Path tmp;

    static Stream<String> hostileIds() {
        return Stream.of("../../x", "../../../../tmp/evil", "/etc/passwd", "/", "", " ", ".", "..", "...",
                "a".repeat(10_000), "园".repeat(200), "a\0b", "a/b", "a\\b", "a_b", "..\\..\\x", "C:\\Windows\\x",
                "\u0001\u0002\u001f\u007f", "line\nbreak", "tab\there", "\u202Egnp.exe", "_summary", "_errors",
                "_state", ".lock", ".tmp-records-1.part", "records", "~", "x~0123456789", "\uD800lone", "😀emoji",
                "%2e%2e%2fx", "file:///etc/passwd", "CON", "nul\0\0\0");
    }

    @ParameterizedTest(name = "[{index}] id {0}")
    @MethodSource("hostileIds")
    void everyNameIsOneSafeFileInsideTheFolder(String id) {
        String name = SafeFileName.of(id);
        assertFalse(name.isEmpty());
        assertFalse(name.startsWith("."), name);
        // The run's own files start with _ and hold no ~; a record name starting with _ always carries the hash.
        assertTrue(!name.startsWith("_") || name.contains("~"), name);
        assertTrue(name.getBytes(StandardCharsets.UTF_8).length + ".json".length() <= 255, "fits a file name: " + name.length());
        assertTrue(name.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.' || c == '~'),
                name);
        Path out = tmp.resolve("out").toAbsolutePath().normalize();
        assertEquals(out, out.resolve(name + ".json").normalize().getParent());
        if (!name.equals(id)) {
            assertTrue(name.matches("(?s).*~[0-9a-f]{10}"), "a changed name carries the id's hash: " + name);
        }
    }

    @Test
    void distinctIdsGetDistinctNamesEvenWhenTheySanitiseAlike() {
        List<String> ids = hostileIds().toList();
        Set<String> names = ids.stream().map(SafeFileName::of).collect(Collectors.toSet());
        assertEquals(new HashSet<>(ids).size(), names.size());
        // An id spelled like another id's sanitised name cannot take it: unchanged names never hold '~'.
        String taken = SafeFileName.of("a/b");
        assertTrue(!SafeFileName.of(taken).equals(taken));
    }

    @Test
    void theOutputFolderRefusesANameThatWouldLeaveIt() throws IOException {
        OutputDirectory out = OutputDirectory.open(tmp.resolve("out"), false);
        for (String bad : List.of("../x", "../../etc/cron.d/x", "sub/x", "/abs")) {
            assertThrows(IllegalArgumentException.class, () -> out.recordFile(bad), bad);
        }
    }

    /**
     * The whole run on JSON Lines rows and a WARC whose ids are the hostile list: every row
     * becomes a record keeping its original id, every file the run writes is in --out, and
     * repeated ids are reported as duplicates instead of overwriting each other.
     */
    @Test
    void hostileIdsThroughTheRunStayInsideTheOutputAndKeepTheirIds() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("deep/in"));
        Path out = tmp.resolve("deep/out");
        List<String> samples = HostileFixtures.samples();
        List<String> ids = new ArrayList<>(hostileIds().filter(id -> !id.isBlank()).toList());
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < ids.size(); i++) {
            rows.append(HostileFixtures.row(ids.get(i), samples.get(i % samples.size()))).append('\n');
        }
        rows.append(HostileFixtures.row("../../x", samples.get(0))).append('\n');      // same id again
        rows.append(HostileFixtures.row("\uD800lone", samples.get(0))).append('\n');  // again, into the error log
        Files.writeString(in.resolve("dump.jsonl"), rows.toString());
        Files.write(in.resolve("crawl.warc"), HostileFixtures.warcResponse("../../warc-escape",
                "", HostileFixtures.page(samples.get(2), "", "").getBytes(StandardCharsets.UTF_8)));
        Files.writeString(in.resolve("dup.txt"), samples.get(3));
        Files.writeString(in.resolve("rows.jsonl"), HostileFixtures.row("dup", samples.get(4)) + "\n");
        List<Path> before = HostileFixtures.filesUnder(tmp);

        RunSummary summary = HostileFixtures.run(in, out);

        Path outAbs = out.toAbsolutePath().normalize();
        for (Path p : HostileFixtures.filesUnder(tmp)) {
            assertTrue(before.contains(p) || p.startsWith(outAbs), "written outside --out: " + p);
        }
        List<String> written = RunFixtures.recordIds(out);
        for (String id : ids) {
            // A lone surrogate cannot be written in UTF-8; the record keeps the id as UTF-8 can carry it.
            String utf8 = new String(id.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
            assertTrue(written.contains(utf8), "record keeps its original id: " + id.length() + " chars");
        }
        assertTrue(written.contains("../../warc-escape"), "the WARC record keeps its id: " + written);
        assertEquals(1, written.stream().filter("../../x"::equals).count());
        assertEquals(1, written.stream().filter("dup"::equals).count());
        List<JsonNode> errors = RunFixtures.errors(out);
        assertEquals(3, errors.size(), errors.toString());
        assertTrue(errors.stream().allMatch(e -> e.get("reason").asText().startsWith("duplicate id")), errors.toString());
        assertEquals(ids.size() + 2, summary.written());

        // Rerun: inputs with errors are retried; the same record keeps each name and the duplicates are reported again.
        RunSummary again = HostileFixtures.run(in, out);
        assertEquals(written, RunFixtures.recordIds(out));
        assertEquals(3, again.failed());
    }
}
