package org.parknews.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

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

    private static RunSummary run(Path in, Path out, RunOptions options) throws IOException {
        return new ExtractRun(TestPipeline.get(), new Ingest(), options).run(List.of(in), out);
    }
}
