package org.parknews.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parknews.TestPipeline;
import org.parknews.ingest.Ingest;
import org.parknews.pipeline.ExtractRun;
import org.parknews.pipeline.OutputDirectory;
import org.parknews.pipeline.RunFixtures;
import org.parknews.pipeline.RunOptions;
import org.parknews.pipeline.RunState;

/**
 * The crash-safety proof: the real CLI, started as a child process, is killed with SIGKILL
 * twice mid-run and rerun; the output then equals that of a run never interrupted.
 */
class KillAndRerunTest {
    private static final int COPIES = 40;

    @TempDir
    Path tmp;

    @Test
    void killedRunsThenRerunGiveExactlyTheUninterruptedRecords() throws Exception {
        Path in = tmp.resolve("in");
        int inputs = RunFixtures.copySamples(in, COPIES).size();
        Path out = tmp.resolve("killed");

        int afterFirstKill = killAfter(in, out, 10);
        int afterSecondKill = killAfter(in, out, afterFirstKill + 15);
        Process last = start(in, out, "rerun.log");
        assertTrue(last.waitFor(10, TimeUnit.MINUTES), "the final run finishes");
        assertEquals(0, last.exitValue(), Files.readString(tmp.resolve("rerun.log")));

        Path clean = tmp.resolve("clean");
        new ExtractRun(TestPipeline.get(), new Ingest(), RunOptions.defaults().withThreads(2)).run(List.of(in), clean);

        assertArrayEquals(Files.readAllBytes(clean.resolve(OutputDirectory.RECORDS)),
                Files.readAllBytes(out.resolve(OutputDirectory.RECORDS)), "records.jsonl is byte-identical");
        assertEquals(inputs, RunFixtures.recordIds(out).size());
        assertEquals(RunFixtures.fileNames(clean), RunFixtures.fileNames(out), "same files, no leftovers");
        for (String name : RunFixtures.fileNames(clean)) {
            if (!name.startsWith("_")) {
                assertArrayEquals(Files.readAllBytes(clean.resolve(name)), Files.readAllBytes(out.resolve(name)), name);
            }
        }
        assertEquals(Files.readAllLines(clean.resolve(RunState.STATE)), Files.readAllLines(out.resolve(RunState.STATE)));
        JsonNode summary = RunFixtures.summary(out);
        assertTrue(summary.get("unchanged").asLong() >= afterSecondKill - 1,
                "the rerun skipped what the killed runs finished: " + summary);
        assertEquals(inputs, summary.get("new").asLong() + summary.get("unchanged").asLong());
    }

    /** Starts the CLI, kills it with SIGKILL once at least {@code records} record files exist; returns their count. */
    private int killAfter(Path in, Path out, int records) throws Exception {
        Process p = start(in, out, "killed-" + records + ".log");
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        int count = 0;
        while (System.nanoTime() < deadline && p.isAlive()) {
            count = recordFiles(out);
            if (count >= records) {
                break;
            }
            Thread.sleep(20);
        }
        assertTrue(p.isAlive(), "the run was still going when killed (make the corpus bigger if not)");
        p.destroyForcibly();
        assertTrue(p.waitFor(1, TimeUnit.MINUTES));
        assertEquals(137, p.exitValue(), "killed by SIGKILL");
        return count;
    }

    private Process start(Path in, Path out, String log) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> cmd = new ArrayList<>(List.of(java.toString(), "-Xmx512m", "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "extract", in.toString(),
                "--out", out.toString(), "--seeds", TestPipeline.SEEDS.toString(), "--threads", "1", "--quiet"));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(tmp.resolve(log).toFile()).start();
    }

    private static int recordFiles(Path out) throws IOException {
        if (!Files.isDirectory(out)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(out)) {
            return (int) s.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".json") && !n.startsWith("_") && !n.startsWith(".")).count();
        }
    }
}
