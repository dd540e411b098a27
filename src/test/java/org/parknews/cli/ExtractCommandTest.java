package org.parknews.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parknews.TestPipeline;
import org.parknews.pipeline.RunFixtures;

/** The exit codes a nightly job's scheduler sees, one row per situation. */
class ExtractCommandTest {
    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0} → exit {2}")
    @CsvSource(delimiter = '|', value = {
            "all inputs good                 | good                  | 0 | read 5 (new 5",
            "one input fails                 | good,empty            | 1 | failed 1",
            "output is a file, not a folder  | good,out-is-file      | 2 | ",
            "input does not exist            | missing               | 2 | ",
            "zero threads                    | good,--threads=0      | 2 | ",
            "negative timeout                | good,--timeout=-1     | 2 | ",
            "unknown option                  | good,--frobnicate     | 2 | ",
            "quiet still prints the summary  | good,--quiet          | 0 | written 5",
    })
    void exitCodes(String name, String setup, int expectedExit, String expectedOutput) throws IOException {
        Path in = tmp.resolve("in");
        Path out = tmp.resolve("out");
        List<String> args = new ArrayList<>(List.of("extract", "--seeds", TestPipeline.SEEDS.toString()));
        for (String step : setup.split(",")) {
            switch (step) {
                case "good" -> {
                    RunFixtures.copySamples(in, 1);
                    args.add(in.toString());
                }
                case "empty" -> Files.write(in.resolve("empty.txt"), new byte[0]);
                case "out-is-file" -> Files.writeString(out, "not a folder");
                case "missing" -> args.add(tmp.resolve("nothing-here").toString());
                default -> args.add(step);
            }
        }
        args.addAll(List.of("--out", out.toString()));
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        PrintStream original = System.out;
        int exit;
        try {
            System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
            exit = Main.run(args.toArray(String[]::new));
        } finally {
            System.setOut(original);
        }
        assertEquals(expectedExit, exit, name);
        if (expectedOutput != null) {
            String printed = stdout.toString(StandardCharsets.UTF_8);
            assertTrue(printed.startsWith("parknews: ") && printed.contains(expectedOutput), printed);
            assertEquals(1, printed.lines().count(), "one summary line: " + printed);
        }
    }
}
