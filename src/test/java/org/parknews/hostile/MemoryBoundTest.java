package org.parknews.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parknews.TestPipeline;
import org.parknews.cli.Main;
import org.parknews.pipeline.RunFixtures;

/**
 * Every bomb at once through the real command line in a child JVM with a 256 MB heap and the
 * default limits: it must end normally (exit 1, some inputs failed) with one error line per
 * bomb and the good article written, never with an OutOfMemoryError.
 */
class MemoryBoundTest {
    @TempDir
    Path tmp;

    @Test
    void theBombsRunUnderA256MegabyteHeap() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        String text = HostileFixtures.sample();
        Bombs.textBomb(in);
        Bombs.jsonlBomb(in);
        Bombs.warcBomb(in);
        Bombs.warcPayloadBomb(in);
        Bombs.longLine(in, HostileFixtures.row("after-long", text));
        Bombs.jsonLimits(in, text);
        Files.writeString(in.resolve("good.txt"), text);
        Path out = tmp.resolve("out");
        Path log = tmp.resolve("child.log");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-Xmx256m", "-XX:+ExitOnOutOfMemoryError", "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "extract", in.toString(), "--out",
                out.toString(), "--seeds", TestPipeline.SEEDS.toString(), "--threads", "2", "--quiet")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the child run finishes");
        String output = Files.readString(log);
        assertFalse(output.contains("OutOfMemoryError"), output);
        assertEquals(Main.SOME_FAILED, p.exitValue(), output);
        List<JsonNode> errors = RunFixtures.errors(out);
        assertEquals(7, errors.size(), errors.toString());
        assertEquals(List.of("after-long", "fine", "good"), RunFixtures.recordIds(out).stream().sorted().toList());
    }
}
