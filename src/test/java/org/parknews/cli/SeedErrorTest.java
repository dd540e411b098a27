package org.parknews.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parknews.TestPipeline;

/** A malformed rule file stops every command with {@code parknews: FILE:LINE: reason} and exit code 2. */
class SeedErrorTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "boilerplate.txt | drop\\t^(版权所有 | bad pattern: Unclosed group",
            "boilerplate.txt | hide\\t^广告$ | unknown kind 'hide'",
            "boilerplate.txt | footer | missing pattern (column 2)",
            "units.tsv | 英亩\\tm2\\t四千\\tarea | factor is not a number: 四千",
            "units.tsv | 平方英里\\tm2 | missing factor (column 3)",
            "units.tsv | 英里\\tm\\t1609.344 | missing kind (column 4)",
    })
    void cliNamesFileAndLine(String file, String badLine, String reason, @TempDir Path tmp) throws Exception {
        Path seeds = copySeeds(tmp.resolve("seeds"));
        Path target = seeds.resolve(file);
        String content = Files.readString(target, StandardCharsets.UTF_8);
        content = content.endsWith("\n") ? content : content + "\n";
        int line = (int) content.lines().count() + 1;
        Files.writeString(target, content + badLine.replace("\\t", "\t") + "\n", StandardCharsets.UTF_8);

        for (String command : new String[] {"explain", "evaluate"}) {
            CliRun run = command.equals("explain")
                    ? CliRun.of("explain", "--seeds", seeds.toString(), "--text", "园区实现营业收入5亿元。")
                    : CliRun.of("evaluate", "--seeds", seeds.toString(), "--gold", TestPipeline.GOLD.toString(), "corpus");
            assertEquals(2, run.exit(), command + ": " + run.err());
            String expected = "parknews: " + target + ":" + line + ": " + reason;
            assertTrue(run.err().startsWith(expected), command + ": expected " + expected + "\n got " + run.err());
        }
    }

    static Path copySeeds(Path to) throws Exception {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(TestPipeline.SEEDS)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
        return to;
    }
}
