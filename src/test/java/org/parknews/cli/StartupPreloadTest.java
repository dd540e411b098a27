package org.parknews.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parknews.TestPipeline;

/**
 * A fresh JVM started through {@code main} loads HanLP and Jackson on a second thread while the
 * pipeline is built; its records must be byte for byte those of a run without that preload.
 */
class StartupPreloadTest {
    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "corpus/fixtures/101_changsha_jingkai.html",
            "corpus/fixtures/102_suzhou_biomed.txt",
            "corpus/fixtures/103_hefei_report.jsonl",
    })
    void preloadedRunWritesTheSameRecords(String input) throws Exception {
        Path preloaded = tmp.resolve("preloaded");
        Path plain = tmp.resolve("plain");
        List<String> args = List.of("extract", input, "--seeds", TestPipeline.SEEDS.toString(), "--threads", "1",
                "--quiet", "--tokens", "--out");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(Stream.concat(Stream.of(java.toString(), "-cp",
                        System.getProperty("java.class.path"), Main.class.getName()),
                Stream.concat(args.stream(), Stream.of(preloaded.toString()))).toList())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
        assertTrue(p.waitFor(3, TimeUnit.MINUTES), "the preloading run finished (no deadlock)");
        assertEquals(Main.OK, p.exitValue(), () -> readQuietly(tmp.resolve("child.log")));
        assertEquals(Main.OK, CliRun.of(Stream.concat(args.stream(), Stream.of(plain.toString())).toArray(String[]::new)).exit());

        List<Path> records = recordFiles(plain);
        assertFalse(records.isEmpty());
        assertEquals(records, recordFiles(preloaded));
        for (Path name : records) {
            assertEquals(Files.readString(plain.resolve(name)), Files.readString(preloaded.resolve(name)), name.toString());
        }
    }

    private static List<Path> recordFiles(Path out) throws IOException {
        try (Stream<Path> s = Files.list(out)) {
            return s.map(Path::getFileName).filter(n -> n.toString().endsWith(".json") && !n.toString().startsWith("_"))
                    .sorted().toList();
        }
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }
}
