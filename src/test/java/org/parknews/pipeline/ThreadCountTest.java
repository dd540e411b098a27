package org.parknews.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parknews.TestPipeline;
import org.parknews.ingest.Ingest;

/** The output does not depend on how many threads produced it. */
class ThreadCountTest {
    @TempDir
    Path tmp;

    @Test
    void oneAndTwoThreadsWriteTheSameBytesWithOrWithoutFsync() throws IOException {
        Path in = tmp.resolve("in");
        RunFixtures.copySamples(in, 8);
        Path one = tmp.resolve("one");
        Path two = tmp.resolve("two");
        RunSummary a = run(in, one, RunOptions.defaults().withThreads(1).withFsync(true));
        RunSummary b = run(in, two, RunOptions.defaults().withThreads(2));
        assertEquals(40, a.written());
        assertEquals(40, b.written());
        assertArrayEquals(Files.readAllBytes(one.resolve(OutputDirectory.RECORDS)),
                Files.readAllBytes(two.resolve(OutputDirectory.RECORDS)));
        assertEquals(RunFixtures.fileNames(one), RunFixtures.fileNames(two));
        for (String name : RunFixtures.fileNames(one)) {
            if (!name.startsWith("_")) {
                assertArrayEquals(Files.readAllBytes(one.resolve(name)), Files.readAllBytes(two.resolve(name)), name);
            }
        }
        assertArrayEquals(Files.readAllBytes(one.resolve(RunState.STATE)), Files.readAllBytes(two.resolve(RunState.STATE)));
    }

    @Test
    void ofTwoInputsWithTheSameIdTheFirstInOrderWinsWhateverTheThreads() throws IOException {
        Path in = tmp.resolve("in");
        RunFixtures.copySamples(in.resolve("a"), 1);
        RunFixtures.copySamples(in.resolve("b"), 1);
        for (int threads : new int[]{1, 2}) {
            Path out = tmp.resolve("out" + threads);
            RunSummary s = run(in, out, RunOptions.defaults().withThreads(threads));
            assertEquals(5, s.written());
            assertEquals(5, s.failed());
            for (var error : RunFixtures.errors(out)) {
                assertTrue(error.get("path").asText().contains("/b/"), error.toString());
                assertTrue(error.get("reason").asText().startsWith("duplicate id"), error.toString());
            }
        }
        assertArrayEquals(Files.readAllBytes(tmp.resolve("out1").resolve(OutputDirectory.RECORDS)),
                Files.readAllBytes(tmp.resolve("out2").resolve(OutputDirectory.RECORDS)));
    }

    private static RunSummary run(Path in, Path out, RunOptions options) throws IOException {
        return new ExtractRun(TestPipeline.get(), new Ingest(), options).run(List.of(in), out);
    }
}
