package org.parknews.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parknews.TestPipeline;
import org.parknews.cli.Main;
import org.parknews.ingest.Ingest;
import org.parknews.pipeline.DocumentProcessor;
import org.parknews.pipeline.ExtractRun;
import org.parknews.pipeline.OutputDirectory;
import org.parknews.pipeline.OutputLock;
import org.parknews.pipeline.OutputLockedException;
import org.parknews.pipeline.RunFixtures;
import org.parknews.pipeline.RunOptions;
import org.parknews.pipeline.RunSummary;
import org.parknews.pipeline.Version;

/** One run at a time per output folder: the second fails clearly or waits, and a killed holder's lock is taken over. */
class OutputLockTest {
    @TempDir
    Path tmp;

    @Test
    void aSecondRunOnTheSameOutputExitsWith2NamingTheHolder() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), HostileFixtures.sample());
        Path out = tmp.resolve("out");
        try (OutputLock held = OutputLock.acquire(out, Duration.ZERO)) {
            OutputLockedException e = assertThrows(OutputLockedException.class, () -> HostileFixtures.run(in, out));
            assertTrue(e.getMessage().contains("pid " + ProcessHandle.current().pid()), e.getMessage());

            PrintStream oldErr = System.err;
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int exit;
            try {
                System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
                exit = Main.run("extract", in.toString(), "--out", out.toString(), "--seeds",
                        TestPipeline.SEEDS.toString(), "--quiet");
            } finally {
                System.setErr(oldErr);
            }
            assertEquals(Main.USAGE, exit);
            String message = err.toString(StandardCharsets.UTF_8);
            assertTrue(message.contains("in use by another parknews run") && message.contains("--wait"), message);
        }
        assertFalse(Files.exists(out.resolve(OutputDirectory.RECORDS)), "the refused run wrote nothing");
        assertEquals(1, HostileFixtures.run(in, out).written(), "free again once released");
    }

    /**
     * Two overlapping runs with --wait: the first is held mid-document until the second has
     * started waiting; the second then runs after it, and the folder holds every record once.
     */
    @Test
    void withWaitTheSecondRunWaitsAndTheOutputStaysWhole() throws Exception {
        Path inA = Files.createDirectories(tmp.resolve("a"));
        Path inB = Files.createDirectories(tmp.resolve("b"));
        List<String> samples = HostileFixtures.samples();
        for (int i = 0; i < samples.size(); i++) {
            Files.writeString((i % 2 == 0 ? inA : inB).resolve("s" + i + ".txt"), samples.get(i));
        }
        Path out = tmp.resolve("out");
        CountDownLatch firstInside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        DocumentProcessor slow = doc -> {
            firstInside.countDown();
            await(release);
            return TestPipeline.get().process(doc);
        };
        RunOptions waiting = RunOptions.defaults().withThreads(1).withLockWait(RunOptions.WAIT_FOREVER);
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            Future<RunSummary> first = two.submit(() -> new ExtractRun(slow, Version.get(), "r", new Ingest(), waiting)
                    .run(List.of(inA, inB), out));
            assertTrue(firstInside.await(60, TimeUnit.SECONDS));
            Future<RunSummary> second = two.submit(() -> new ExtractRun(TestPipeline.get()::process, Version.get(), "r",
                    new Ingest(), waiting.withFull(true)).run(List.of(inA, inB), out));
            Thread.sleep(700);
            assertFalse(second.isDone(), "the second run waits for the lock");
            release.countDown();
            assertEquals(samples.size(), first.get(2, TimeUnit.MINUTES).written());
            assertEquals(samples.size(), second.get(2, TimeUnit.MINUTES).written());
        } finally {
            release.countDown();
            two.shutdownNow();
        }
        List<String> ids = RunFixtures.recordIds(out);
        assertEquals(samples.size(), ids.size());
        assertEquals(samples.size(), new HashSet<>(ids).size());
        assertEquals(List.of(), RunFixtures.errors(out));
    }

    /**
     * A run killed with SIGKILL leaves its lock file behind, but the kernel released the lock
     * with the dead process's files, so the next run takes it over at once.
     */
    @Test
    void aLockLeftByAKilledProcessIsTakenOver() throws Exception {
        Path out = tmp.resolve("out");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                LockHolder.class.getName(), out.toString()).redirectErrorStream(true).start();
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            String line = lines.readLine();
            assertTrue(line != null && line.startsWith("locked "), "child took the lock: " + line);
            OutputLockedException e = assertThrows(OutputLockedException.class, () -> OutputLock.acquire(out, Duration.ZERO));
            assertTrue(e.getMessage().contains("pid " + child.pid()), e.getMessage());

            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            assertEquals(137, child.exitValue(), "killed by SIGKILL");
            assertTrue(Files.exists(out.resolve(OutputLock.FILE)), "the stale lock file is still there");
            try (OutputLock taken = OutputLock.acquire(out, Duration.ofSeconds(5))) {
                String holder = Files.readString(out.resolve(OutputLock.FILE));
                assertTrue(holder.startsWith("pid " + ProcessHandle.current().pid() + " "), holder);
            }
        } finally {
            child.destroyForcibly();
        }
    }

    @Test
    void twoRunsStartedTogetherWithoutWaitOneRunsOneIsRefused() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), HostileFixtures.sample());
        Path out = tmp.resolve("out");
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        DocumentProcessor held = doc -> {
            inside.countDown();
            await(release);
            return TestPipeline.get().process(doc);
        };
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<RunSummary> first = pool.submit(() -> new ExtractRun(held, Version.get(), "r", new Ingest(),
                    RunOptions.defaults().withThreads(1)).run(List.of(in), out));
            assertTrue(inside.await(60, TimeUnit.SECONDS));
            List<String> before = new ArrayList<>(RunFixtures.fileNames(out));
            assertThrows(OutputLockedException.class, () -> HostileFixtures.run(in, out));
            assertEquals(before, RunFixtures.fileNames(out), "the refused run touched nothing");
            release.countDown();
            assertEquals(1, first.get(2, TimeUnit.MINUTES).written());
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
