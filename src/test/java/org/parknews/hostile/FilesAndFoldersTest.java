package org.parknews.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parknews.TestPipeline;
import org.parknews.ingest.ArticleFileReader;
import org.parknews.ingest.DocumentSink;
import org.parknews.ingest.Ingest;
import org.parknews.ingest.InputReader;
import org.parknews.pipeline.ExtractRun;
import org.parknews.pipeline.RunFixtures;
import org.parknews.pipeline.RunOptions;
import org.parknews.pipeline.RunSummary;
import org.parknews.pipeline.Version;

/**
 * The input folder is untrusted too: links out of it, link loops, the run's own output inside
 * it, files that cannot be read or vanish mid-run. Each ends as an error line or is left out
 * by rule, and the walk goes on.
 */
class FilesAndFoldersTest {
    @TempDir
    Path tmp;

    private Path in;
    private Path outside;

    private void corpus() throws IOException {
        in = Files.createDirectories(tmp.resolve("in"));
        outside = Files.createDirectories(tmp.resolve("secret"));
        Files.writeString(in.resolve("good.txt"), HostileFixtures.sample());
        Files.writeString(outside.resolve("private.txt"), HostileFixtures.samples().get(2));
    }

    @Test
    void linksOutOfTheInputFolderAreReportedNotFollowed() throws IOException {
        corpus();
        Files.createSymbolicLink(in.resolve("leak.txt"), outside.resolve("private.txt"));
        Files.createSymbolicLink(in.resolve("leakdir"), outside);
        Files.createSymbolicLink(in.resolve("inside.txt"), in.resolve("good.txt"));
        Path out = tmp.resolve("out");
        RunSummary summary = HostileFixtures.run(in, out);
        assertEquals(List.of("good", "inside"), RunFixtures.recordIds(out), "a link inside the folder is read");
        List<JsonNode> errors = RunFixtures.errors(out);
        assertEquals(2, errors.size(), errors.toString());
        assertTrue(errors.stream().allMatch(e -> e.get("reason").asText().contains("not followed without --follow-links")));
        assertEquals(2, summary.failed());

        Path followed = tmp.resolve("followed");
        HostileFixtures.run(in, followed, RunOptions.defaults().withThreads(2).withFollowLinks(true), new Ingest());
        assertEquals(List.of("good", "inside", "leak", "private"), RunFixtures.recordIds(followed).stream().sorted().toList());
    }

    /** A folder named on the command line is read even when the name is a link (an archive mounted elsewhere). */
    @Test
    void anInputFolderGivenAsALinkIsWalked() throws IOException {
        corpus();
        Path link = Files.createSymbolicLink(tmp.resolve("today"), in);
        Path out = tmp.resolve("out");
        HostileFixtures.run(link, out);
        assertEquals(List.of("good"), RunFixtures.recordIds(out));
        assertEquals(link.resolve("good.txt").toString(),
                RunFixtures.recordsJsonl(out).split("\"path\":\"")[1].split("\"")[0]);
    }

    @Test
    void linkLoopsAreReportedAndTheWalkGoesOn() throws IOException {
        corpus();
        Files.createSymbolicLink(in.resolve("self.txt"), Path.of("self.txt"));
        Files.createSymbolicLink(in.resolve("a.html"), Path.of("b.html"));
        Files.createSymbolicLink(in.resolve("b.html"), Path.of("a.html"));
        Files.createDirectories(in.resolve("sub"));
        Files.createSymbolicLink(in.resolve("sub/up"), in);
        Files.createSymbolicLink(in.resolve("dangling.txt"), Path.of("gone.txt"));
        for (boolean follow : new boolean[]{false, true}) {
            Path out = tmp.resolve("out-" + follow);
            RunSummary summary = HostileFixtures.run(in, out,
                    RunOptions.defaults().withThreads(2).withFollowLinks(follow), new Ingest());
            assertEquals(List.of("good"), RunFixtures.recordIds(out), "follow " + follow);
            List<String> reasons = RunFixtures.errors(out).stream().map(e -> e.get("path").asText().replace(in + "/", "")
                    + ": " + e.get("reason").asText()).sorted().toList();
            List<String> expected = new java.util.ArrayList<>(List.of("a.html: symbolic link loop",
                    "b.html: symbolic link loop", "dangling.txt: symbolic link to a missing file",
                    "self.txt: symbolic link loop"));
            if (follow) {
                expected.add("sub/up: symbolic link loop");
                expected.sort(null);
            }
            assertEquals(expected, reasons, "follow " + follow);
            assertEquals(expected.size(), summary.failed());
        }
    }

    /** The output inside the input folder, and an older run's output folder there, are never read back. */
    @Test
    void outputFoldersInsideTheInputAreNeverRead() throws IOException {
        corpus();
        Path out = in.resolve("extracted");
        HostileFixtures.run(in, out);
        Path old = in.resolve("last-year");
        HostileFixtures.run(tmp.resolve("secret"), old);
        assertTrue(Files.exists(old.resolve("records.jsonl")));
        for (int run = 0; run < 2; run++) {
            RunSummary summary = HostileFixtures.run(in, out, RunOptions.defaults().withThreads(2).withFull(true), new Ingest());
            assertEquals(1, summary.read(), "only good.txt, not records.jsonl or the old output");
            assertEquals(List.of("good"), RunFixtures.recordIds(out));
            assertEquals(List.of(), RunFixtures.errors(out));
        }
    }

    @Test
    void anUnreadableFileIsAnErrorLineAndTheRestIsRead() throws IOException {
        corpus();
        Files.writeString(in.resolve("locked.txt"), HostileFixtures.sample());
        InputReader denying = new InputReader() {
            private final ArticleFileReader real = new ArticleFileReader();

            @Override
            public boolean accepts(Path file) {
                return real.accepts(file);
            }

            @Override
            public void read(Path file, DocumentSink sink) throws IOException {
                if (file.getFileName().toString().equals("locked.txt")) {
                    throw new AccessDeniedException(file.toString());
                }
                real.read(file, sink);
            }
        };
        Path out = tmp.resolve("out");
        RunSummary summary = HostileFixtures.run(in, out, RunOptions.defaults().withThreads(2), new Ingest(List.of(denying)));
        assertEquals(List.of("good"), RunFixtures.recordIds(out));
        JsonNode error = RunFixtures.errors(out).get(0);
        assertTrue(error.get("path").asText().endsWith("locked.txt"));
        assertTrue(error.get("trace").asText().startsWith("java.nio.file.AccessDeniedException"), error.toString());
        assertEquals(1, summary.failed());
    }

    /** Deleted between the listing and its turn: an error line, and the next run no longer sees it. */
    @Test
    void aFileThatVanishesMidRunIsAnErrorLine() throws IOException {
        corpus();
        Path doomed = Files.writeString(in.resolve("zz-doomed.txt"), HostileFixtures.sample());
        Path out = tmp.resolve("out");
        RunSummary summary = new ExtractRun(doc -> {
            try {
                Files.deleteIfExists(doomed);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return TestPipeline.get().process(doc);
        }, Version.get(), "r", new Ingest(), RunOptions.defaults().withThreads(1)).run(List.of(in), out);
        assertEquals(List.of("good"), RunFixtures.recordIds(out));
        JsonNode error = RunFixtures.errors(out).get(0);
        assertTrue(error.get("path").asText().endsWith("zz-doomed.txt"));
        assertTrue(error.get("trace").asText().startsWith("java.nio.file.NoSuchFileException"), error.toString());
        assertEquals(1, summary.failed());
    }

    /** Only meaningful when not root (root reads everything); the walk must report the folder and go on. */
    @Test
    void anUnreadableSubfolderIsAnErrorLineNotAStoppedWalk() throws IOException {
        corpus();
        Path locked = Files.createDirectories(in.resolve("locked"));
        Files.writeString(locked.resolve("inner.txt"), HostileFixtures.sample());
        Files.writeString(in.resolve("zz-after.txt"), HostileFixtures.samples().get(3));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            assumeFalse(Files.isReadable(locked), "running as root: the folder stays readable");
            Path out = tmp.resolve("out");
            HostileFixtures.run(in, out);
            assertEquals(List.of("good", "zz-after"), RunFixtures.recordIds(out));
            assertTrue(RunFixtures.errors(out).get(0).get("reason").asText().startsWith("permission denied"));
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }
}
