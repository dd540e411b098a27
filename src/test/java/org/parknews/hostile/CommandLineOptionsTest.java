package org.parknews.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parknews.TestPipeline;
import org.parknews.cli.Main;
import org.parknews.pipeline.RunFixtures;

/**
 * The hostile-input options reach the run from the command line: the corpus holds a good
 * article, a link to an article outside the folder and a gzipped article of about 2 MB.
 */
class CommandLineOptionsTest {
    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0} → exit {1}, records {2}")
    @CsvSource(delimiter = ';', value = {
            "'';                               1; good zipped",
            "--follow-links;                   0; good outside zipped",
            "--follow-links --wait;            0; good outside zipped",
            "--follow-links --max-decompressed 1000000; 1; good outside"})
    void optionsChangeWhatIsRead(String options, int exit, String records) throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        List<String> samples = HostileFixtures.samples();
        Files.writeString(in.resolve("good.txt"), samples.get(0));
        Files.writeString(elsewhere.resolve("outside.txt"), samples.get(1));
        Files.createSymbolicLink(in.resolve("outside.txt"), elsewhere.resolve("outside.txt"));
        String padded = samples.get(2) + "\n" + "　".repeat(700_000);
        Files.write(in.resolve("zipped.txt.gz"), Bombs.gzip(padded.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        Path out = tmp.resolve("out");
        List<String> args = new ArrayList<>(List.of("extract", in.toString(), "--out", out.toString(), "--seeds",
                TestPipeline.SEEDS.toString(), "--threads", "2", "--quiet"));
        if (!options.isBlank()) {
            args.addAll(List.of(options.split(" ")));
        }
        assertEquals(exit, Main.run(args.toArray(String[]::new)));
        assertEquals(List.of(records.split(" ")), RunFixtures.recordIds(out).stream().sorted().toList());
    }
}
